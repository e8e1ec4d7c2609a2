// What the end-to-end specs share: calling the API as the page does, keyboard moves, document builders.
import type { Locator, Page } from '@playwright/test';

/** Calls the app's API from inside the page, with the page's own token. */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Minutebook-Token': sessionStorage.getItem('minutebook.token') ?? '',
        },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}

/** Presses Tab until the target has focus: the keyboard alone, as an officer without a mouse would. */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with Tab in ${limit} presses`);
}

export const text = (value: string, marks?: { type: string }[]) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
export const paragraph = (...content: object[]) =>
  content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
export const listItem = (...content: object[]) => ({ type: 'listItem', content });
export const bulletList = (...lines: string[]) => ({
  type: 'bulletList',
  content: lines.map((line) => listItem(paragraph(text(line)))),
});

interface Node {
  type: string;
  content?: Node[];
}

/** TipTap keeps an empty paragraph at the end so the cursor can always leave a list or quotation. */
export function withoutTrailingEmpty<T extends Node>(doc: T): T {
  const content = [...(doc.content ?? [])];
  while (content.length && content.at(-1)!.type === 'paragraph' && !content.at(-1)!.content?.length) {
    content.pop();
  }
  return { ...doc, content };
}

/** The id in an item screen's URL. */
export const itemIdOf = (page: Page): string =>
  decodeURIComponent(page.url().split('#/items/')[1]!.split('/')[0]!);

/**
 * After `page.goto` or `page.reload`: waits until the app is listening for the keyboard, so that a
 * key or shortcut pressed next (Ctrl+K, Alt+M, a register key) reaches it rather than a page still
 * loading (twice in CI, Ctrl+K straight after a reload came before the app did). The app marks its
 * root with `data-app-ready` once its app-wide key handler is attached, and the screen it opened on
 * has taken the focus with its heading.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const heading = document.querySelector('h1');
    return heading !== null && heading === document.activeElement;
  });
}

/** The council the specs' documents are headed with: Word documents are refused until one is set. */
export const COUNCIL = 'Fernley Vale District Council';

/** Sets the council's name through the API (as the welcome screen does), unless one is set already. */
export async function nameCouncil(page: Page, name = COUNCIL): Promise<void> {
  const { style, version } = await callApi<{ style: { councilName: string }; version: number }>(
    page,
    'houseStyle.get',
    {},
  );
  if (style.councilName !== 'Anytown Borough Council') return;
  await callApi(page, 'houseStyle.save', { style: { ...style, councilName: name }, baseVersion: version });
}

/**
 * Types `words` over and over for `seconds` at one key each `perKeyMs`, never pausing: keys the browser
 * fell behind on are typed at once, so a loaded machine keeps the officer's pace rather than slowing it.
 * Returns what was typed and the pace achieved (keys a second).
 */
export async function typeAtPace(
  page: Page,
  words: string,
  seconds: number,
  perKeyMs: number,
): Promise<{ text: string; rate: number }> {
  let text = '';
  const start = Date.now();
  while (Date.now() - start < seconds * 1000) {
    const due = Math.floor((Date.now() - start) / perKeyMs) + 1;
    let keys = '';
    while (text.length + keys.length < due) keys += words[(text.length + keys.length) % words.length]!;
    await page.keyboard.type(keys);
    text += keys;
    const next = start + (text.length + 1) * perKeyMs;
    if (next > Date.now()) await new Promise((resolve) => setTimeout(resolve, next - Date.now()));
  }
  return { text, rate: text.length / ((Date.now() - start) / 1000) };
}

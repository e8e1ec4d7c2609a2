// Never lose typed minutes when a save is refused and the window then goes. Two real pages on one
// item: B saves first, so A's saves are refused (they must never land on B's text). Before, A kept
// its text on screen only: closing or reloading A lost it. Now what A typed is kept on the server
// (apart from the record) and the item's screen offers it, in any page, after a restart of browser
// mode (whose port, and so whose origin and storage, change) too: shown beside the saved minutes,
// used instead, or discarded. Typed at an officer's pace, 20 keys a second.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page, type Route } from '@playwright/test';
import type { ItemMinutes } from '../../shared/domain';
import { plainText } from '../../shared/richText';
import { appReady, callApi, itemIdOf } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const KEY_MS = 50;
const editorOf = (page: Page) => page.getByRole('textbox', { name: /^Minutes of item 6,/ });
const NOT_SAVED = 'Not saved — These minutes were changed in another window';

/** Window A on the sample council's item 6, and window B on the same item. */
async function twoWindows(browser: Browser, page: Page, dataDir = newDataDir()) {
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: 'Minutes of item 6' }).click();
  await expect(editorOf(page)).toBeVisible();
  const itemUrl = page.url();
  const other = await browser.newPage();
  await other.goto(server.launchUrl);
  await appReady(other);
  await other.goto(itemUrl);
  await expect(editorOf(other)).toBeVisible();
  return { other, itemUrl, itemId: itemIdOf(page), dataDir };
}

async function typeAtPace(page: Page, text: string) {
  await editorOf(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay: KEY_MS });
}

async function closeWindow(page: Page) {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
}

/** A new page on the item, on `launchUrl` (the server's address now). */
async function openItem(browser: Browser, launchUrl: string, itemId: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(launchUrl);
  await appReady(page);
  await page.evaluate((id) => (window.location.hash = `#/items/${id}`), itemId);
  await expect(editorOf(page)).toBeVisible();
  return page;
}

const storedText = async (page: Page, itemId: string) =>
  plainText((await callApi<ItemMinutes>(page, 'minutes.get', { itemId })).doc!);

test('text refused because another window saved first is offered after its window closes, and can be used', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const { other, itemId } = await twoWindows(browser, page);
  await typeAtPace(other, 'Typed in window B.');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');
  await typeAtPace(page, 'Typed in window A after B saved.');
  const typedA = await editorOf(page).innerText();
  expect(typedA).toContain('Typed in window A after B saved.');
  // Closed 50 ms after the last key, whatever had been kept by then.
  await page.waitForTimeout(50);
  await closeWindow(page);

  const again = await openItem(browser, server!.launchUrl, itemId);
  const notice = again.getByTestId('kept-minutes');
  await expect(notice).toContainText(
    /^Text typed in another window at \d{1,2}\.\d\d [ap]m was not saved, because the minutes had been changed in a different window first\./,
  );
  await expect(editorOf(again)).toHaveText('Typed in window B.');
  await notice.getByRole('button', { name: 'Show it beside the saved minutes' }).click();
  await expect(notice.getByRole('region', { name: 'Saved minutes' })).toContainText('Typed in window B.');
  await expect(notice.getByRole('region', { name: 'Text not saved' })).toHaveText(`Text not saved${typedA}`);
  await notice.getByRole('button', { name: 'Use it instead of the saved minutes' }).click();
  // Asked first: replacing the saved minutes is not done by one slip of a key.
  await expect(
    notice.getByText(/^Replace the saved minutes with the text that was not saved\?/),
  ).toBeFocused();
  await notice.getByRole('button', { name: 'Replace the saved minutes' }).click();
  await expect(notice).toHaveCount(0);
  await expect(again.getByTestId('kept-minutes-done')).toBeFocused();
  await expect(editorOf(again)).toHaveText(typedA);
  expect(await storedText(again, itemId)).toBe(typedA);
  // The minutes saved from it are this window's own: typing on saves as ever.
  await typeAtPace(again, ' More.');
  await expect(again.getByTestId('save-state')).toHaveText('Saved');
  expect(await storedText(again, itemId)).toBe(`${typedA} More.`);
  await other.close();
});

test('kept text is still offered after browser mode is stopped and started again on another port', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const { other, itemId, dataDir } = await twoWindows(browser, page);
  await typeAtPace(other, 'Typed in window B.');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');
  await typeAtPace(page, 'Typed in window A, kept across a restart.');
  await expect(page.getByTestId('save-state')).toContainText(NOT_SAVED);
  // Said in one sentence, with one thing to do: the text is kept, so there is nothing to copy.
  await expect(page.getByTestId('save-state')).toContainText(
    'so what you typed here is kept apart from them',
  );
  await expect(page.getByTestId('save-state')).not.toContainText('copy it');
  await closeWindow(page);
  await other.close();
  const before = server!.origin;
  await server!.stop();
  server = await serve(dataDir);
  test.info().annotations.push({ type: 'origins', description: `${before} then ${server.origin}` });

  const again = await openItem(browser, server.launchUrl, itemId);
  const notice = again.getByTestId('kept-minutes');
  await expect(notice).toContainText(
    'was not saved, because the minutes had been changed in a different window first.',
  );
  // From the keyboard alone: each control is a labelled button, and the notice passes axe's checks.
  const show = notice.getByRole('button', { name: 'Show it beside the saved minutes' });
  await show.focus();
  await again.keyboard.press('Enter');
  await expect(notice.getByRole('button', { name: 'Hide the text not saved' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(notice.getByRole('region', { name: 'Text not saved' })).toContainText(
    'Typed in window A, kept across a restart.',
  );
  const findings = (
    await new AxeBuilder({ page: again }).include('[data-testid="kept-minutes"]').analyze()
  ).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id);
  expect(findings).toEqual([]);
  await again.keyboard.press('Tab');
  await again.keyboard.press('Tab');
  await expect(notice.getByRole('button', { name: 'Discard it' })).toBeFocused();
  await again.keyboard.press('Space');
  // Asked first, from the keyboard too; Cancel keeps it.
  await expect(
    notice.getByText('Discard the text that was not saved? It cannot be brought back.'),
  ).toBeFocused();
  await again.keyboard.press('Tab');
  await again.keyboard.press('Tab');
  await expect(notice.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await again.keyboard.press('Enter');
  await expect(notice.getByRole('button', { name: 'Discard it for good' })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Discard it' }).focus();
  await again.keyboard.press('Space');
  await again.keyboard.press('Tab');
  await expect(notice.getByRole('button', { name: 'Discard it for good' })).toBeFocused();
  await again.keyboard.press('Space');
  await expect(notice).toHaveCount(0);
  // The keyboard keeps its place: the focus is on what became of it, not lost to the page.
  await expect(again.getByTestId('kept-minutes-done')).toHaveText(
    'The text that was not saved was discarded.',
  );
  await expect(again.getByTestId('kept-minutes-done')).toBeFocused();
  await again.reload();
  await appReady(again);
  await expect(editorOf(again)).toHaveText('Typed in window B.');
  await expect(again.getByTestId('kept-minutes')).toHaveCount(0);
});

test('a save handed off as the page closes, over a save in flight that B’s save beat, loses nothing A typed', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const { other, itemUrl, itemId } = await twoWindows(browser, page);
  await typeAtPace(page, 'Opened by the Chair.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await other.goto(itemUrl);
  await other.reload();
  await appReady(other);
  await expect(editorOf(other)).toHaveText('Opened by the Chair.');

  // A's next save is held on its way to the server.
  let held: Route | null = null;
  await page.route('**/api/minutes.save*', (route) => void (held = route), { times: 1 });
  await typeAtPace(page, ' Apologies were noted.');
  await expect.poll(() => held !== null).toBe(true);
  // B's save reaches the server first.
  await typeAtPace(other, ' Typed in the second window.');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');
  // A types on and its page is closed while its save is still in flight.
  await editorOf(page).press('Enter');
  await page.keyboard.type('The minutes of the last meeting were agreed.', { delay: KEY_MS });
  const typedA = (await editorOf(page).innerText()).replace(/\n+/g, '\n');
  await closeWindow(page);
  await (held as Route | null)?.continue().catch(() => undefined);

  const again = await openItem(browser, server!.launchUrl, itemId);
  expect(await storedText(again, itemId)).toBe('Opened by the Chair. Typed in the second window.');
  const notice = again.getByTestId('kept-minutes');
  await expect(notice).toContainText(
    'was not saved, because the minutes had been changed in a different window first.',
  );
  await notice.getByRole('button', { name: 'Show it beside the saved minutes' }).click();
  const kept = notice.getByRole('region', { name: 'Text not saved' });
  await expect(kept).toContainText('Opened by the Chair. Apologies were noted.');
  await expect(kept).toContainText('The minutes of the last meeting were agreed.');
  await notice.getByRole('button', { name: 'Use it instead of the saved minutes' }).click();
  await notice.getByRole('button', { name: 'Replace the saved minutes' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => storedText(again, itemId)).toBe(typedA);
  await other.close();
});

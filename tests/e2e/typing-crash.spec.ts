// The crash test with a typing browser, not only API writes: the officer types without a pause and
// browser mode is killed with SIGKILL mid-paragraph, again and again. After each restart, everything
// the page was told was saved is there, and what is there is exactly what was typed, up to a point.
import { expect, test, type Page } from '@playwright/test';
import type { ItemMinutes } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import { itemIdOf } from './helpers';
import { newDataDir, serve, serverApi, type ServeProcess } from './server';

const KILLS = Number(process.env.TYPING_KILLS ?? 5);

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Records, in the page, the text of the latest minutes save the server acknowledged. */
async function recordAcknowledged(page: Page) {
  await page.addInitScript(() => {
    const send = window.fetch.bind(window);
    const state = window as unknown as { acknowledged: string | null };
    state.acknowledged = null;
    window.fetch = async (input, init) => {
      const response = await send(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('api/minutes.save') && response.ok) {
        const copy = response.clone();
        const result = (await copy.json()) as { ok: boolean };
        if (result.ok && typeof init?.body === 'string') state.acknowledged = init.body;
      }
      return response;
    };
  });
}

async function storedText(running: ServeProcess, itemId: string): Promise<string> {
  const minutes = await serverApi(running)<ItemMinutes>('minutes.get', { itemId });
  return minutes.doc ? plainText(minutes.doc) : '';
}

const sentence = 'The Panel heard from the applicant and from two residents who objected to the late hours. ';

test(`typing without a pause while browser mode is killed ${KILLS} times: every acknowledged save survives`, async ({
  page,
}) => {
  test.setTimeout(60_000 + KILLS * 20_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await recordAcknowledged(page);
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: 'Minutes of item 4' }).click();
  const editor = page.getByRole('textbox', { name: /^Minutes of item 4,/ });
  await expect(editor).toBeVisible();
  const itemId = itemIdOf(page);

  let typed = '';
  let acknowledgedSaves = 0;
  for (let round = 0; round < KILLS; round += 1) {
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    // Type at about 16 keys a second; the server is killed at a random moment while typing goes on.
    const killAt = Date.now() + 400 + Math.random() * 1600;
    const stopAt = killAt + 300;
    let killed: Promise<unknown> | undefined;
    for (let key = 0; Date.now() < stopAt; key += 1) {
      const character = sentence[(typed.length + key) % sentence.length]!;
      await page.keyboard.type(character);
      typed += character;
      if (!killed && Date.now() >= killAt) killed = server.stop('SIGKILL');
      await page.waitForTimeout(60);
    }
    await killed;
    const acknowledgedBody = await page.evaluate(
      () => (window as unknown as { acknowledged: string | null }).acknowledged,
    );
    const acknowledged = acknowledgedBody
      ? plainText((JSON.parse(acknowledgedBody) as { doc: RichDoc }).doc)
      : '';
    if (acknowledgedBody) acknowledgedSaves += 1;

    server = await serve(dataDir);
    const held = await storedText(server, itemId);
    // Exactly what was typed, up to a point; and at least everything the page was told was saved.
    expect(typed.startsWith(held), `round ${round}: the file holds text that was never typed`).toBe(true);
    expect(held.length, `round ${round}: an acknowledged save was lost`).toBeGreaterThanOrEqual(
      acknowledged.length,
    );
    expect(held.startsWith(acknowledged)).toBe(true);
    // The officer opens the new address and carries on from what the file holds.
    typed = held;
    await page.goto(server.launchUrl);
    await page.evaluate((id) => (window.location.hash = `#/items/${id}`), itemId);
    await expect(editor).toHaveText(held);
    await page.evaluate(() => ((window as unknown as { acknowledged: string | null }).acknowledged = null));
  }
  expect(acknowledgedSaves).toBe(KILLS);
  test.info().annotations.push({
    type: 'measured',
    description: `${KILLS} kills while typing; ${typed.length} characters held at the end`,
  });
});

// Two real windows on one item's minutes. Window A's save is slow to reach the server; window B's
// save gets there first, so A's is refused. Meanwhile A typed on and was hidden, which hands off
// what is pending over the version A's save in flight would have made, as the change from that
// save's text. That change must never land on B's text (before, it did: B's acknowledged paragraph
// was overwritten, or A's change spliced into it, with nothing said): the server now refuses it as
// a conflict, B's text stands, and A says so and keeps everything typed on screen.
import { expect, test, type Route } from '@playwright/test';
import type { ItemMinutes } from '../../shared/domain';
import { plainText } from '../../shared/richText';
import { appReady, callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('a change handed off over a save that failed never lands on another window’s text', async ({
  browser,
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: 'Minutes of item 6' }).click();
  const editorA = page.getByRole('textbox', { name: /^Minutes of item 6,/ });
  await expect(editorA).toBeVisible();
  const stateA = page.getByTestId('save-state');
  await editorA.click();
  await page.keyboard.type('Opened by the Chair.');
  await expect(stateA).toHaveText('Saved');
  const itemUrl = page.url();
  const itemId = decodeURIComponent(itemUrl.split('#/items/')[1]!.split('/')[0]!);

  // Window B, on the same item.
  const other = await browser.newPage();
  await other.goto(server.launchUrl);
  await appReady(other);
  await other.goto(itemUrl);
  const editorB = other.getByRole('textbox', { name: /^Minutes of item 6,/ });
  await expect(editorB).toHaveText('Opened by the Chair.');

  // A's next save is held on its way to the server; the one after goes straight through.
  let heldSave: Route | null = null;
  let passed = 0;
  await page.route('**/api/minutes.save*', async (route) => {
    if (heldSave === null) {
      heldSave = route;
      return;
    }
    const response = await route.fetch();
    await route.fulfill({ response });
    passed += 1;
  });
  await editorA.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Apologies were noted.');
  await expect.poll(() => heldSave !== null).toBe(true);

  // B's save reaches the server first: one save (the words come in one go, as a paste does), so it
  // takes the very version A's held save would have made.
  await editorB.click();
  await other.keyboard.press('ControlOrMeta+End');
  await other.keyboard.insertText(' Typed in the second window.');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');

  // A types on, and its window is hidden (the officer switches to another): what is pending is
  // handed off over the save still held.
  await page.keyboard.press('Enter');
  await page.keyboard.type('The minutes of the last meeting were agreed.');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
  await expect.poll(() => passed, { timeout: 10_000 }).toBeGreaterThan(0);
  // A's held save arrives now, after B's: refused.
  await (heldSave as Route | null)?.continue();

  await expect(stateA).toContainText('Not saved — These minutes were changed in another window', {
    timeout: 10_000,
  });
  // B's text is what is stored, as B was told it was saved; A keeps all it typed on screen.
  const stored = await callApi<ItemMinutes>(other, 'minutes.get', { itemId });
  expect(plainText(stored.doc!)).toBe('Opened by the Chair. Typed in the second window.');
  await expect(editorA).toHaveText(
    'Opened by the Chair. Apologies were noted.The minutes of the last meeting were agreed.',
  );
  await other.reload();
  await appReady(other);
  await expect(editorB).toHaveText('Opened by the Chair. Typed in the second window.');
  await other.close();
});

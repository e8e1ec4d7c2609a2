// Two real tabs of one browser on the same item's minutes, over one browser-mode server. Before, a
// tab went on showing "Saved" beside its old text while the other tab typed and saved the item, until
// its own next key was refused, and the refusal then said both "copy it, then reload" and "it is
// kept". Now a tab is told of the other's saves (and asks the server as it regains the focus): with
// nothing unsent it shows the newer text, and says so quietly; with typing unsent, its save is
// refused, what it typed is kept, and it says in one sentence what happened and the one thing to do.
import { expect, test, type Browser, type Page, type Route } from '@playwright/test';
import type { ItemMinutes } from '../../shared/domain';
import { plainText } from '../../shared/richText';
import { appReady, callApi, itemIdOf } from './helpers';
import { newDataDir, serve, serverApi, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const KEY_MS = 50;
const editorOf = (page: Page) => page.getByRole('textbox', { name: /^Minutes of item 6,/ });

/** Tab A on the sample council's item 6 with its first words saved, and tab B (same browser) on it too. */
async function twoTabs(browser: Browser, page: Page) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: 'Minutes of item 6' }).click();
  await expect(editorOf(page)).toBeVisible();
  await type(page, 'Opened by the Chair.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const itemUrl = page.url();
  // A second tab of the same browser (one context: what two tabs, or two desktop windows, share).
  const other = await page.context().newPage();
  await other.goto(server.launchUrl);
  await appReady(other);
  await other.goto(itemUrl);
  await expect(editorOf(other)).toHaveText('Opened by the Chair.');
  return { other, itemId: itemIdOf(page) };
}

async function type(page: Page, text: string) {
  await editorOf(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay: KEY_MS });
}

const storedText = async (page: Page, itemId: string) =>
  plainText((await callApi<ItemMinutes>(page, 'minutes.get', { itemId })).doc!);

test('a tab with nothing unsent shows the other tab’s saved minutes without a key pressed in it', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const { other, itemId } = await twoTabs(browser, page);
  await expect(editorOf(page)).toBeFocused();
  // A's caret at the start of its paragraph, where it should still be once B's words are shown.
  await page.keyboard.press('Home');

  await type(other, ' Typed in tab B.');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');
  // Tab A: not a key pressed, and it shows B's text, says quietly where it came from, and is saved.
  await expect(editorOf(page)).toHaveText('Opened by the Chair. Typed in tab B.');
  const updated = page.getByTestId('minutes-updated');
  await expect(updated).toHaveText(/^Updated from another window at \d{1,2}\.\d\d [ap]m\.$/);
  await expect(updated).toHaveAttribute('role', 'status');
  await expect(updated).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  // The focus stayed where it was: in A's editor.
  await expect(editorOf(page)).toBeFocused();

  // A types on over B's text, where its caret was: saved, not refused, and B is shown A's words in turn.
  await page.keyboard.type('Minutes: ', { delay: KEY_MS });
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const both = 'Minutes: Opened by the Chair. Typed in tab B.';
  expect(await storedText(page, itemId)).toBe(both);
  await expect(editorOf(other)).toHaveText(both);
  await expect(page.getByTestId('kept-minutes')).toHaveCount(0);

  // A save no tab announced (another browser's window): seen as soon as the tab regains the focus.
  const current = await callApi<ItemMinutes>(page, 'minutes.get', { itemId });
  await serverApi(server!)('minutes.save', {
    itemId,
    baseVersion: current.version,
    doc: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Changed in another browser.' }] }],
    },
  });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(editorOf(page)).toHaveText('Changed in another browser.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await other.close();
});

test('a tab with typing unsent when the other tab saves says once what happened, and loses nothing', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const { other, itemId } = await twoTabs(browser, page);

  // A's next save is held on its way to the server: A's typing is not yet in the minutes.
  let held: Route | null = null;
  await page.route('**/api/minutes.save*', (route) => void (held = route), { times: 1 });
  await type(page, ' Apologies were noted.');
  await expect.poll(() => held !== null).toBe(true);
  const typedA = 'Opened by the Chair. Apologies were noted.';
  await expect(editorOf(page)).toHaveText(typedA);

  // B saves first. A, with its typing unsent, never says "Saved", and its text is not replaced.
  await type(other, ' Typed in tab B.');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');
  await expect(page.getByTestId('save-state')).not.toHaveText('Saved');
  await (held as Route | null)?.continue();

  // One sentence: what happened, that the text is kept, and the one thing to do.
  const said =
    'Not saved — These minutes were changed in another window first, so what you typed here is kept apart from them: choose ‘Show the current minutes’ to see the two side by side.';
  await expect(page.getByTestId('save-state')).toHaveText(said);
  await expect(editorOf(page)).toHaveText(typedA);
  expect(await storedText(page, itemId)).toBe('Opened by the Chair. Typed in tab B.');

  // The one thing to do, from the keyboard: the current minutes, with what A typed beside them.
  const show = page.getByRole('button', { name: 'Show the current minutes' });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(editorOf(page)).toHaveText('Opened by the Chair. Typed in tab B.');
  const notice = page.getByTestId('kept-minutes');
  await expect(notice).toHaveCount(1);
  await expect(notice.getByText(/was not saved, because the minutes had been changed/)).toBeFocused();
  await notice.getByRole('button', { name: 'Show it beside the saved minutes' }).click();
  await expect(notice.getByRole('region', { name: 'Text not saved' })).toHaveText(`Text not saved${typedA}`);
  await expect(notice.getByRole('region', { name: 'Saved minutes' })).toContainText(
    'Opened by the Chair. Typed in tab B.',
  );
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await other.close();
});

test('an action another tab saved is not shown as "Saved" beside its older text', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const { other } = await twoTabs(browser, page);
  const actionOf = (tab: Page) => tab.getByRole('listitem', { name: 'Action 1' });
  const textOf = (tab: Page) => tab.getByLabel('What is to be done (action 1)');
  await page.keyboard.press('Alt+a');
  await expect(textOf(page)).toBeFocused();
  await page.keyboard.type('The Director to write to the Trust.', { delay: KEY_MS });
  await expect(actionOf(page).locator('.save-indicator')).toHaveText('Saved');
  await other.reload();
  await appReady(other);
  await expect(textOf(other)).toHaveValue('The Director to write to the Trust.');

  await textOf(other).click();
  await other.keyboard.press('End');
  await other.keyboard.type(' By Friday.', { delay: KEY_MS });
  await expect(actionOf(other).locator('.save-indicator')).toHaveText('Saved');
  // Tab A still shows its older text: it says so instead of "Saved".
  await expect(actionOf(page).locator('.save-indicator')).toHaveText(
    'Changed in another window: reload to see the newer text.',
  );
  await expect(textOf(page)).toBeFocused();
  await other.close();
});

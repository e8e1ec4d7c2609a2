// Meeting mode and what is captured around the minutes: actions (Alt+A), post-meeting updates, and
// decisions that two windows cannot silently overwrite.
import { expect, test, type Page } from '@playwright/test';
import { appReady, callApi, itemIdOf } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function openSampleItem(page: Page, number: number) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await page.getByRole('link', { name: `Minutes of item ${number}` }).click();
  await expect(page.getByRole('textbox', { name: new RegExp(`^Minutes of item ${number},`) })).toBeVisible();
}

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Committees and people' });

test('meeting mode: distraction-free, a clock, items by keyboard, quick keys for decision, clause and action', async ({
  page,
}) => {
  await openSampleItem(page, 1);
  const k = page.keyboard;
  await page.getByRole('textbox', { name: /^Minutes of item 1,/ }).click();
  await k.type('Apologies were received from Councillor Brennan.');

  await k.press('Alt+m');
  await expect(page).toHaveURL(/\/live$/);
  await expect(sidebar(page)).toBeHidden();
  await expect(page.locator('time.clock')).toHaveText(/^\d{1,2}(\.\d{2})? (am|pm)$/);
  await expect(page.getByText('Alt+D new decision · Alt+C new clause · Alt+A new action')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Next item by keyboard; focus lands on its heading, and the quick keys work from there.
  await k.press('Alt+PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Declarations of interest$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/\/live$/);
  await k.press('Alt+d');
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await expect(decision.getByLabel('Keyword')).toBeFocused();
  await k.press('Alt+c');
  await expect(decision.getByRole('textbox', { name: 'Clause (1) of decision 1' })).toBeFocused();
  await k.insertText('That no declarations of interest be recorded.');
  await k.press('Alt+a');
  const action = page.getByRole('listitem', { name: 'Action 1' });
  await expect(action.getByLabel('What is to be done (action 1)')).toBeFocused();
  await k.insertText('The Democratic Services Officer to update the register of interests');
  await k.press('Tab');
  await expect(action.getByLabel('Owner')).toBeFocused();
  await action.getByLabel('Owner').selectOption({ label: 'Rosalind Tebbutt' });
  await k.press('Tab');
  const due = action.getByLabel('Due');
  await expect(due).toBeFocused();
  // A date field's typing order follows the browser's locale; fill is the same keystrokes, in order.
  await due.fill('2026-04-30');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const itemTwo = itemIdOf(page);

  // And back: what was typed on item 1 is there.
  await k.press('Alt+PageUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /Apologies for absence and substitutions$/,
  );
  await expect(page.getByRole('textbox', { name: /^Minutes of item 1,/ })).toHaveText(
    'Apologies were received from Councillor Brennan.',
  );
  await k.press('Alt+m');
  await expect(page).not.toHaveURL(/\/live$/);
  await expect(sidebar(page)).toBeVisible();

  const people = await callApi<{ id: string; name: string }[]>(page, 'people.list', {});
  const [stored] = await callApi<{ text: string; ownerId: string; dueOn: string; status: string }[]>(
    page,
    'actions.list',
    { itemId: itemTwo },
  );
  expect(stored).toEqual(
    expect.objectContaining({
      text: 'The Democratic Services Officer to update the register of interests',
      ownerId: people.find((person) => person.name === 'Rosalind Tebbutt')!.id,
      dueOn: '2026-04-30',
      status: 'open',
    }),
  );
  const [resolution] = await callApi<{ clauses: { doc: object }[] }[]>(page, 'decisions.list', {
    itemId: itemTwo,
  });
  expect(JSON.stringify(resolution!.clauses[0]!.doc)).toContain(
    'That no declarations of interest be recorded.',
  );
});

test('Alt+A turns the words selected in the minutes into an action, without retyping them', async ({
  page,
}) => {
  await openSampleItem(page, 5);
  const k = page.keyboard;
  await page.getByRole('textbox', { name: /^Minutes of item 5,/ }).click();
  await k.type('The Chair asked that a letter be sent. ');
  await k.type('The Director to write to all providers');
  for (let i = 0; i < 'The Director to write to all providers'.length; i += 1)
    await k.press('Shift+ArrowLeft');
  await k.press('Alt+a');
  const text = page.getByRole('listitem', { name: 'Action 1' }).getByLabel('What is to be done (action 1)');
  await expect(text).toBeFocused();
  await expect(text).toHaveValue('The Director to write to all providers');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const [stored] = await callApi<{ text: string }[]>(page, 'actions.list', { itemId: itemIdOf(page) });
  expect(stored!.text).toBe('The Director to write to all providers');
});

test('an update after the meeting is kept apart from the minutes and survives a reload', async ({ page }) => {
  await openSampleItem(page, 4);
  await page.getByRole('textbox', { name: /^Minutes of item 4,/ }).click();
  await page.keyboard.type('The report was noted.');
  await page.getByRole('button', { name: 'Add an update after the meeting' }).click();
  const heading = page.getByLabel('Heading of update 1');
  await expect(heading).toBeFocused();
  await page.keyboard.insertText('Information update from the Director after the meeting');
  await page.getByRole('textbox', { name: 'Text of update 1' }).click();
  await page.keyboard.type('The uplift for 2026/27 will follow the National Living Wage.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('textbox', { name: 'Text of update 1' })).toHaveText(
    'The uplift for 2026/27 will follow the National Living Wage.',
  );
  const itemId = itemIdOf(page);
  const [update] = await callApi<{ heading: string; doc: object }[]>(page, 'updates.list', { itemId });
  expect(update!.heading).toBe('Information update from the Director after the meeting');
  const minutes = await callApi<{ doc: object }>(page, 'minutes.get', { itemId });
  expect(JSON.stringify(minutes.doc)).toContain('The report was noted.');
  expect(JSON.stringify(minutes.doc)).not.toContain('National Living Wage');
});

test('a decision changed in another window is not silently overwritten', async ({ page, context }) => {
  await openSampleItem(page, 5);
  await page.getByRole('button', { name: 'New decision (Alt+D)' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const other = await context.newPage();
  await other.goto(server!.launchUrl);
  await other.evaluate((id) => (window.location.hash = `#/items/${id}`), itemIdOf(page));
  const mine = page.getByRole('region', { name: 'Decision 1' });
  const theirs = other.getByRole('region', { name: 'Decision 1' });
  await expect(theirs).toBeVisible();

  await theirs.getByLabel('Qualifier').fill('by a majority');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');
  await mine.getByLabel('Qualifier').fill('unanimously');
  await expect(page.getByTestId('save-state')).toContainText(
    'Not saved — This decision was changed in another window',
  );
  // What this window typed stays on screen; the stored decision is the other window's.
  await expect(mine.getByLabel('Qualifier')).toHaveValue('unanimously');
  const [stored] = await callApi<{ qualifier: string }[]>(page, 'decisions.list', { itemId: itemIdOf(page) });
  expect(stored!.qualifier).toBe('by a majority');
});

test('Alt+D and Alt+A pressed while the item is still opening are kept, not dropped', async ({ page }) => {
  await openSampleItem(page, 1);
  await page.keyboard.press('Alt+m');
  await expect(page).toHaveURL(/\/live$/);
  // Hold back the next item's minutes, decisions and actions, as a slow disk might.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/(minutes\.get|decisions\.list|actions\.list)$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Declarations of interest$/);
  await expect(page.getByText('Opening the minutes…')).toBeVisible();
  await page.keyboard.press('Alt+d');
  await page.keyboard.press('Alt+a');
  release();
  await expect(page.getByRole('region', { name: 'Decision 1' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Action 1' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const itemId = itemIdOf(page);
  expect(await callApi<unknown[]>(page, 'decisions.list', { itemId })).toHaveLength(1);
  expect(await callApi<unknown[]>(page, 'actions.list', { itemId })).toHaveLength(1);
});

test('meeting mode fits a council laptop: at 1366×768 the clock and "item 4 of 7" are one line each, and the minutes start in the top half', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openSampleItem(page, 4);
  await page.keyboard.press('Alt+m');
  await expect(page).toHaveURL(/\/live$/);
  const oneLine = async (selector: string) => {
    const element = page.locator(selector);
    await expect(element).toBeVisible();
    return element.evaluate((node) => {
      const style = getComputedStyle(node);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      return node.getBoundingClientRect().height < lineHeight * 1.5;
    });
  };
  expect(await oneLine('time.clock')).toBe(true);
  expect(await oneLine('[data-testid="item-of"]')).toBe(true);
  await expect(page.getByTestId('item-of')).toHaveText(/^item 4 of \d+$/);
  const editor = await page.getByRole('textbox', { name: /^Minutes of item 4,/ }).boundingBox();
  expect(editor!.y).toBeLessThan(768 / 2);
});

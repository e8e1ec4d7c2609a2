// The rough edges a walk-through found on the other screens (issue 17), at 1366×768: the minutes
// editor, the import screen, messages that outstayed their screen, roles cut off, the house style,
// the quorum before the register is taken, and names as councils write them.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Person } from '../../shared/domain';
import { callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.use({ viewport: { width: 1366, height: 768 } });
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** The sample council, on the page of the meeting being prepared. */
async function sample(page: Page) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Communities and Wellbeing/ })).toBeFocused();
}

/** Whether an input is wide enough for its placeholder (or value) in its own font. */
const fitsItsText = (input: Locator) =>
  input.evaluate((element: HTMLInputElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = element.value || element.placeholder;
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text, fits: context.measureText(text).width <= room };
  });

test('the minutes editor has a visible label and a placeholder while empty', async ({ page }) => {
  await sample(page);
  await page.getByRole('link', { name: 'Minutes of item 5' }).click();
  const editor = page.getByRole('textbox', { name: /^Minutes of item 5,/ });
  await expect(editor).toBeVisible();
  await expect(page.locator('.minutes .editor-label')).toHaveText('Minutes');
  await expect(editor).toHaveAttribute('aria-placeholder', /^Type the minutes of this item/);
  const shown = () => editor.evaluate((element) => getComputedStyle(element, '::before').content);
  expect(await shown()).toContain('Type the minutes of this item');
  await editor.click();
  await page.keyboard.type('Warm spaces opened in 14 village halls.');
  await expect.poll(shown).toBe('none');
});

test('the import screen: a disabled button looks disabled, and one paragraph is “1 paragraph”', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const find = page.getByRole('button', { name: 'Find the structure' });
  await expect(find).toBeDisabled();
  const look = (button: Locator) =>
    button.evaluate((element) => ({
      opacity: getComputedStyle(element).opacity,
      cursor: getComputedStyle(element).cursor,
    }));
  expect(await look(find)).toEqual({ opacity: '0.45', cursor: 'not-allowed' });
  await page
    .getByRole('textbox', { name: 'Text to import' })
    .fill(
      'Cabinet\nMinutes of the meeting held on 12 March 2024\n\n45. Budget monitoring\n\nThe Cabinet noted the report.',
    );
  expect(await look(find)).toEqual({ opacity: '1', cursor: 'pointer' });
  await find.click();
  const preview = page.getByRole('form', { name: 'What will be imported' });
  await expect(preview).toContainText('1 paragraph of minutes');
  await expect(preview).not.toContainText('1 paragraphs');
});

test('what an action said stays on its screen, not on the next one the officer opens', async ({ page }) => {
  await sample(page);
  await page.getByRole('link', { name: 'Attendance, declarations and quorum' }).click();
  await page.getByRole('group', { name: /^Councillor Harriet Okafor \(Chair\)/ }).focus();
  await page.keyboard.press('p');
  await expect(page.getByRole('status')).toHaveText('Councillor Harriet Okafor: present.');
  await page
    .getByRole('navigation', { name: 'Committees and people' })
    .getByRole('link', { name: 'Import minutes' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import minutes' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('');
  // A message from an action that moves on by itself goes with it ("… created." on the new meeting).
  await page
    .getByRole('navigation', { name: 'Committees and people' })
    .getByRole('link', { name: /^Communities and Wellbeing/ })
    .click();
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Date').fill('2030-01-15');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('status')).toHaveText('Meeting on Tuesday 15 January 2030 created.');
});

test('roles and capacities are not cut off', async ({ page }) => {
  await sample(page);
  await page.getByRole('link', { name: 'Attendance, declarations and quorum' }).click();
  const officers = page.getByRole('combobox', { name: 'Add an officer in attendance' });
  await officers.fill('Marlow');
  await page.keyboard.press('Enter');
  const capacity = page
    .getByLabel('Councillor Elspeth Marlow: attending as')
    .or(page.getByLabel('Elspeth Marlow: attending as'));
  await expect(capacity).toBeVisible();
  expect(await fitsItsText(capacity)).toEqual({ text: 'Director of Communities', fits: true });

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await page.getByRole('link', { name: 'Minutes of item 4' }).click();
  const presenter = page.getByRole('combobox', { name: 'Add a presenter' });
  await presenter.fill('Kissoon');
  await page.keyboard.press('Enter');
  const role = page.getByLabel('Capacity of Nathaniel Kissoon for this item');
  await expect(role).toBeVisible();
  expect(await fitsItsText(role)).toEqual({ text: 'Head of Libraries and Culture', fits: true });
  // Someone new typed as "Name, role": the role field has room for the role.
  const attendee = page.getByRole('combobox', { name: 'Add someone in attendance' });
  await attendee.fill('Dr Amara Osei, Director of Public Health and Wellbeing');
  await page.keyboard.press('Enter');
  const newRole = page.getByRole('form', { name: /^New person for/ }).getByLabel('Role');
  expect(await fitsItsText(newRole)).toEqual({ text: 'Director of Public Health and Wellbeing', fits: true });
});

test('the house style saves as it is changed: no Save button', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'House style' }).click();
  const form = page.getByRole('form', { name: 'House style' });
  await expect(form.getByRole('button')).toHaveCount(0);
  await form.getByLabel('Council name').fill('Wyvern Borough Council');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('form', { name: 'House style' }).getByLabel('Council name')).toHaveValue(
    'Wyvern Borough Council',
  );
});

test('before the register is taken: no red “Inquorate”, and a hint where forms wait for someone present', async ({
  page,
}) => {
  await sample(page);
  await page.getByRole('link', { name: 'Attendance, declarations and quorum' }).click();
  const quorum = page.getByRole('region', { name: 'Quorum by item' });
  await expect(quorum.getByRole('row')).toHaveCount(8);
  await expect(quorum).not.toContainText('Inquorate');
  await expect(quorum.locator('td.inquorate')).toHaveCount(0);
  await expect(quorum.getByText('Register not taken')).toHaveCount(7);
  const declarations = page.getByRole('region', { name: 'Declarations of interest' });
  await expect(declarations).toContainText('mark members in the register above first');
  const movements = page.getByRole('region', { name: 'Arrivals and departures' });
  await expect(movements).toContainText('mark them in the register above first');

  // Once someone is present the forms appear, and the quorum is worked out.
  await page.getByRole('group', { name: /^Councillor Harriet Okafor \(Chair\)/ }).focus();
  await page.keyboard.press('p');
  await expect(declarations.getByRole('form', { name: 'Record a declaration of interest' })).toBeVisible();
  await expect(movements.getByRole('form', { name: 'Record an arrival or departure' })).toBeVisible();
  await expect(quorum.locator('td.inquorate')).toHaveCount(7);
});

test('names as councils write them: a typed title is not doubled, and lists run by surname', async ({
  page,
}) => {
  await sample(page);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  const addCouncillor = page.getByRole('form', { name: 'Add a new councillor' });
  await addCouncillor.getByLabel('Councillor’s name').fill('Cllr Harriet Mbeki');
  await addCouncillor.getByRole('button', { name: 'Add councillor' }).click();
  await expect(page.getByRole('status')).toHaveText('Councillor Harriet Mbeki added to the committee.');
  const members = page.getByRole('table').getByRole('rowheader');
  await expect(members).toHaveText([
    'Councillor Harriet Okafor',
    'Councillor Dominic Pryce',
    'Councillor Morwenna Achterberg',
    'Councillor Aisling Brennan',
    'Councillor Gareth Lowther',
    'Councillor Harriet Mbeki',
    'Councillor Priya Ramasamy',
    'Councillor Tobias Whitcombe',
  ]);
  const people = await callApi<Person[]>(page, 'people.list', {});
  expect(people.find((person) => person.name.includes('Mbeki'))).toMatchObject({
    honorific: 'Councillor',
    name: 'Harriet Mbeki',
  });
  await page.getByRole('link', { name: 'People' }).click();
  const names = await page.getByRole('table').getByRole('rowheader').allTextContents();
  const surnames = names.map((name) => name.split(' ').at(-1)!);
  expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b, 'en-GB')));
});

test('a link focused while the app is opening keeps the focus; the next screen opened takes it', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Communities and Wellbeing/ })).toBeFocused();

  // The answers the first screen waits for are held back, so the app stays "Opening…" while the
  // officer tabs into the sidebar.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByText('Opening…')).toBeVisible();
  const link = page.getByRole('navigation').getByRole('link', { name: 'Import minutes' });
  await link.focus();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.unroute('**/api/**');
  await expect(link).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Import minutes' })).toBeFocused();
});

// The officer's whole day with the keyboard alone, in one go: the council and a committee set up, the
// meeting created and its agenda added, the register taken, the minutes typed, a decision moved,
// seconded and voted, the minutes read as the document on screen, saved as Word (answering the
// warning about the quorum), and approved at the next meeting. Only Tab, Enter, the arrow keys,
// typing and the app's own shortcuts; no clicks.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readDocx } from '../unit/docx';
import { appReady, tabTo } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.use({ viewport: { width: 1366, height: 768 } });
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** A date so many days from today: its ISO form, and its parts as typed into a date field. */
const dateFromToday = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [day, month, year] = [pad(date.getDate()), pad(date.getMonth() + 1), String(date.getFullYear())];
  return { iso: `${year}-${month}-${day}`, day, month, year };
};

/**
 * Types a date into a date field. Chromium lays the field out in its own language, not the page's
 * (day first in the UK, month first on this build machine's headless Chromium): day, month, year
 * first, and if the field read it otherwise, back to its first part and month, day, year.
 */
async function typeDate(page: Page, field: Locator, date: ReturnType<typeof dateFromToday>) {
  await tabTo(page, field);
  await page.keyboard.type(`${date.day}${date.month}${date.year}`);
  if ((await field.inputValue()) === date.iso) return;
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(`${date.month}${date.day}${date.year}`);
  await expect(field).toHaveValue(date.iso);
}

/** Tab to a field and type into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.insertText(text);
}

test('the whole day, keyboard only: create, register, minutes, decision, Word, approve', async ({ page }) => {
  test.setTimeout(180_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  const k = page.keyboard;

  // The council, then the committee.
  await typeInto(page, page.getByLabel('Council name'), 'Wyvern Borough Council');
  await k.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New committee' })).toBeFocused();
  await typeInto(page, page.getByLabel('Committee name'), 'Licensing Committee');
  await k.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Licensing Committee' })).toBeFocused();
  const addCouncillor = page.getByRole('form', { name: 'Add a new councillor' });
  for (const [name, role] of [
    ['Ada Quill', 'chair'],
    ['Ben Rook', ''],
    ['Cara Fenwick', ''],
  ] as const) {
    await typeInto(page, addCouncillor.getByLabel('Councillor’s name'), name);
    if (role) {
      await tabTo(page, addCouncillor.getByLabel('Committee role'));
      await k.press('Home'); // Member, Vice-Chair, Chair: the first option is the chair
    }
    await tabTo(page, addCouncillor.getByRole('button', { name: 'Add councillor' }));
    await k.press('Enter');
    await expect(page.getByRole('status')).toHaveText(`Councillor ${name} added to the committee.`);
  }

  // Two meetings: the one held a month ago, and the one it is approved at.
  const held = dateFromToday(-30);
  const next = dateFromToday(-2);
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  for (const date of [next, held]) {
    await typeDate(page, newMeeting.getByLabel('Date'), date);
    await tabTo(page, newMeeting.getByRole('button', { name: 'Create meeting' }));
    await k.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Licensing Committee: / })).toBeFocused();
    if (date === next) {
      await tabTo(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link'));
      await k.press('Enter');
    }
  }
  expect(page.url()).toMatch(/#\/meetings\//);

  // The agenda: "Add an item" opens the form with the cursor in its title.
  await tabTo(page, page.getByRole('button', { name: 'Add an item' }));
  await k.press('Enter');
  const addItem = page.getByRole('form', { name: 'Add item' });
  await expect(addItem.getByLabel('Title')).toBeFocused();
  await k.insertText('Premises licence: The Swan');
  await k.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Item 1 added: Premises licence: The Swan.');

  // The register, Chair first then by surname: P, ↓, P, ↓, A.
  await tabTo(page, page.getByRole('link', { name: 'Attendance, declarations and quorum' }));
  await k.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Attendance: / })).toBeFocused();
  await tabTo(page, page.getByRole('group', { name: /^Councillor Ada Quill \(Chair\)/ }));
  await k.press('p');
  await k.press('ArrowDown');
  await k.press('p');
  await k.press('ArrowDown');
  await k.press('a');
  await expect(page.getByRole('group', { name: 'Councillor Ben Rook: Apologies' })).toBeFocused();
  await expect(
    page.getByText('Present: Councillor Ada Quill (Chair) and Councillor Cara Fenwick.'),
  ).toBeVisible();

  // The minutes, and a decision moved, seconded and voted.
  await tabTo(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link'));
  await k.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Minutes of item 1' }));
  await k.press('Enter');
  const editor = page.getByRole('textbox', { name: /^Minutes of item 1,/ });
  await tabTo(page, editor);
  await k.insertText('The Sub-Committee heard from the applicant and the police.');
  await k.press('Alt+d');
  const decision = page.getByRole('region', { name: 'Decision 1' });
  await expect(decision.getByLabel('Keyword')).toBeFocused();
  await k.press('Alt+c');
  await expect(decision.getByRole('textbox', { name: 'Clause (1) of decision 1' })).toBeFocused();
  await k.insertText('the licence be granted subject to the conditions agreed with the police.');
  await tabTo(page, decision.getByLabel('Moved by'));
  await k.press('ArrowDown'); // Councillor Cara Fenwick (those who count, by surname)
  await tabTo(page, decision.getByLabel('Seconded by'));
  await k.press('ArrowDown');
  await k.press('ArrowDown'); // Councillor Ada Quill
  await tabTo(page, decision.getByLabel('How'));
  await k.press('ArrowDown'); // Show of hands
  await typeInto(page, decision.getByLabel('Votes for'), '2');
  await expect(decision.getByText('Carried: 2 for, 0 against, 0 abstaining.')).toBeVisible();
  await expect(decision.getByText('Saved')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The minutes as Word, from the meeting page.
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /\d{4}$/ }),
  );
  await k.press('Enter');

  // The minutes as the document reads, on screen, and back to the meeting by its breadcrumb.
  await tabTo(page, page.getByRole('link', { name: 'See the minutes and agenda as the documents read' }));
  await k.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Minutes of Licensing Committee, /);
  const preview = page.locator('.document-page');
  await expect(preview).toContainText(
    'Moved by Councillor Cara Fenwick and seconded by Councillor Ada Quill.',
  );
  await expect(preview).toContainText(
    'the licence be granted subject to the conditions agreed with the police.',
  );
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /\d{4}$/ }),
  );
  await k.press('Enter');

  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Minutes (public)', exact: true }));
  await k.press('Enter');
  // Two members present against a quorum of three: asked first, on Cancel, so Enter alone never saves.
  const warnings = page.getByRole('dialog', { name: 'Save the minutes with these warnings?' });
  await expect(warnings).toContainText('inquorate — 2 members count for it; the quorum is 3.');
  await expect(warnings.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await k.press('Tab');
  await expect(warnings.getByRole('button', { name: 'Save anyway' })).toBeFocused();
  await k.press('Enter');
  const word = await readDocx(readFileSync(await (await download).path()));
  for (const part of [
    'Wyvern Borough Council',
    'Present: Councillor Ada Quill (Chair) and Councillor Cara Fenwick.',
    'The Sub-Committee heard from the applicant and the police.',
    'Moved by Councillor Cara Fenwick and seconded by Councillor Ada Quill.',
    'the licence be granted subject to the conditions agreed with the police.',
  ]) {
    expect(word.text).toContain(part);
  }

  // Approved at the next meeting: the dialog opens on Cancel, so Enter alone never approves.
  await tabTo(page, page.getByRole('button', { name: 'Approve minutes' }));
  await k.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Approve these minutes?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await k.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Approve minutes' })).toBeFocused();
  await k.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Minutes approved. They are now read-only.');
  await expect(
    page.getByText(/^These minutes were approved at the meeting of Licensing Committee on /),
  ).toBeVisible();
  expect(held.iso < next.iso).toBe(true);
});

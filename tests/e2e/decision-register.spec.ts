// The decisions register screen: every decision newest first, filtered by keyword and words, saved as
// Word (read back) and as CSV, public unless the confidential edition is chosen; an entry opens its
// decision on the item's screen; all of it by keyboard alone.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Decision } from '../../shared/decisions';
import type { Committee, MeetingDetail } from '../../shared/domain';
import { readDocx } from '../unit/docx';
import { appReady, callApi, nameCouncil, paragraph, tabTo, text } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const SECRET = 'The contract be awarded to Quernmore Leisure Trust for ten years.';
const PUBLISHABLE = 'RESOLVED that the contract be awarded as set out in the exempt report.';

/**
 * A Cabinet meeting to come with decisions on three of its items (one exempt), and an older
 * Licensing meeting. Made through the API rather than from the sample council, whose finished
 * meeting has decisions of its own that would change every count here.
 */
async function councilWithDecisions(page: Page) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  await nameCouncil(page);
  const cabinet = await callApi<Committee>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: 'Council Chamber',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<{ id: string }>(page, 'meetings.create', {
    committeeId: cabinet.id,
    date: '2027-01-14',
    startTime: '14:00',
  });
  const titles = [
    ['Apologies for absence', null],
    ['Declarations of interest', null],
    ['Minutes of the previous meeting', null],
    ['Branch library opening hours: outcome of consultation', null],
    ['Winter warm spaces programme', null],
    ['Work programme', null],
    ['Leisure centre operator contract: commercial terms', 3],
  ] as const;
  for (const [title, exemptParagraph] of titles) {
    await callApi(page, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: '',
      leadOfficerId: null,
      exempt: exemptParagraph !== null,
      exemptParagraph,
    });
  }
  const detail = await callApi<MeetingDetail>(page, 'meetings.get', { id: meeting.id });
  const decide = async (itemId: string, keyword: string, clauses: string[], publicWording = '') => {
    const decision = await callApi<Decision>(page, 'decisions.create', { itemId, keyword });
    return callApi<Decision>(page, 'decisions.update', {
      id: decision.id,
      baseVersion: 1,
      publicWording,
      clauses: clauses.map((clause) => ({
        groupHeading: '',
        doc: { type: 'doc', content: [paragraph(text(clause))] },
      })),
    });
  };
  const library = detail.items[3]!;
  const saturday = await decide(library.id, 'RESOLVED', [
    'That Saturday opening at the branch libraries be extended.',
    'That the Director report back in six months.',
  ]);
  await decide(detail.items[4]!.id, 'AGREED', ['That the warm spaces programme continue this winter.']);
  await decide(detail.items[6]!.id, 'RESOLVED', [SECRET], PUBLISHABLE);
  const licensing = await callApi<Committee>(page, 'committees.create', {
    name: 'Licensing Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const older = await callApi<{ id: string }>(page, 'meetings.create', {
    committeeId: licensing.id,
    date: '2023-02-07',
    startTime: '10:00',
  });
  const review = await callApi<{ id: string }>(page, 'items.create', {
    meetingId: older.id,
    title: 'Review of the statement of licensing policy',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await decide(review.id, 'RECOMMENDED', ['That Council adopt the revised statement of licensing policy.']);
  await page.reload();
  // The home screen has opened and taken the focus, so a key pressed now goes where the test sends it.
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Minutebook' })).toBeFocused();
  return { library, saturday };
}

async function download(page: Page, button: string) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the decisions register: filtered, saved as Word and CSV, public unless asked, each entry opening its decision', async ({
  page,
}) => {
  const { library, saturday } = await councilWithDecisions(page);
  await page.getByRole('link', { name: 'Decisions register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions register' })).toBeFocused();
  const rows = page.getByRole('table').getByRole('row');
  const status = page.locator('.register-count');
  await expect(status).toHaveText('4 decisions.');
  // Newest first: the Cabinet meeting of 2027, then Licensing's of 2023.
  await expect(rows.nth(1)).toContainText('Branch library opening hours: outcome of consultation');
  await expect(rows.nth(4)).toContainText('Licensing Committee');
  await expect(rows.nth(4)).toContainText('RECOMMENDED');
  // The public edition: the exempt item by its publishable wording, marked.
  const exemptRow = rows.filter({ hasText: 'Leisure centre operator contract' });
  await expect(exemptRow).toContainText(PUBLISHABLE);
  await expect(exemptRow).toContainText('Exempt: publishable wording only');
  await expect(page.getByRole('table')).not.toContainText('Quernmore');

  // Filtered by keyword and by words.
  await page.getByLabel('Keyword').selectOption('RESOLVED');
  await expect(status).toHaveText('2 decisions.');
  await page.getByLabel('Words in the decision').fill('saturday');
  await expect(status).toHaveText('One decision.');
  await expect(rows.nth(1)).toContainText(
    'RESOLVED (1) That Saturday opening at the branch libraries be extended.\n(2) That the Director report back in six months.',
  );

  const word = await download(page, 'Save as Word (public)');
  expect(word.name).toMatch(/^Decisions register \d{4}-\d{2}-\d{2} \(public\)\.docx$/);
  const read = await readDocx(word.bytes);
  expect(read.text).toContain('Decisions register');
  expect(read.text).toContain('All committees; RESOLVED; containing “saturday”');
  expect(read.text).toContain('One decision, newest meeting first.');
  expect(read.html).toContain('<ol><li>That Saturday opening at the branch libraries be extended.</li>');
  expect(read.text).not.toContain('warm spaces');

  // CSV of the whole public register.
  await page.getByLabel('Keyword').selectOption('');
  await page.getByLabel('Words in the decision').fill('');
  await expect(status).toHaveText('4 decisions.');
  const csv = await download(page, 'Save as CSV (public)');
  expect(csv.name).toMatch(/^Decisions register \d{4}-\d{2}-\d{2} \(public\)\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.subarray(3).toString('utf8');
  expect(
    lines.startsWith(
      '"Date","Committee","Minute","Item","Keyword","Qualifier","Decision","Vote","Exempt"\r\n',
    ),
  ).toBe(true);
  expect(lines).toContain(`"${PUBLISHABLE}"`);
  expect(lines).toContain(
    '"2023-02-07","Licensing Committee","1","Review of the statement of licensing policy"',
  );
  expect(lines).not.toContain('Quernmore');

  // The confidential edition has the exempt decision whole, marked, and its Word file says so on every page.
  await page.getByLabel('Edition').selectOption('confidential');
  await expect(exemptRow).toContainText(SECRET);
  await expect(exemptRow).toContainText('Exempt: not for publication');
  const secret = await download(page, 'Save as Word (confidential)');
  expect(secret.name).toMatch(/\(confidential\)\.docx$/);
  const secretRead = await readDocx(secret.bytes);
  expect(secretRead.text).toContain(SECRET);
  expect([...secretRead.parts.values()].join('\n')).toContain('NOT FOR PUBLICATION');
  await page.getByLabel('Edition').selectOption('public');

  // An entry opens its item at the decision.
  await rows
    .nth(1)
    .getByRole('link', { name: 'Branch library opening hours: outcome of consultation' })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/items/${library.id}$`));
  const shown = page.locator(`[data-search-target="decision:${saturday.id}"]`);
  await expect(shown).toHaveClass(/search-revealed/);
  await expect(shown).toBeInViewport();
});

test('the decisions register by keyboard alone: filtered by words, Ctrl+K and back, Enter opening a decision', async ({
  page,
}) => {
  const { library, saturday } = await councilWithDecisions(page);
  await page.getByRole('link', { name: 'Decisions register' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Decisions register' })).toBeFocused();
  const status = page.locator('.register-count');
  await expect(status).toHaveText('4 decisions.');

  const words = page.getByRole('textbox', { name: 'Words in the decision' });
  await tabTo(page, words);
  await page.keyboard.type('saturday');
  await expect(status).toHaveText('One decision.');

  // Ctrl+K on this screen too; Escape gives focus back to the words, as they were.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the record' });
  await expect(dialog.getByRole('combobox', { name: 'Words to find' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(words).toBeFocused();
  await expect(words).toHaveValue('saturday');

  // On through the buttons to the one entry, and Enter opens its item at the decision.
  const entry = page
    .getByRole('table')
    .getByRole('link', { name: 'Branch library opening hours: outcome of consultation' });
  await tabTo(page, entry);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/items/${library.id}$`));
  const shown = page.locator(`[data-search-target="decision:${saturday.id}"]`);
  await expect(shown).toHaveClass(/search-revealed/);
  await expect(shown).toBeInViewport();
});

// Issue 20 end to end in browser mode: a folder of 30 files of past minutes (text and PDF) chosen in
// the app, read with a progress bar while the app goes on answering, what was found shown before any
// meeting exists, then imported meeting by meeting when the officer presses Import; one file that is
// the same as another skipped by its content, a damaged PDF refused with its reason, Cancel while
// reading and while importing, and files that need the officer's decision decided in the table or
// finished in the single-file preview.
import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Committee, CommitteeDetail } from '../../shared/domain';
import { typesetPdf } from '../fixtures/import/pdfWriter';
import { callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const train = path.resolve(here, '../fixtures/import/corpus/train');

/** Training texts that name their committee and date and need no choice of the officer's. */
const complete = [
  'eng-cmis-asterisk-delegated-minutes',
  'eng-cp1252-parish-minute-refs',
  'eng-crlf-cabinet-remote-unanimously',
  'eng-crlf-hwb-members-table',
  'eng-docx-committee-trailing-dash-run-on',
  'eng-docx-full-council-25-items',
  'eng-docx-licensing-hearing',
  'eng-docx-planning-caps-wrapped-titles',
  'eng-docx-scrutiny-numbered-clauses',
  'eng-docx-scrutiny-substitutes-in-present',
  'eng-docx-town-council-resolution-records',
  'eng-docx-word-numbering-lost',
  'eng-email-wrapped-draft-minutes',
  'eng-mg-decision-details-page',
  'eng-mg-issue-meetings-minutes',
  'eng-mg-meeting-cabinet-letter-clauses',
  'eng-mg-meeting-cabinet-slash-numbers',
  'eng-mg-meeting-part2-agenda-wording',
  'eng-mgai-scrutiny-web-furniture',
  'eng-pdf-borough-capital-letter-clauses',
  'eng-pdf-cabinet-code-prefix',
  'eng-pdf-cabinet-portfolios-footer',
  'eng-pdf-city-council-running-minute-numbers',
  'eng-pdf-city-procedural-paragraphs',
  'eng-pdf-development-bracket-numbers',
  'eng-pdf-licensing-committee-number-alone',
  'eng-pdf-planning-heading-then-code',
  'eng-pdf-scrutiny-paragraph-numbers',
];

/** Every committee's meetings, counted through the API the app uses. */
async function meetingCount(page: Page): Promise<number> {
  let count = 0;
  for (const { id } of await callApi<Committee[]>(page, 'committees.list', {})) {
    count += (await callApi<CommitteeDetail>(page, 'committees.get', { id })).meetings.length;
  }
  return count;
}

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('a folder of 30 files imported from the app with progress: one duplicate skipped, one refused with its reason', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  for (const [index, name] of complete.entries()) {
    const source = path.join(train, `${name}.txt`);
    // Every fourth as a PDF with a running footer, as councils publish them.
    if (index % 4 === 3) {
      writeFileSync(
        path.join(folder, `${name}.pdf`),
        typesetPdf(readFileSync(source, 'utf8'), { footer: (page, pages) => `Page ${page} of ${pages}` }),
      );
    } else copyFileSync(source, path.join(folder, `${name}.txt`));
  }
  copyFileSync(path.join(train, `${complete[0]}.txt`), path.join(folder, 'zz copy of the first.txt'));
  writeFileSync(path.join(folder, 'damaged.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog');

  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });
  await section.getByLabel('Folder to import').setInputFiles(folder);

  // The progress bar, while the files are read in the worker and the app goes on answering.
  const progress = section.getByRole('status', { name: 'Folder import progress' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeVisible();
  expect(await callApi<unknown>(page, 'app.info', {})).toBeTruthy();

  // What was found in each file, before anything is imported.
  await expect(
    section.getByText(
      'Read 30 files: 28 ready, 0 need your decision, 1 skipped, 1 refused. Nothing has been imported yet.',
    ),
  ).toBeVisible({ timeout: 240_000 });
  await expect(progress).toBeHidden();
  const found = section.getByRole('table', { name: 'What was found' });
  await expect(found.getByRole('row')).toHaveCount(31);
  const foundRow = (name: string) => found.getByRole('row', { name });
  await expect(foundRow('damaged.pdf').getByRole('cell')).toHaveText([
    '',
    /^Refused: This is a PDF, but a damaged one: its pages cannot be read\./,
    '',
  ]);
  await expect(foundRow('zz copy of the first.txt').getByRole('cell').nth(1)).toHaveText(
    `Skipped: The same file as ${complete[0]}.txt.`,
  );
  await expect(foundRow('eng-crlf-hwb-members-table.pdf').getByRole('cell').first()).toHaveText(
    'Fenmoor Health and Wellbeing Board, 2025-06-12, 7 items, 2 decisions',
  );
  await expect(foundRow('eng-crlf-hwb-members-table.pdf').getByRole('cell').nth(1)).toHaveText('Ready');
  expect(await meetingCount(page)).toBe(0);

  await section.getByRole('button', { name: 'Import 28 meetings' }).click();
  await expect(section.getByText('Imported 28, skipped 1, needs attention 0, refused 1.')).toBeVisible({
    timeout: 240_000,
  });
  await expect(progress).toBeHidden();
  const table = section.getByRole('table', { name: 'Files imported' });
  await expect(table.getByRole('row')).toHaveCount(31);
  const cells = (name: string) => table.getByRole('row', { name }).getByRole('cell');
  await expect(cells('damaged.pdf')).toHaveText([
    'damaged.pdf',
    'Refused',
    '',
    /^This is a PDF, but a damaged one: its pages cannot be read\./,
  ]);
  await expect(cells('zz copy of the first.txt')).toHaveText([
    'zz copy of the first.txt',
    'Skipped',
    '',
    `The same file as ${complete[0]}.txt.`,
  ]);
  await expect(cells('eng-crlf-hwb-members-table.pdf')).toHaveText([
    'eng-crlf-hwb-members-table.pdf',
    'Imported',
    'Fenmoor Health and Wellbeing Board, 2025-06-12, 7 items',
    // Who the file added to the directory, worded as the single-file import words it.
    /^Added to the directory: Councillor Sarah Khanom, Dr Tom Mullins, .*, Phil Eastwood\.$/,
  ]);

  expect(await meetingCount(page)).toBe(28);

  // The same folder again: every file was imported before, so nothing is imported twice (and, with
  // nothing left to import or decide, the outcome is shown at once).
  await section.getByLabel('Folder to import').setInputFiles(folder);
  await expect(section.getByText('Imported 0, skipped 29, needs attention 0, refused 1.')).toBeVisible({
    timeout: 240_000,
  });
  expect(await meetingCount(page)).toBe(28);
});

test('Cancel stops reading (nothing imported) and stops an import before the next meeting; what was imported stays imported', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  for (const name of complete)
    copyFileSync(path.join(train, `${name}.txt`), path.join(folder, `${name}.txt`));
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });

  // Cancel while reading: what was read is shown, and nothing is imported.
  await section.getByLabel('Folder to import').setInputFiles(folder);
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    section.getByText(/Reading stopped after \d+ of 28 files\. Nothing has been imported yet\.$/),
  ).toBeVisible({
    timeout: 120_000,
  });
  expect(await meetingCount(page)).toBe(0);

  // The whole folder read, then Cancel while importing.
  await section.getByLabel('Folder to import').setInputFiles(folder);
  await section.getByRole('button', { name: 'Import 28 meetings' }).click({ timeout: 180_000 });
  await section.getByRole('button', { name: 'Cancel' }).click();

  const stopped = section.getByText(
    /^Imported (\d+), skipped 0, needs attention 0, refused 0\. Stopped after (\d+) of 28 files\.$/,
  );
  await expect(stopped).toBeVisible({ timeout: 120_000 });
  const [, imported, after] = /Imported (\d+).*Stopped after (\d+)/.exec(
    (await stopped.textContent()) ?? '',
  )!;
  expect(Number(imported)).toBe(Number(after));
  expect(Number(after)).toBeLessThan(28);
  await expect(section.getByRole('table', { name: 'Files imported' }).getByRole('row')).toHaveCount(
    Number(after) + 1,
  );
  expect(await meetingCount(page)).toBe(Number(imported));
});

test('what needs a decision is decided in the table, or finished in the preview, before the folder is imported', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  copyFileSync(path.join(train, 'eng-pdf-cabinet-code-prefix.txt'), path.join(folder, 'cabinet.txt'));
  copyFileSync(path.join(train, 'eng-docx-licensing-hearing.txt'), path.join(folder, 'licensing.txt'));
  // An item's page: it names no committee and no date.
  copyFileSync(path.join(train, 'eng-mgai-exclusion-motion.txt'), path.join(folder, 'item page.txt'));
  // A council's minutes that give no date.
  copyFileSync(path.join(train, 'sco-mg-council-decision-noted.txt'), path.join(folder, 'council.txt'));
  // Minutes whose exempt item does not say its Schedule 12A paragraph: chosen in the preview.
  copyFileSync(path.join(train, 'ni-pdf-council-in-committee.txt'), path.join(folder, 'part two.txt'));
  // Another item's page, which the officer leaves out.
  copyFileSync(path.join(train, 'eng-mgai-non-public-minutes.txt'), path.join(folder, 'notes.txt'));
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });
  await section.getByLabel('Folder to import').setInputFiles(folder);

  await expect(
    section.getByText(
      'Read 6 files: 2 ready, 4 need your decision, 0 skipped, 0 refused. Nothing has been imported yet.',
    ),
  ).toBeVisible({ timeout: 120_000 });
  expect(await meetingCount(page)).toBe(0);
  const found = section.getByRole('table', { name: 'What was found' });
  const state = (name: string) => found.getByRole('row', { name }).getByRole('cell').nth(1);
  // The keyboard carries on from what was found.
  await expect(found).toBeFocused();
  await expect(state('item page.txt')).toHaveText(
    'Needs your decision: The text does not say which committee or the meeting’s date.',
  );
  await expect(state('council.txt')).toHaveText(
    'Needs your decision: The text does not say the meeting’s date.',
  );
  await expect(state('part two.txt')).toHaveText(
    'Needs your decision: An exempt item does not say its Schedule 12A paragraph: open it in the preview to choose it.',
  );
  await expect(section.getByRole('button', { name: 'Import 2 meetings' })).toBeEnabled();

  // From the keyboard, as every control of the table can be.
  await section.getByLabel('Leave out notes.txt').focus();
  await page.keyboard.press('Space');
  await expect(state('notes.txt')).toHaveText('Left out');
  await expect(section.getByLabel('Committee for notes.txt')).toBeDisabled();

  // The item's page goes to the Cabinet, which another file of the folder names, on a date given here.
  await section
    .getByLabel('Committee for item page.txt')
    .selectOption({ label: 'Cabinet (new, named in another file)' });
  await expect(state('item page.txt')).toHaveText(
    'Needs your decision: The text does not say the meeting’s date.',
  );
  await section.getByLabel('Meeting date for item page.txt').fill('2025-11-04');
  await expect(state('item page.txt')).toHaveText('Ready');

  // The council's minutes are finished in the single-file preview, with nothing to upload again: only
  // the date is given.
  await section.getByRole('button', { name: 'Open in preview: council.txt' }).click();
  const preview = page.getByRole('form', { name: 'What will be imported' });
  await expect(
    preview.getByRole('heading', { name: 'What will be imported from “council.txt”' }),
  ).toBeFocused();
  await expect(preview.getByLabel('New committee’s name')).toHaveValue('Lowland Marches Council');
  await preview.getByLabel('Meeting date').fill('2025-03-05');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(preview).toBeHidden();
  await expect(state('council.txt')).toHaveText('Imported from the preview');
  expect(await meetingCount(page)).toBe(1);

  // The exempt item's paragraph is chosen in the preview.
  await section.getByRole('button', { name: 'Open in preview: part two.txt' }).click();
  await expect(
    preview.getByRole('heading', { name: 'What will be imported from “part two.txt”' }),
  ).toBeFocused();
  const paragraphs = preview.getByLabel('Schedule 12A paragraph');
  await expect(paragraphs.first()).toBeVisible();
  for (const paragraph of await paragraphs.all()) {
    if (!(await paragraph.inputValue())) await paragraph.selectOption({ label: 'Paragraph 3' });
  }
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(preview).toBeHidden();
  await expect(state('part two.txt')).toHaveText('Imported from the preview');
  expect(await meetingCount(page)).toBe(2);

  await section.getByRole('button', { name: 'Import 3 meetings' }).focus();
  await page.keyboard.press('Enter');
  await expect(section.getByText('Imported 5, skipped 1, needs attention 0, refused 0.')).toBeVisible({
    timeout: 120_000,
  });
  const outcomes = section.getByRole('table', { name: 'Files imported' });
  await expect(outcomes).toBeFocused();
  await expect(outcomes.getByRole('row', { name: 'notes.txt' }).getByRole('cell')).toHaveText([
    'notes.txt',
    'Skipped',
    'committee not found, date not found, 1 item',
    'Left out by you.',
  ]);
  await expect(outcomes.getByRole('row', { name: 'council.txt' }).getByRole('cell').nth(1)).toHaveText(
    'Imported',
  );
  expect(await meetingCount(page)).toBe(5);
  const cabinet = (await callApi<Committee[]>(page, 'committees.list', {})).find(
    (committee) => committee.name === 'Cabinet',
  )!;
  const meetings = (await callApi<CommitteeDetail>(page, 'committees.get', { id: cabinet.id })).meetings;
  expect(meetings.map((meeting) => meeting.date).sort()).toEqual(['2025-10-14', '2025-11-04']);

  // The file imported from the preview is known by its content too: the folder again skips it, and
  // only the file left out is read again, for a decision.
  await section.getByLabel('Folder to import').setInputFiles(folder);
  await expect(
    section.getByText(
      'Read 6 files: 0 ready, 1 needs your decision, 5 skipped, 0 refused. Nothing has been imported yet.',
    ),
  ).toBeVisible({ timeout: 120_000 });
  await expect(state('council.txt')).toHaveText('Skipped: Imported before (as council.txt).');
  await expect(section.getByRole('button', { name: 'Import 0 meetings' })).toBeDisabled();
});

test('a file that is not minutes (an email saved beside them) is refused with the reason, not offered for import', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  copyFileSync(path.join(train, 'eng-pdf-cabinet-code-prefix.txt'), path.join(folder, 'cabinet.txt'));
  writeFileSync(
    path.join(folder, 'room booking.txt'),
    'Hi Karen,\n\nCan you book Committee Room 1 for the Licensing briefing on 14 January at 2pm?\n\nThanks\nMartin\n',
  );
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });
  await section.getByLabel('Folder to import').setInputFiles(folder);
  await expect(
    section.getByText(
      'Read 2 files: 1 ready, 0 need your decision, 0 skipped, 1 refused. Nothing has been imported yet.',
    ),
  ).toBeVisible({ timeout: 120_000 });
  const found = section.getByRole('table', { name: 'What was found' });
  await expect(found.getByRole('row', { name: 'room booking.txt' }).getByRole('cell').nth(1)).toHaveText(
    'Refused: It does not look like minutes: no meeting, heading or decision was found in it.',
  );
  await expect(section.getByRole('button', { name: 'Import 1 meeting' })).toBeEnabled();
});

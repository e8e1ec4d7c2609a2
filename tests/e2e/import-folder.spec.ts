// Issue 20 end to end in browser mode: a folder of 30 files of past minutes (text and PDF) chosen in
// the app, read with a progress bar while the app goes on answering, imported meeting by meeting,
// one file that is the same as another skipped by its content, a damaged PDF refused with its reason,
// and the meetings there to open afterwards.
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
    '',
  ]);

  expect(await meetingCount(page)).toBe(28);

  // The same folder again: every file was imported before, so nothing is imported twice.
  await section.getByLabel('Folder to import').setInputFiles(folder);
  await expect(section.getByText('Imported 0, skipped 29, needs attention 0, refused 1.')).toBeVisible({
    timeout: 240_000,
  });
  expect(await meetingCount(page)).toBe(28);
});

test('Cancel stops a folder import before the next file; what was imported stays imported', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  for (const name of complete)
    copyFileSync(path.join(train, `${name}.txt`), path.join(folder, `${name}.txt`));
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });
  await section.getByLabel('Folder to import').setInputFiles(folder);
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

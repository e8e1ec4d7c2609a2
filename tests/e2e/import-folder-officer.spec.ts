// The folder import as a new officer found it: the table fits the content area at 1366×768 (no
// sideways scroll, even with a date box focused), each status belongs to the action that made it, the
// outcomes say what a file completed by the officer was imported under, and the table and the preview
// offer the same committees, a new one typed by the officer among them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newDataDir, serve, type ServeProcess } from './server';

test.use({ viewport: { width: 1366, height: 768 } });

const here = path.dirname(fileURLToPath(import.meta.url));
const train = path.resolve(here, '../fixtures/import/corpus/train');

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/**
 * A folder holding a file that needs a committee and a date, beside files that name theirs; with
 * `corpus`, forty more of the corpus's texts too (their long names and committees widened the page).
 */
function folderNeedingDecisions(corpus = false): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  const copy = (from: string, to: string) =>
    copyFileSync(path.join(train, `${from}.txt`), path.join(folder, to));
  const own = [
    'eng-pdf-cabinet-code-prefix',
    'eng-docx-licensing-hearing',
    'eng-mgai-exclusion-motion',
    'sco-mg-council-decision-noted',
  ];
  if (corpus) {
    const others = readdirSync(train)
      .filter((name) => name.endsWith('.txt') && !own.includes(name.slice(0, -4)))
      .slice(0, 40);
    for (const name of others) copyFileSync(path.join(train, name), path.join(folder, name));
  }
  copy('eng-pdf-cabinet-code-prefix', 'Cabinet minutes 14 October 2025 (published version).txt');
  copy('eng-docx-licensing-hearing', 'eng-docx-licensing-hearing-sub-committee-minutes-final.txt');
  copy('eng-mgai-exclusion-motion', 'item page.txt');
  copy('sco-mg-council-decision-noted', 'council.txt');
  return folder;
}

/** A row's name begins with its file's name. */
const startsWith = (name: string) => new RegExp(`^${name.replace(/[.()]/g, '\\$&')} `);

/** axe's serious and critical findings on the import screen as it is now. */
async function serious(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function openFolder(page: Page, folder: string) {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });
  await section.getByLabel('Folder to import').setInputFiles(folder);
  await expect(section.getByRole('table', { name: 'What was found' })).toBeVisible({ timeout: 120_000 });
  await expect(section.getByText(/^Read \d+ files:/)).toBeVisible({ timeout: 120_000 });
  return section;
}

test('the table fits the content area at 1366×768 and at 1400 px, with a date box focused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const section = await openFolder(page, folderNeedingDecisions(true));
  expect(await noSidewaysScroll(page)).toBe(true);
  await section.getByLabel('Meeting date for item page.txt').focus();
  await page.keyboard.press('Tab');
  await section.getByLabel('Meeting date for item page.txt').focus();
  expect(await noSidewaysScroll(page)).toBe(true);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
  // The sidebar stays where it was, not scrolled off to the left.
  expect((await page.getByRole('link', { name: 'Import minutes' }).boundingBox())!.x).toBeGreaterThanOrEqual(
    0,
  );
  await page.setViewportSize({ width: 1400, height: 800 });
  expect(await noSidewaysScroll(page)).toBe(true);
  // The State column is wide enough for its words to sit on a line together.
  const state = section
    .getByRole('row', { name: 'item page.txt' })
    .getByRole('cell')
    .nth(1)
    .locator('strong');
  const box = await state.boundingBox();
  expect(box!.height).toBeLessThan(30);
});

test('each status says what its own action did; the outcomes say what a completed file went under, with its meeting', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  const copy = (from: string, to: string) =>
    copyFileSync(path.join(train, `${from}.txt`), path.join(folder, to));
  // The copy comes first by name as the browser lists it; the original is the one kept.
  copy('eng-pdf-cabinet-code-prefix', 'cabinet (copy).txt');
  copy('eng-pdf-cabinet-code-prefix', 'cabinet.txt');
  copy('eng-mgai-exclusion-motion', 'item page.txt');
  copy('sco-mg-council-decision-noted', 'council.txt');
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });
  await section.getByLabel('Folder to import').setInputFiles(folder);
  const found = section.getByRole('table', { name: 'What was found' });
  const state = (name: string) =>
    found
      .getByRole('row', { name: startsWith(name) })
      .getByRole('cell')
      .nth(1);
  await expect(state('cabinet (copy).txt')).toHaveText('Skipped: The same file as cabinet.txt.', {
    timeout: 120_000,
  });
  await expect(state('cabinet.txt')).toHaveText('Ready');

  // The council's minutes finished in the preview: the summary says truthfully what is imported.
  await section.getByRole('button', { name: 'Open in preview: council.txt' }).click();
  const preview = page.getByRole('form', { name: 'What will be imported' });
  await preview.getByLabel('Meeting date').fill('2025-03-05');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(state('council.txt')).toHaveText('Imported from the preview');
  await expect(
    section.getByText(
      'Read 4 files: 1 ready, 1 needs your decision, 1 skipped, 0 refused, 1 imported from the preview. Only the file imported from the preview has been imported; the others have not been imported yet.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/^Imported \d+ items?\. /)).toBeVisible();

  await section
    .getByLabel('Committee for item page.txt')
    .selectOption({ label: 'Cabinet (new, named in another file)' });
  await section.getByLabel('Meeting date for item page.txt').fill('2025-11-04');
  await section.getByRole('button', { name: 'Import 2 meetings' }).click();
  await expect(section.getByText('Imported 3, skipped 1, needs attention 0, refused 0.')).toBeVisible({
    timeout: 120_000,
  });
  // The single-file import's status is not this folder's.
  await expect(page.getByText(/^Imported \d+ items?\. /)).toHaveCount(0);

  const outcomes = section.getByRole('table', { name: 'Files imported' });
  const cells = (name: string) => outcomes.getByRole('row', { name: startsWith(name) }).getByRole('cell');
  await expect(cells('item page.txt')).toHaveText([
    'item page.txt',
    'Imported',
    'Cabinet, 2025-11-04, 1 item',
    '',
  ]);
  await expect(cells('council.txt')).toHaveText([
    'council.txt',
    'Imported',
    /^Lowland Marches Council, 2025-03-05, \d+ items$/,
    // Finished in the preview, which added the people it named who were not in the directory.
    /^Added to the directory: Councillor /,
  ]);
  expect(await serious(page)).toEqual([]);
  await outcomes.getByRole('link', { name: 'Imported: open the meeting made from item page.txt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cabinet');
});

test('the table and the preview offer the same committees, a new one typed by the officer among them', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const section = await openFolder(page, folderNeedingDecisions());
  const labels = (select: ReturnType<Page['getByLabel']>) =>
    select.locator('option').evaluateAll((options) => options.map((option) => option.textContent ?? ''));
  const inTable = await labels(section.getByLabel('Committee for council.txt'));
  expect(inTable).toEqual([
    'Lowland Marches Council (new, as the file names it)',
    'Cabinet (new, named in another file)',
    'Licensing Act 2003 Sub-Committee (new, named in another file)',
    'A new committee (type its name)',
  ]);

  // In the table: a new committee of the officer's naming, typed in.
  const found = section.getByRole('table', { name: 'What was found' });
  const state = (name: string) => found.getByRole('row', { name }).getByRole('cell').nth(1);
  await section
    .getByLabel('Committee for item page.txt')
    .selectOption({ label: 'A new committee (type its name)' });
  await expect(state('item page.txt')).toHaveText(
    'Needs your decision: The text does not say which committee or the meeting’s date.',
  );
  await section.getByLabel('New committee’s name for item page.txt').fill('Overview and Scrutiny Committee');
  expect(await serious(page)).toEqual([]);
  await section.getByLabel('Meeting date for item page.txt').fill('2025-11-04');
  await expect(state('item page.txt')).toHaveText('Ready');

  // In the preview: the same choices as the table gave the file.
  await section.getByRole('button', { name: 'Open in preview: council.txt' }).click();
  const preview = page.getByRole('form', { name: 'What will be imported' });
  const committee = preview.getByRole('combobox', { name: 'Committee', exact: true });
  await expect.poll(() => labels(committee)).toEqual(inTable);
  await committee.selectOption({ label: 'Cabinet (new, named in another file)' });
  await expect(preview.getByLabel('New committee’s name')).toHaveValue('Cabinet');
  await committee.selectOption({ label: 'A new committee (type its name)' });
  await preview.getByLabel('New committee’s name').fill('Full Council');
  await preview.getByLabel('Meeting date').fill('2025-03-05');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(state('council.txt')).toHaveText('Imported from the preview');

  await section.getByRole('button', { name: 'Import 3 meetings' }).click();
  await expect(section.getByText('Imported 4, skipped 0, needs attention 0, refused 0.')).toBeVisible({
    timeout: 120_000,
  });
  const outcomes = section.getByRole('table', { name: 'Files imported' });
  await expect(outcomes.getByRole('row', { name: 'item page.txt' }).getByRole('cell').nth(2)).toHaveText(
    'Overview and Scrutiny Committee, 2025-11-04, 1 item',
  );
  await expect(outcomes.getByRole('row', { name: 'council.txt' }).getByRole('cell').nth(2)).toHaveText(
    /^Full Council, 2025-03-05, \d+ items$/,
  );
});

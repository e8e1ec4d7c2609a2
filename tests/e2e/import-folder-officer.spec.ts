// The folder import as a new officer found it: the table fits the content area at 1366×768 (no
// sideways scroll, even with a date box focused), each status belongs to the action that made it, the
// outcomes say what a file completed by the officer was imported under, and the table and the preview
// offer the same committees, a new one typed by the officer among them.
import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
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

/** A folder holding a file that needs a committee and a date, beside files that name theirs. */
function folderNeedingDecisions(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-folder-'));
  const copy = (from: string, to: string) =>
    copyFileSync(path.join(train, `${from}.txt`), path.join(folder, to));
  copy('eng-pdf-cabinet-code-prefix', 'Cabinet minutes 14 October 2025 (published version).txt');
  copy('eng-docx-licensing-hearing', 'eng-docx-licensing-hearing-sub-committee-minutes-final.txt');
  copy('eng-mgai-exclusion-motion', 'item page.txt');
  copy('sco-mg-council-decision-noted', 'council.txt');
  return folder;
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
  await expect(section.getByText(/^Read 4 files:/)).toBeVisible({ timeout: 120_000 });
  return section;
}

test('the table fits the content area at 1366×768 and at 1400 px, with a date box focused', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const section = await openFolder(page, folderNeedingDecisions());
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

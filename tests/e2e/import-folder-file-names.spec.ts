// File names in the folder import are printed safely (QA): a newline in a name no longer splits its
// row, and a right-to-left override (U+202E) is shown as "U+202E" rather than turning the name round;
// the files are still read and imported under their real names.
import { expect, test } from '@playwright/test';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newDataDir, serve, type ServeProcess } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const train = path.resolve(here, '../fixtures/import/corpus/train');

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('the folder table and the outcomes show control and bidi characters in file names escaped', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'minutebook-names-'));
  // Reads on screen as "cabinettxt.pdf" if printed as it is.
  copyFileSync(
    path.join(train, 'eng-pdf-cabinet-code-prefix.txt'),
    path.join(folder, 'cabinet\u202efdp.txt'),
  );
  copyFileSync(
    path.join(train, 'eng-docx-licensing-hearing.txt'),
    path.join(folder, 'licensing\nhearing.txt'),
  );
  copyFileSync(path.join(train, 'eng-pdf-cabinet-code-prefix.txt'), path.join(folder, 'zz\u2066copy.txt'));

  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'Import minutes' }).click();
  const section = page.getByRole('region', { name: 'Import a folder' });
  await section.getByLabel('Folder to import').setInputFiles(folder);
  const found = section.getByRole('table', { name: 'What was found' });
  await expect(found).toBeVisible({ timeout: 180_000 });
  await expect(found.getByRole('row')).toHaveCount(4);
  await expect(found.getByRole('rowheader')).toHaveText([
    'cabinetU+202Efdp.txt',
    'licensing\\nhearing.txt',
    'zzU+2066copy.txt',
  ]);
  await expect(
    found
      .getByRole('row', { name: /^zzU\+2066copy\.txt/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('Skipped: The same file as cabinetU+202Efdp.txt.');
  expect(await found.innerText()).not.toMatch(/[\u202e\u2066\n]hearing|[\u202e\u2066]/);

  await section.getByRole('button', { name: 'Import 2 meetings' }).click();
  const outcomes = section.getByRole('table', { name: 'Files imported' });
  await expect(outcomes).toBeVisible({ timeout: 180_000 });
  await expect(outcomes.getByRole('row')).toHaveCount(4);
  await expect(outcomes.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'cabinetU+202Efdp.txt',
    'Imported',
    /.*/,
    /.*/,
  ]);
  await expect(
    outcomes.getByRole('link', { name: 'Imported: open the meeting made from licensing\\nhearing.txt' }),
  ).toBeVisible();
  expect(await outcomes.innerText()).not.toMatch(/[\u202e\u2066]/);
});

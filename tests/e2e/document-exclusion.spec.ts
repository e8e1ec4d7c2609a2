// Issue 17 end to end in browser mode: the resolution excluding the public, as the house style screen
// sets it out. As a numbered minute, the preview and the Word file both number it and the exempt item
// after it numbers on (and the warnings before saving name that number); back under its own heading,
// the preview follows and the numbers are as they were.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readDocx } from '../unit/docx';
import { meetingThroughTheApi, paragraphsIn, wordParagraphs } from './documentMeeting';
import { newDataDir, serve, type ServeProcess } from './server';
import { nameCouncil } from './helpers';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function setExclusionStyle(page: Page, label: string) {
  await page.getByRole('link', { name: 'House style' }).click();
  await page
    .getByRole('combobox', { name: 'Resolution excluding the public', exact: true })
    .selectOption({ label });
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

/** The preview's paragraphs, once the heading of the exempt item reads as expected. */
async function previewOf(page: Page, meetingId: string, exemptHeading: string) {
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/document/minutes/public`), meetingId);
  const article = page.getByRole('article', { name: 'Minutes (public) as the Word document reads' });
  await expect(article.getByRole('heading', { name: exemptHeading, exact: true })).toBeVisible({
    timeout: 20_000,
  });
  return article.locator('.document-body').evaluate(paragraphsIn);
}

test('the resolution excluding the public as a numbered minute, or under its own heading, from the house style screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await nameCouncil(page);
  const { meeting } = await meetingThroughTheApi(page);

  await setExclusionStyle(page, 'As a numbered minute (the minutes after it number on from it)');
  const numbered = await previewOf(page, meeting.id, 'CAB3. Sale of land at Mill Lane');
  expect(numbered.filter((line) => line.startsWith('CAB') || line.includes('Exclusion'))).toEqual([
    'CAB1. Budget monitoring',
    'CAB2. Exclusion of the public',
    'CAB3. Sale of land at Mill Lane',
  ]);

  // Saved as Word: the warnings name the minute by its new number, and the file reads as the preview.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as Word (public)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save the minutes with these warnings?' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Minute CAB1 (Budget monitoring), decision 1: 5 votes were recorded, but only 3 members count for this item.',
    'Minute CAB3 (Sale of land at Mill Lane): inquorate — 2 members count for it; the quorum is 3.',
  ]);
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  const word = await readDocx(readFileSync(await (await download).path()));
  expect(await wordParagraphs(page, word.html)).toEqual(numbered);

  // Under its own heading again: the preview follows, and the exempt item is minute CAB2 once more.
  await setExclusionStyle(page, 'Under its own heading, before the exempt items');
  const titled = await previewOf(page, meeting.id, 'CAB2. Sale of land at Mill Lane');
  expect(titled.filter((line) => line.startsWith('CAB') || line.includes('Exclusion'))).toEqual([
    'CAB1. Budget monitoring',
    'Exclusion of the public',
    'CAB2. Sale of land at Mill Lane',
  ]);
});

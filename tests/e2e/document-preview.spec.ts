// Issue 17 end to end in browser mode: the minutes (and agenda) as a document in the app. The preview
// holds the same paragraphs, in the same order, as the Word file saved from it, in the public and the
// confidential version, including an exempt item; it follows what is typed in another window; and
// saving minutes whose votes do not square with the attendance asks first, listing why.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { HouseStyle } from '../../shared/houseStyle';
import { readDocx } from '../unit/docx';
import { callApi, COUNCIL, nameCouncil } from './helpers';
import { choose, meetingThroughTheApi, paragraphsIn, secrets, wordParagraphs } from './documentMeeting';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('the preview reads as the Word document, public and confidential, and follows what is typed', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  server = await serve(newDataDir());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.launchUrl);
  const { meeting, budget } = await meetingThroughTheApi(page);
  const { style } = await callApi<{ style: HouseStyle }>(page, 'houseStyle.get', {});
  await callApi(page, 'houseStyle.save', {
    baseVersion: 0,
    style: { ...style, councilName: COUNCIL, fontFamily: 'Georgia', bodySize: 9 },
  });

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  // When the meeting ended, in the meeting's details (on view; "Edit details" to change them).
  const endTime = page.getByLabel('End time');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await endTime.fill('12:15');
  await page.getByRole('button', { name: 'Save meeting details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Meeting details saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'See the minutes and agenda as the documents read' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Minutes of Cabinet, Thursday 18 June 2026',
  );
  const preview = page.getByRole('article', { name: 'Minutes (public) as the Word document reads' });
  await expect(preview).toBeVisible();
  // When it was laid out, as the app gives times ("11.22 am"), not the browser's "11:22:39".
  await expect(page.getByTestId('preview-shown-at')).toHaveText(
    /^As saved at (?:[1-9]|1[0-2])\.[0-5]\d [ap]m\.$/,
  );
  // In the house style's font and sizes (set through the DOM: the page's policy allows no inline styles).
  await expect(preview).toHaveCSS('font-family', /^"?Georgia"?, sans-serif$/);
  await expect(preview).toHaveCSS('font-size', '12px');

  for (const edition of ['public', 'confidential'] as const) {
    for (const kind of ['Minutes', 'Agenda'] as const) {
      await choose(page, kind);
      await choose(page, edition === 'public' ? 'Public' : 'Confidential');
      const article = page.getByRole('article', { name: `${kind} (${edition}) as the Word document reads` });
      await expect(article).toBeVisible();
      const shown = await article.locator('.document-body').evaluate(paragraphsIn);

      // Saving the minutes asks first: five votes where three count, and an inquorate item.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: `Save as Word (${edition})` }).click();
      if (kind === 'Minutes') {
        const dialog = page.getByRole('dialog', { name: 'Save the minutes with these warnings?' });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('listitem')).toHaveText([
          'Minute CAB1 (Budget monitoring), decision 1: 5 votes were recorded, but only 3 members count for this item.',
          // Councillor Shah withdrew from it.
          'Minute CAB2 (Sale of land at Mill Lane): inquorate — 2 members count for it; the quorum is 3.',
        ]);
        await dialog.getByRole('button', { name: 'Save anyway' }).click();
      }
      const word = await readDocx(readFileSync(await (await download).path()));
      expect(shown, `${kind} (${edition})`).toEqual(await wordParagraphs(page, word.html));
      expect(shown.length).toBeGreaterThan(8);

      const everything = shown.join('\n');
      expect(everything).toContain('Sale of land at Mill Lane');
      for (const secret of secrets) {
        if (edition === 'public' || kind === 'Agenda') expect(everything).not.toContain(secret);
        else expect(everything).toContain(secret);
      }
      if (kind === 'Minutes') {
        expect(everything).toContain('RESOLVED by a majority that:');
        expect(everything).toContain('Exclusion of the public');
        expect(everything).toContain('The meeting ended at 12.15 pm.');
        if (edition === 'public') {
          expect(everything).toContain('RESOLVED that the land be sold as set out in the exempt report.');
          await expect(article.getByLabel('Page header, on every page')).toHaveText(
            'DRAFT — subject to approval',
          );
          await expect(article).not.toContainText('NOT FOR PUBLICATION');
        } else {
          expect(everything).toContain(
            'Councillor Priya Shah declared a non-registrable interest in minute CAB2 (Sale of land at Mill Lane) as a neighbour of the site, and withdrew from the room for the item, taking no part in the discussion or vote.',
          );
          await expect(article.getByLabel('Page header, on every page')).toContainText('NOT FOR PUBLICATION');
        }
        // Word's own numbers, as the page shows them.
        await expect(article.locator('.doc-marker')).toContainText(['•', '•', '(1)', '(2)']);
      }
    }
  }

  // Typed in another window: the preview follows once it is saved.
  await choose(page, 'Minutes');
  const editor = await context.newPage();
  await editor.goto(server.launchUrl);
  await editor.evaluate((id) => (window.location.hash = `#/items/${id}`), budget.id);
  const minutes = editor.getByRole('textbox', { name: 'Minutes of item 1, Budget monitoring' });
  await minutes.click();
  await editor.keyboard.press('Control+End');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Members asked for a mid-year review.');
  await expect(editor.getByTestId('save-state')).toHaveText('Saved');
  await expect(
    page.getByRole('article', { name: 'Minutes (confidential) as the Word document reads' }),
  ).toContainText('Members asked for a mid-year review.', { timeout: 20_000 });
  // Nothing refused by the page's security policy, no error, all the way through.
  expect(problems).toEqual([]);
});

test('the meeting page asks before saving minutes with warnings, lists what is left, and saves only when told', async ({
  page,
}) => {
  test.setTimeout(120_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await nameCouncil(page);
  const { meeting, decision } = await meetingThroughTheApi(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const dialog = page.getByRole('dialog', { name: 'Save the minutes with these warnings?' });
  await page.getByRole('button', { name: 'Minutes (public)', exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('2 things do not square with the attendance.');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Minute CAB1 (Budget monitoring), decision 1: 5 votes were recorded, but only 3 members count for this item.',
    'Minute CAB2 (Sale of land at Mill Lane): inquorate — 2 members count for it; the quorum is 3.',
  ]);
  // Escape is Cancel: nothing is saved, and the page says so.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved.' })).toBeVisible();

  // The vote put right in another window: asked again, only the quorum is left.
  await callApi(page, 'decisions.update', {
    id: decision.id,
    baseVersion: 2,
    vote: { kind: 'show of hands', for: 3, against: 0, abstain: 0, recorded: [], castingVote: null },
  });
  await page.getByRole('button', { name: 'Minutes (public)', exact: true }).click();
  await expect(dialog).toContainText('One thing does not square with the attendance.');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Minute CAB2 (Sale of land at Mill Lane): inquorate — 2 members count for it; the quorum is 3.',
  ]);
  const minutes = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  const word = await readDocx(readFileSync(await (await minutes).path()));
  expect(word.text).toContain('RESOLVED by a majority that:');

  // The agenda has nothing to ask about: it is saved at once.
  const agenda = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Agenda (public)', exact: true }).click();
  expect((await agenda).suggestedFilename()).toBe('Cabinet 2026-06-18 agenda (public).docx');
  await expect(dialog).toBeHidden();
  // Two saves in all: the one cancelled wrote nothing.
  expect(downloads).toEqual([
    'Cabinet 2026-06-18 minutes (public).docx',
    'Cabinet 2026-06-18 agenda (public).docx',
  ]);
});

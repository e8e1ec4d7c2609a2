import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { callApi, listItem, paragraph, text } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Calls the API from the page, exactly as the renderer does (same token, same transport). */

async function openItemMinutes(page: Page, number: number) {
  await page.getByRole('link', { name: `Minutes of item ${number}` }).click();
  const editor = page.getByRole('textbox', { name: new RegExp(`^Minutes of item ${number},`) });
  await expect(editor).toBeVisible();
  return editor;
}

test('minutes typed from the keyboard keep their structure through reload, SIGKILL after "Saved", and restart', async ({
  page,
}) => {
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Communities and Wellbeing Scrutiny Committee: / }),
  ).toBeVisible();
  const meetingUrl = page.url();
  // The sample's earlier meetings in the municipal year come first in its numbering.
  const minuteNumber = (await page
    .locator('.agenda-item')
    .nth(3)
    .locator('.item-meta span')
    .first()
    .textContent())!.replace('Minute ', '');
  const editor = await openItemMinutes(page, 4);
  const saved = page.getByTestId('save-state');
  await expect(saved).toHaveText('Saved');
  // The sample committee numbers its minutes {n}/{yy}: the heading shows the number the minutes will.
  expect(minuteNumber).toMatch(/^\d+\/\d{2}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `${minuteNumber} Branch library opening hours: outcome of consultation`,
  );

  await editor.click();
  const k = page.keyboard;
  await k.type('The Head of Libraries and Culture introduced the report. ');
  await k.press('ControlOrMeta+b');
  await k.type('1,214 responses');
  await k.press('ControlOrMeta+b');
  await k.type(' were received.');
  await k.press('Enter');
  await k.press('ControlOrMeta+Alt+3');
  await k.type('Matters raised');
  await k.press('Enter');
  await k.type('- Saturday opening at Marsh Lane');
  await k.press('Enter');
  await k.press('Tab');
  await k.type('including the summer months');
  await k.press('Enter');
  await k.press('Shift+Tab');
  await k.type('Evening hours in term time');
  await k.press('Enter');
  await k.press('Enter');
  await k.press('ControlOrMeta+Shift+b');
  await k.type('“We should listen to the respondents.”');
  await expect(saved).toHaveText('Saved');

  const expected = {
    type: 'doc',
    content: [
      paragraph(
        text('The Head of Libraries and Culture introduced the report. '),
        text('1,214 responses', [{ type: 'bold' }]),
        text(' were received.'),
      ),
      { type: 'heading', attrs: { level: 3 }, content: [text('Matters raised')] },
      {
        type: 'bulletList',
        content: [
          listItem(paragraph(text('Saturday opening at Marsh Lane')), {
            type: 'bulletList',
            content: [listItem(paragraph(text('including the summer months')))],
          }),
          listItem(paragraph(text('Evening hours in term time'))),
        ],
      },
      { type: 'blockquote', content: [paragraph(text('“We should listen to the respondents.”'))] },
    ],
  };
  const itemId = decodeURIComponent(page.url().split('#/items/')[1]!);
  // TipTap keeps an empty paragraph at the end so the cursor can always leave a list or quotation.
  const withoutTrailingEmpty = (doc: { content: { type: string; content?: unknown[] }[] }) => ({
    ...doc,
    content: doc.content.filter(
      (node, index) => index < 4 || node.type !== 'paragraph' || node.content?.length,
    ),
  });
  const stored = await callApi<{ doc: { content: { type: string }[] } }>(page, 'minutes.get', { itemId });
  expect(withoutTrailingEmpty(stored.doc)).toEqual(expected);

  await page.reload();
  await expect(editor).toContainText('Evening hours in term time');
  expect(
    withoutTrailingEmpty(
      (await callApi<{ doc: { content: { type: string }[] } }>(page, 'minutes.get', { itemId })).doc,
    ),
  ).toEqual(expected);

  // One more sentence, and the server is killed outright the moment the indicator says Saved.
  // The empty paragraph TipTap keeps after the quotation: the place to go on typing.
  await editor.locator(':scope > p').last().click();
  await k.type('The Chair thanked the officers.');
  await expect(saved).toHaveText('Saved');
  await server.stop('SIGKILL');

  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await page.goto(meetingUrl.replace(/^http:\/\/127\.0\.0\.1:\d+\//, server.origin));
  await openItemMinutes(page, 4);
  const afterKill = await callApi<{ doc: { content: object[] } }>(page, 'minutes.get', { itemId });
  expect(afterKill.doc.content.slice(0, 4)).toMatchObject(expected.content);
  expect(JSON.stringify(afterKill.doc.content.at(-1))).toContain('The Chair thanked the officers.');
});

test('"Not saved" with the reason while another program holds the data file, then saved once it lets go', async ({
  page,
}) => {
  const dataDir = newDataDir();
  server = await serve(dataDir);
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  const editor = await openItemMinutes(page, 5);
  const saved = page.getByTestId('save-state');

  const intruder = new Database(path.join(dataDir, 'minutebook.sqlite3'));
  intruder.exec('BEGIN EXCLUSIVE');
  try {
    await editor.click();
    await page.keyboard.type('Warm spaces opened in 14 village halls.');
    await expect(saved).toHaveText(
      'Not saved — The data file is in use by another program. Try again in a moment. Minutebook keeps trying.',
    );
    await expect(editor).toContainText('Warm spaces opened in 14 village halls.');
  } finally {
    intruder.exec('ROLLBACK');
    intruder.close();
  }
  await expect(saved).toHaveText('Saved', { timeout: 10_000 });
  await page.reload();
  await expect(editor).toHaveText('Warm spaces opened in 14 village halls.');
});

test('another window’s save is never silently overwritten', async ({ browser, page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  const first = await openItemMinutes(page, 6);
  const itemUrl = page.url();

  const other = await browser.newPage();
  await other.goto(server.launchUrl);
  await other.goto(itemUrl.replace(/#.*/, '') + itemUrl.slice(itemUrl.indexOf('#')));
  const second = other.getByRole('textbox', { name: /^Minutes of item 6,/ });
  await second.click();
  await other.keyboard.type('Typed in the second window.');
  await expect(other.getByTestId('save-state')).toHaveText('Saved');

  await first.click();
  await page.keyboard.type('Typed in the first window.');
  await expect(page.getByTestId('save-state')).toContainText(
    'Not saved — These minutes were changed in another window',
  );
  await expect(first).toHaveText('Typed in the first window.');
  await other.reload();
  await expect(second).toHaveText('Typed in the second window.');
  await other.close();
});

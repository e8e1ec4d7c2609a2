// The first run, as a new officer meets it at 1366×768: the welcome asks the council's name and the
// Word documents carry it; or the sample council, whose finished meeting shows what Minutebook
// produces and whose meeting to come reads as one to come.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readDocx } from '../unit/docx';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.use({ viewport: { width: 1366, height: 768 } });
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Saves a Word document from the meeting page (a download in browser mode) and reads it back. */
async function saveWord(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  return readDocx(readFileSync(await file.path()));
}

test('the welcome asks the council’s name, and the Word minutes are headed with it', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const welcome = page.getByRole('form', { name: 'Your council' });
  await expect(welcome.getByRole('link', { name: /font, headings and date format/ })).toBeVisible();
  // The name is asked for before anything else: a first committee needs it.
  await welcome.getByRole('button', { name: 'Create your first committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Minutebook' })).toBeVisible();
  await welcome.getByLabel('Council name').fill('Wyvern Borough Council');
  await welcome.getByRole('button', { name: 'Create your first committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New committee' })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Wyvern Borough Council will head your documents.');
  await page.getByLabel('Committee name').fill('Licensing Committee');
  await page.getByRole('button', { name: 'Create committee' }).click();
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Date').fill('2026-02-10');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Licensing Committee: / })).toBeFocused();

  const minutes = await saveWord(page, 'Minutes (public)');
  expect(minutes.text.trimStart().startsWith('Wyvern Borough Council')).toBe(true);
  expect(minutes.text).not.toContain('Anytown');
});

test('the sample council: its own name, a finished meeting that shows the product, and one to come', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Load sample council' }).click();
  const title = page.getByRole('heading', {
    level: 1,
    name: /^Communities and Wellbeing Scrutiny Committee: /,
  });
  await expect(title).toBeFocused();
  await expect(page.getByRole('status')).toContainText('its finished meeting, with the minutes approved, is under “Held” in the sidebar');

  // The sidebar: the committee's meetings, the one to come first, then those held.
  const sidebar = page.getByRole('navigation', { name: 'Committees and people' });
  const upcoming = sidebar.getByRole('list', {
    name: 'Communities and Wellbeing Scrutiny Committee: upcoming',
  });
  const held = sidebar.getByRole('list', { name: 'Communities and Wellbeing Scrutiny Committee: held' });
  await expect(upcoming.getByRole('link')).toHaveCount(1);
  await expect(held.getByRole('link')).toHaveCount(2);
  const order = await sidebar
    .locator('.meeting-links a')
    .evaluateAll((links) => links.map((link) => link.textContent ?? ''));
  expect(order[0]).toMatch(/upcoming$/);
  expect(order.slice(1).every((text) => text.endsWith('held'))).toBe(true);
  await expect(upcoming.getByRole('link')).toHaveAttribute('aria-current', 'page');

  // A meeting to come reads as one: no changes "since the meeting ended", no approval yet.
  await expect(page.getByText('Changes after the meeting')).toHaveCount(0);
  await expect(page.getByText('since the meeting ended')).toHaveCount(0);
  await expect(page.getByText('can be approved at a later meeting once it has been held')).toBeVisible();
  // Before a meeting the agenda is the document wanted: it comes first.
  await expect(page.getByRole('region', { name: 'Word documents' }).getByRole('button').first()).toHaveText(
    'Agenda (public)',
  );

  // Nor on its items.
  await page.getByRole('link', { name: 'Minutes of item 4' }).click();
  await expect(page.getByRole('textbox', { name: /^Minutes of item 4,/ })).toBeVisible();
  await expect(page.getByText('since the meeting ended')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Changes after the meeting' })).toHaveCount(0);

  // The finished meeting: approved at the next, its Word minutes carry the sample's own name.
  await held.getByRole('link').last().click();
  await expect(title).toBeFocused();
  await expect(
    page.getByText(/These minutes were approved at the meeting of .* on \w+day \d+ \w+ \d{4}\./),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Changes after the meeting' })).toContainText(
    'Minutes approved',
  );
  const minutes = await saveWord(page, 'Minutes (public)');
  for (const part of [
    'Fernley Vale District Council',
    'attended as a substitute for',
    'arrived at 6.50 pm',
    'and withdrew from the room for the item',
    'Marsh Lane is the only place on the estate',
    'Moved by Councillor Dominic Pryce and seconded by Councillor Priya Ramasamy.',
    'A recorded vote was taken',
    'Information update from the Head of Libraries and Culture after the meeting',
    'procured as set out in the exempt report',
  ]) {
    expect(minutes.text).toContain(part);
  }
  expect(minutes.text).not.toContain('the guaranteed annual payment');
});

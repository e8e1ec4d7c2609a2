// Deleting a meeting: a new officer saw "Meeting deleted." beside "That meeting was not found. It
// may have been deleted; refresh and try again.", because the screen re-read the meeting it had just
// deleted before moving to the committee.
import { expect, test, type Page } from '@playwright/test';
import type { Committee, Meeting } from '../../shared/domain';
import { appReady, callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function meetingScreen(page: Page) {
  await page.goto(server!.launchUrl);
  await appReady(page);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Planning Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: 'Town Hall',
    numberingScheme: 'PL{n}/{yy}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-03-10',
    startTime: '18:30',
  });
  await page.evaluate((to) => (window.location.hash = to), `#/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Planning Committee');
  return { committee, meeting };
}

test('deleting a meeting says "Meeting deleted." only, and asks for the deleted meeting no more', async ({
  page,
}) => {
  server = await serve(newDataDir());
  const { committee, meeting } = await meetingScreen(page);
  await callApi(page, 'items.create', {
    meetingId: meeting.id,
    title: 'Apologies for absence',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await page.evaluate(() => window.location.reload());
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Planning Committee');

  // Every request the page makes after the confirmation that names the deleted meeting.
  let deleted = false;
  const afterwards: string[] = [];
  page.on('request', (request) => {
    if (!deleted || !request.url().includes('/api/')) return;
    const body = request.postData() ?? '';
    if (body.includes(meeting.id) && !request.url().endsWith('/meetings.delete')) {
      afterwards.push(`${request.url()} ${body}`);
    }
  });

  await page.getByRole('button', { name: 'Delete meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this meeting?' });
  deleted = true;
  await dialog.getByRole('button', { name: 'Delete meeting' }).click();

  await expect(page).toHaveURL(new RegExp(`#/committees/${committee.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Planning Committee');
  await expect(page.getByRole('status')).toHaveText('Meeting deleted.');
  // Let anything still in flight (a refetch, a save) arrive before looking for its error.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('was not found')).toHaveCount(0);
  expect(afterwards).toEqual([]);
  expect(await callApi<Meeting[]>(page, 'meetings.list', {})).toEqual([]);
});

test('deleting a committee says it is deleted only, not that it was not found', async ({ page }) => {
  server = await serve(newDataDir());
  const { committee } = await meetingScreen(page);
  await page.evaluate((to) => (window.location.hash = to), `#/committees/${committee.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planning Committee');

  await page.getByRole('button', { name: 'Delete committee' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete committee' }).click();

  await expect(page.getByRole('status')).toHaveText('Committee “Planning Committee” deleted.');
  await expect(page).not.toHaveURL(/#\/committees\//);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('was not found')).toHaveCount(0);
});

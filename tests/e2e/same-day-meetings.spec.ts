// Two meetings of one committee on one day (10.00 am and 2.00 pm) are told apart by their time, in
// the sidebar and in the "Approved at the meeting of" list; a day with one meeting is its date alone.
import { expect, test } from '@playwright/test';
import type { Committee, Meeting } from '../../shared/domain';
import { appReady, callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('two meetings of a committee on one day are named with their times', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Licensing Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: 'Town Hall',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2020-09-09',
    startTime: '10:00',
  });
  for (const startTime of ['10:00', '14:00']) {
    await callApi(page, 'meetings.create', { committeeId: committee.id, date: '2020-10-14', startTime });
  }
  await page.reload();
  await appReady(page);

  const sidebar = page.getByRole('list', { name: 'Licensing Committee: held' });
  await expect(sidebar.getByRole('link')).toHaveText([
    'Wednesday 14 October 2020, 2.00 pm, held',
    'Wednesday 14 October 2020, 10.00 am, held',
    'Wednesday 9 September 2020, held',
  ]);

  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const approving = page.getByRole('combobox', { name: 'Approved at the meeting of', exact: true });
  await expect(approving.getByRole('option')).toHaveText([
    'Wednesday 14 October 2020, 10.00 am',
    'Wednesday 14 October 2020, 2.00 pm',
  ]);
});

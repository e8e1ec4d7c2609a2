// Issue 18 end to end in browser mode, the council-wide screens: the calendar's closure days moving a
// meeting's agenda deadline, an officer decision recorded from its form and saved as Word, and a
// committee's nation and call-in period set on its form.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Committee, Meeting, Person } from '../../shared/domain';
import { readDocx } from '../unit/docx';
import { callApi, nameCouncil } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('closure days set on the calendar screen, and an officer decision recorded and saved as Word', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await nameCouncil(page);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2024-01-04',
    startTime: '14:00',
  });
  await callApi<Person>(page, 'people.create', {
    name: 'Priya Natarajan',
    honorific: '',
    role: 'Director of Place',
    organisation: '',
    party: '',
    kind: 'officer',
  });
  await page.reload();

  // The Christmas shutdown, 27–29 December 2023, from the calendar screen.
  await page.getByRole('link', { name: 'Calendar and deadlines' }).click();
  for (const day of ['2023-12-27', '2023-12-28', '2023-12-29']) {
    await page.getByLabel('Closure day', { exact: true }).fill(day);
    await page.getByRole('button', { name: 'Add closure day' }).click();
  }
  await expect(page.getByRole('list', { name: 'Closure days' })).toContainText('Friday 29 December 2023');
  await page.getByRole('button', { name: 'Save calendar settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Calendar settings saved.' })).toBeVisible();
  // Thu 4 January 2024: Wed 3, Tue 2, Fri 22, Thu 21, Wed 20 are the clear days, so Tue 19 December.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await expect(page.getByTestId('agenda-deadline')).toContainText('published by Tuesday 19 December 2023');

  // An officer decision from its form, then as Word (public).
  await page.getByRole('link', { name: 'Officer decisions' }).click();
  const form = page.getByRole('form', { name: 'Add officer decision' });
  await form.getByLabel('Kind of decision').selectOption('executive');
  await form.getByLabel('Reference').fill('ODR 2023/041');
  await form.getByLabel('Title').fill('Award of the school meals contract');
  await form.getByLabel('Decision taken').fill('To award the contract to Fresh Plates Ltd.');
  await form.getByLabel('Date of decision').fill('2023-04-17');
  await form.getByLabel('Officer who took it').selectOption({ label: 'Priya Natarajan, Director of Place' });
  await form.getByLabel('Reasons for the decision').fill('The most economically advantageous tender.');
  await form.getByLabel('Published on').fill('2023-04-19');
  await form.getByRole('button', { name: 'Add officer decision' }).click();
  const record = page.getByRole('listitem', { name: 'Officer decision: Award of the school meals contract' });
  await expect(record).toContainText('Executive decision taken on Monday 17 April 2023 by Priya Natarajan.');
  const download = page.waitForEvent('download');
  await record.getByRole('button', { name: 'Word (public): Award of the school meals contract' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Officer decision 2023-04-17 ODR 2023 041 (public).docx');
  const doc = await readDocx(readFileSync(await file.path()));
  expect(doc.text).toContain('To award the contract to Fresh Plates Ltd.');
  expect(doc.text).toContain('Priya Natarajan, Director of Place');
});

test('a committee’s nation and call-in period, set on its form, set its deadlines (the Welsh note marked published) and its call-in', async ({
  page,
}) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await page.getByRole('link', { name: 'New committee' }).click();
  await page.getByLabel('Committee name').fill('Cabinet (Wales)');
  await page.getByLabel('Kind').selectOption('cabinet');
  await page.getByLabel('Quorum').fill('3');
  await page
    .getByLabel('Nation (its law and bank holidays set the deadlines)')
    .selectOption({ label: 'Wales' });
  await page.getByLabel('Call-in period (working days)').fill('8');
  await page.getByRole('button', { name: 'Create committee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cabinet (Wales)' })).toBeVisible();
  await expect(page.getByText('Wales · call-in 8 working days')).toBeVisible();
  const committeeId = new URL(page.url()).hash.split('/')[2]!;
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId,
    date: '2022-06-08',
    startTime: '10:00',
  });

  // Wed 8 June 2022 in Wales: Tue 7, Mon 6, Wed 1 are the clear days (not the Jubilee, 2 and 3 June).
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await expect(page.getByTestId('agenda-deadline')).toContainText(
    'Agenda and reports must be published by Tuesday 31 May 2022 (3 clear days before the meeting',
  );
  await expect(page.getByTestId('welsh-note')).toContainText('is due by Thursday 16 June 2022');
  await page.getByLabel('Note published on').fill('2022-06-15');
  await page.getByRole('button', { name: 'Mark note published' }).click();
  await expect(page.getByTestId('welsh-note')).toHaveText(
    'Note published on Wednesday 15 June 2022; it was due by Thursday 16 June 2022.',
  );
  await page.getByRole('link', { name: 'Decision notices and call-in' }).click();
  await expect(
    page.getByText('Call-in runs for 8 working days after the day a notice is published'),
  ).toBeVisible();
});

// A parish council's confidential item, recorded on the item screen as exempt under the Public
// Bodies (Admission to Meetings) Act 1960: no Schedule 12A paragraph is asked for, and the agenda
// says what it is exempt under; back under Schedule 12A, the paragraph is asked for again.
import { expect, test } from '@playwright/test';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import { appReady, callApi } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

test('an item exempt under the 1960 Act is recorded without a paragraph', async ({ page }) => {
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await appReady(page);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Little Marton Parish Council',
    kind: 'full council',
    quorum: 3,
    defaultVenue: 'Village Hall',
    numberingScheme: '{n}/{yy}',
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-10-13',
    startTime: '19:30',
  });
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);

  await page.getByRole('button', { name: 'Add an item' }).click();
  const addItem = page.getByRole('form', { name: 'Add item' });
  await addItem.getByLabel('Title').fill('Clerk’s contract of employment');
  await addItem.getByLabel('Exempt (Part 2: not for publication)').check();
  await expect(addItem.getByLabel('Schedule 12A paragraph')).toHaveValue('3');
  await addItem.getByLabel('Exempt under').selectOption('1960 Act');
  await expect(addItem.getByLabel('Schedule 12A paragraph')).toHaveCount(0);
  await addItem.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('status')).toHaveText('Item 1 added: Clerk’s contract of employment.');
  await expect(page.locator('.agenda-item').first()).toContainText(
    'Exempt: not for publication (Public Bodies (Admission to Meetings) Act 1960: confidential business)',
  );
  const [item] = (await callApi<{ items: AgendaItem[] }>(page, 'meetings.get', { id: meeting.id })).items;
  expect(item).toMatchObject({ exempt: true, exemptBasis: '1960 Act', exemptParagraph: null });

  // Edited back to Schedule 12A: its paragraph is asked for, and kept.
  await page.getByRole('button', { name: 'Edit item 1' }).click();
  const edit = page.getByRole('form', { name: 'Save item' });
  await edit.getByLabel('Exempt under').selectOption('schedule 12A');
  await edit.getByLabel('Schedule 12A paragraph').selectOption('1');
  await edit.getByRole('button', { name: 'Save item' }).click();
  await expect(page.locator('.agenda-item').first()).toContainText(
    'Exempt: not for publication (Schedule 12A, paragraph 1)',
  );
});

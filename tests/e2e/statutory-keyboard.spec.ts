// Issue 18's screens by the keyboard alone (browser mode): dates typed into their fields, Enter in a
// field doing what that field is for, Tab reaching each button. The Christmas shutdown typed on the
// calendar screen, the agenda marked published, a late item's urgency reason, a key decision linked to
// its agenda item and the notice saved as Word, and a decision notice published, called in and saved
// as Word (today, as call-in runs from now).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addWorkingDays, calendarSettings, callInPeriod } from '../../shared/calendar';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import { formatLongDate } from '../../shared/format';
import { readDocx } from '../unit/docx';
import { callApi, nameCouncil, tabTo } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const england = calendarSettings('england');

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/**
 * Types a date into a date field from the keyboard. The field's parts come in the order of the
 * browser's own language (dd/mm/yyyy for an officer in the United Kingdom; mm/dd/yyyy in a Chromium
 * with only US English installed), so a first date typed tells which, then the real one is typed
 * from the first part.
 */
async function typeDate(page: Page, field: Locator, iso: string) {
  await tabTo(page, field);
  await page.keyboard.type('2003-02-01');
  const dayFirst = (await field.inputValue()) === '2003-02-01';
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(dayFirst ? `${day}${month}${year}` : `${month}${day}${year}`);
  await expect(field).toHaveValue(iso);
}

test('the calendar, a meeting’s deadlines, the forward plan and decision notices by keyboard alone', async ({
  page,
}) => {
  test.setTimeout(180_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await nameCouncil(page);
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 2,
    defaultVenue: '',
    numberingScheme: 'CAB{n}',
    nation: 'england',
    callInDays: 5,
  });
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: '2024-01-04',
    startTime: '14:00',
  });
  const item = await callApi<AgendaItem>(page, 'items.create', {
    meetingId: meeting.id,
    title: 'Local cycling plan',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await callApi<Decision>(page, 'decisions.create', {
    itemId: item.id,
    keyword: 'RESOLVED',
    preamble: 'That',
  });

  // The Christmas shutdown: each day typed and added with Enter, then saved from the keyboard.
  await page.evaluate(() => (window.location.hash = '#/calendar'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calendar and deadlines');
  for (const [typed, shown] of [
    ['2023-12-27', 'Wednesday 27 December 2023'],
    ['2023-12-28', 'Thursday 28 December 2023'],
    ['2023-12-29', 'Friday 29 December 2023'],
  ]) {
    await typeDate(page, page.getByLabel('Closure day', { exact: true }), typed!);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Closure days' })).toContainText(shown!);
    await expect(page.getByLabel('Closure day', { exact: true })).toHaveValue('');
  }
  await tabTo(page, page.getByRole('button', { name: 'Save calendar settings' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Calendar settings saved.' })).toBeVisible();

  // The meeting on Thu 4 January 2024: Wed 3, Tue 2, Fri 22, Thu 21, Wed 20 clear, so Tue 19 December.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await expect(page.getByTestId('agenda-deadline')).toContainText(
    'Agenda and reports must be published by Tuesday 19 December 2023',
  );
  await typeDate(page, page.getByLabel('Agenda published on'), '2023-12-19');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('agenda-published')).toHaveText(
    'Agenda published on Tuesday 19 December 2023, 5 clear days before the meeting.',
  );

  // A late item, added with Enter, its urgency reason typed and saved with Tab and Enter.
  await tabTo(page, page.getByRole('button', { name: 'Add an item' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('form', { name: 'Add item' }).getByLabel('Title'));
  await page.keyboard.type('Emergency repairs to the depot roof');
  await page.keyboard.press('Enter');
  const late = page.locator('.agenda-item', { hasText: 'Emergency repairs to the depot roof' });
  await expect(late.getByText('Late item: needs the chair’s urgency reason')).toBeVisible();
  await tabTo(page, page.getByLabel('Reason for urgency (item 2)'));
  await page.keyboard.type('the roof failed its inspection on 2 January');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save urgency of item 2' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(late.getByText('Late item: taken as urgent')).toBeVisible();

  // The forward plan: a key decision for the meeting, linked to its item, 19 clear days' notice.
  await page.evaluate((id) => (window.location.hash = `#/committees/${id}/forward-plan`), committee.id);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notice of key decisions: Cabinet');
  const add = page.getByRole('form', { name: 'Add key decision' });
  await tabTo(page, add.getByLabel('Matter'));
  await page.keyboard.type('Adoption of the local cycling plan');
  await typeDate(page, add.getByLabel('Date of decision'), '2024-01-04');
  const itemChoice = add.getByLabel('Agenda item at the meeting that day');
  await expect(itemChoice.getByRole('option', { name: '1. Local cycling plan' })).toBeAttached();
  await tabTo(page, itemChoice);
  await page.keyboard.press('ArrowDown');
  await expect(itemChoice).toHaveValue(item.id);
  await typeDate(page, add.getByLabel('First published in the notice on'), '2023-12-15');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('key-decision-warning')).toHaveText(
    'Published with 19 clear days’ notice; a key decision needs 28 (reg 9). Use the general exception (reg 10) or special urgency (reg 11).',
  );
  // The notice for January 2024 as Word, from its form with Enter.
  await typeDate(page, page.getByLabel('Decisions from'), '2024-01-01');
  await typeDate(page, page.getByLabel('Decisions to'), '2024-01-31');
  const planDownload = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const plan = await planDownload;
  expect(plan.suggestedFilename()).toBe('Cabinet key decisions 2024-01-01 to 2024-01-31.docx');
  const planText = (await readDocx(readFileSync(await plan.path()))).text;
  expect(planText).toContain('Adoption of the local cycling plan');
  expect(planText).toContain('First published in this notice');
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  await expect(
    page
      .locator('.agenda-item', { hasText: 'Local cycling plan' })
      .getByText('Key decision', { exact: true }),
  ).toBeVisible();

  // A decision notice of a meeting held two working days ago, published today with Enter, and called in.
  const executive = await callApi<Committee>(page, 'committees.create', {
    name: 'Executive',
    kind: 'cabinet',
    quorum: 2,
    defaultVenue: '',
    numberingScheme: 'EX{n}',
    nation: 'england',
    callInDays: 5,
  });
  const held = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: executive.id,
    date: addWorkingDays(today, -2, england),
    startTime: '10:00',
  });
  const heldItem = await callApi<AgendaItem>(page, 'items.create', {
    meetingId: held.id,
    title: 'Leisure centre fees',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  await callApi<Decision>(page, 'decisions.create', {
    itemId: heldItem.id,
    keyword: 'RESOLVED',
    preamble: 'That',
  });
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/notices`), held.id);
  const notice = page.getByRole('listitem', { name: 'Decision notice for minute EX1, decision 1' });
  await typeDate(page, notice.getByLabel('Notice published on (minute EX1, decision 1)'), today);
  await page.keyboard.press('Enter');
  const period = callInPeriod(today, 5, england);
  await expect(notice.getByTestId('notice-status')).toHaveText(
    `Call-in ends at 5.00 pm on ${formatLongDate(period.ends)}; effective from ${formatLongDate(period.effectiveFrom)} unless called in.`,
  );
  await tabTo(page, notice.getByLabel('Called in by (minute EX1, decision 1)'));
  await page.keyboard.type('Councillors Lee and Moss');
  await typeDate(page, notice.getByLabel('Called in on (minute EX1, decision 1)'), today);
  await page.keyboard.press('Enter');
  await expect(notice.getByTestId('notice-status')).toHaveText(
    `Called in by Councillors Lee and Moss on ${formatLongDate(today)}: not to be implemented until the call-in is decided.`,
  );
  await tabTo(page, notice.getByRole('button', { name: 'Word (public): minute EX1, decision 1' }));
  const noticeDownload = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const noticeText = (await readDocx(readFileSync(await (await noticeDownload).path()))).text;
  expect(noticeText).toContain('EX1. Leisure centre fees');
  expect(noticeText).toContain(`By Councillors Lee and Moss on ${formatLongDate(today)}. Outcome: pending.`);
});

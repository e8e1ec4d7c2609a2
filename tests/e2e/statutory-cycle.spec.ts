// Issue 18 end to end in browser mode: an executive meeting held two working days ago, its agenda
// marked published on time, a late item added with the chair's urgency reason (recorded in the
// exported minutes), decision notices published with their call-in deadline shown and a call-in
// recorded; a key decision entered in the forward plan 20 clear days before its date (warned); then
// the home screen's What is due lists each and links to where it is done. Dates are counted from
// today on the same calendar the app uses.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  addDays,
  addWorkingDays,
  agendaPublishBy,
  calendarSettings,
  callInPeriod,
  welshNoteDue,
} from '../../shared/calendar';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { formatLongDate } from '../../shared/format';
import { readDocx } from '../unit/docx';
import { callApi, nameCouncil } from './helpers';
import { newDataDir, serve, type ServeProcess } from './server';

let server: ServeProcess | undefined;
test.afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const england = calendarSettings('england');
const held = addWorkingDays(today, -2, england);
const future = addDays(today, 21);

async function setUp(page: Page) {
  const committee = await callApi<Committee>(page, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 2,
    defaultVenue: 'Council Chamber',
    numberingScheme: 'CAB{n}',
    nation: 'england',
    callInDays: 5,
  });
  for (const [name, role] of [
    ['Amara Okoye', 'chair'],
    ['Ruth Ellis', 'member'],
  ] as const) {
    const person = await callApi<Person>(page, 'people.create', {
      name,
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
    await callApi(page, 'memberships.add', { committeeId: committee.id, personId: person.id, role });
  }
  const meeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: held,
    startTime: '14:00',
  });
  const items: AgendaItem[] = [];
  for (const title of ['Revenue budget monitoring', 'Leisure centre fees', 'Parks strategy']) {
    const item = await callApi<AgendaItem>(page, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const decision = await callApi<Decision>(page, 'decisions.create', {
      itemId: item.id,
      keyword: 'RESOLVED',
      preamble: 'That',
    });
    await callApi(page, 'decisions.update', {
      id: decision.id,
      baseVersion: 1,
      reasons: `The reasons for ${title.toLowerCase()}.`,
      alternatives: 'Doing nothing was considered and rejected.',
      clauses: [
        {
          groupHeading: '',
          doc: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [{ type: 'text', text: `The ${title.toLowerCase()} report be approved.` }],
              },
            ],
          },
        },
      ],
    });
    items.push(item);
  }
  await callApi(page, 'actions.create', {
    itemId: items[0]!.id,
    text: 'Report the virements to Council',
    dueOn: addDays(today, -3),
  });
  const next = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: committee.id,
    date: future,
    startTime: '14:00',
  });
  const welsh = await callApi<Committee>(page, 'committees.create', {
    name: 'Pwyllgor Craffu',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
    nation: 'wales',
  });
  const welshMeeting = await callApi<Meeting>(page, 'meetings.create', {
    committeeId: welsh.id,
    date: addDays(today, -1),
    startTime: '10:00',
  });
  return { committee, meeting, items, next, welshMeeting };
}

test('an executive meeting through the statutory cycle, and What is due linking to each step', async ({
  page,
}) => {
  test.setTimeout(180_000);
  server = await serve(newDataDir());
  await page.goto(server.launchUrl);
  await nameCouncil(page);
  const { committee, meeting, items, next, welshMeeting } = await setUp(page);

  // The meeting's deadlines: the agenda marked published on the last day it could be.
  await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting.id);
  const publishBy = agendaPublishBy(held, england);
  await expect(page.getByTestId('agenda-deadline')).toContainText(
    `Agenda and reports must be published by ${formatLongDate(publishBy)} (5 clear days before the meeting`,
  );
  await page.getByLabel('Agenda published on').fill(publishBy);
  await page.getByRole('button', { name: 'Mark agenda published' }).click();
  await expect(page.getByTestId('agenda-published')).toHaveText(
    `Agenda published on ${formatLongDate(publishBy)}, 5 clear days before the meeting.`,
  );

  // A late item, added after the agenda went out: flagged, and given the chair's urgency reason.
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page
    .getByRole('form', { name: 'Add item' })
    .getByLabel('Title')
    .fill('Emergency repairs to the leisure centre roof');
  await page.getByRole('button', { name: 'Add item' }).click();
  const row = page.locator('.agenda-item', { hasText: 'Emergency repairs to the leisure centre roof' });
  await expect(row.getByText('Late item: needs the chair’s urgency reason')).toBeVisible();
  const reason =
    'the roof failed its safety inspection and the contractor must start before the school holidays';
  await page.getByLabel('Reason for urgency (item 4)').fill(reason);
  await page.getByRole('button', { name: 'Save urgency of item 4' }).click();
  await expect(page.getByTestId('late-item')).toContainText('The urgency reason is recorded.');
  await expect(row.getByText('Late item: taken as urgent')).toBeVisible();

  // The exported minutes record it in the house wording.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Minutes (public)', exact: true }).click();
  const minutes = await readDocx(readFileSync(await (await download).path()));
  expect(minutes.text).toContain(
    `The Chair agreed that this item, which had not been available for public inspection for five clear days before the meeting, be considered as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972 by reason of the following special circumstances: ${reason}.`,
  );

  // Decision notices: one published (its call-in deadline shown), one published and called in.
  await page.getByRole('link', { name: 'Decision notices and call-in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Decision notices: Cabinet, ${formatLongDate(held)}`,
  );
  const period = callInPeriod(today, 5, england);
  const first = page.getByRole('listitem', { name: 'Decision notice for minute CAB1, decision 1' });
  await first.getByRole('button', { name: 'Publish notice' }).click();
  await expect(first.getByTestId('notice-status')).toHaveText(
    `Call-in ends at 5.00 pm on ${formatLongDate(period.ends)}; effective from ${formatLongDate(period.effectiveFrom)} unless called in.`,
  );
  const second = page.getByRole('listitem', { name: 'Decision notice for minute CAB2, decision 1' });
  await second.getByRole('button', { name: 'Publish notice' }).click();
  await expect(second.getByTestId('notice-status')).toContainText('Call-in ends at 5.00 pm');
  await second.getByLabel('Called in by (minute CAB2, decision 1)').fill('Councillors Lee and Moss');
  await second.getByRole('button', { name: 'Record call-in' }).click();
  await expect(second.getByTestId('notice-status')).toHaveText(
    `Called in by Councillors Lee and Moss on ${formatLongDate(today)}: not to be implemented until the call-in is decided.`,
  );

  // The forward plan: a key decision for the meeting 21 days away, entered today: 20 clear days, warned.
  await page.evaluate((id) => (window.location.hash = `#/committees/${id}`), committee.id);
  await page.getByRole('link', { name: 'Notice of key decisions (forward plan)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notice of key decisions: Cabinet');
  const add = page.getByRole('form', { name: 'Add key decision' });
  await add.getByLabel('Matter').fill('Adoption of the local cycling plan');
  await add.getByLabel('Date of decision').fill(future);
  await add.getByLabel('First published in the notice on').fill(today);
  await add.getByRole('button', { name: 'Add key decision' }).click();
  await expect(page.getByTestId('key-decision-warning')).toHaveText(
    'Published with 20 clear days’ notice; a key decision needs 28 (reg 9). Use the general exception (reg 10) or special urgency (reg 11).',
  );

  // What is due: each listed, each a link to where it is done.
  await page.getByRole('link', { name: 'Minutebook', exact: true }).click();
  const due = page.getByRole('region', { name: 'What is due' });
  const section = (heading: RegExp) => due.getByRole('region', { name: heading });
  await expect(section(/^Agendas to publish \(1\)/)).toContainText(
    `Publish the agenda and reports by ${formatLongDate(agendaPublishBy(future, england))}`,
  );
  await expect(section(/^Decision notices to publish \(1\)/)).toContainText(
    'One decision has no published decision notice.',
  );
  await expect(section(/^Call-in periods ending \(1\)/)).toContainText(
    `Call-in ends at 5.00 pm on ${formatLongDate(period.ends)}`,
  );
  await expect(section(/^Key decisions short of 28 clear days’ notice \(1\)/)).toContainText(
    'Published with 20 clear days’ notice',
  );
  await expect(section(/^Notes of meetings due/)).toContainText(
    `Publish the note of the meeting by ${formatLongDate(welshNoteDue(addDays(today, -1), calendarSettings('wales')))}`,
  );
  await expect(section(/^Minutes not yet drafted/)).toContainText(`Cabinet, ${formatLongDate(held)}`);
  await expect(section(/^Actions overdue \(1\)/)).toContainText('Report the virements to Council');

  const follow = async (heading: RegExp, link: string | RegExp, lands: string | RegExp) => {
    await section(heading).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lands);
    await page.getByRole('link', { name: 'Minutebook', exact: true }).click();
    await expect(due.getByRole('heading', { name: 'What is due' })).toBeVisible();
  };
  await follow(
    /^Agendas to publish/,
    `Cabinet, ${formatLongDate(future)}`,
    `Cabinet: ${formatLongDate(future)}`,
  );
  await follow(
    /^Decision notices to publish/,
    `Cabinet, ${formatLongDate(held)}`,
    `Decision notices: Cabinet, ${formatLongDate(held)}`,
  );
  await follow(
    /^Call-in periods ending/,
    /item 1, Revenue budget monitoring/,
    `Decision notices: Cabinet, ${formatLongDate(held)}`,
  );
  await follow(
    /^Key decisions short/,
    /Adoption of the local cycling plan/,
    'Notice of key decisions: Cabinet',
  );
  await follow(
    /^Notes of meetings due/,
    /Pwyllgor Craffu/,
    `Pwyllgor Craffu: ${formatLongDate(welshMeeting.date)}`,
  );
  await follow(
    /^Minutes not yet drafted/,
    `Cabinet, ${formatLongDate(held)}`,
    `Cabinet: ${formatLongDate(held)}`,
  );
  await section(/^Actions overdue/)
    .getByRole('link', { name: 'Report the virements to Council' })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/items/${items[0]!.id}$`));
  expect(next.date).toBe(future);
});

// "What is due" across every committee as at Tuesday 18 April 2023, through the router on a real
// SQLite file: each kind listed with its deadline counted by hand, and a link to where it is done.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Committee, Meeting } from '../../shared/domain';
import type { DueList, KeyDecision } from '../../shared/statutory';
import { ok, tempCore } from './helpers';
import { executiveMeeting } from './statutoryFixture';

describe('what is due', () => {
  it('lists agendas, decision notices, call-ins, key decisions, Welsh notes, minutes and actions, each with its link', async () => {
    const core = tempCore();
    const cabinet = await executiveMeeting(core);
    // The meeting of Thu 13 April: one notice published that day (call-in to Thu 20 April), one not.
    await ok(core, 'decisionNotices.save', {
      decisionId: cabinet.budgetDecision.id,
      publishedOn: '2023-04-13',
    });
    // A meeting to come, Thu 4 May: 5 clear days are Wed 3, Tue 2, Fri 28, Thu 27, Wed 26 (not Mon 1 May).
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: cabinet.committee.id,
      date: '2023-05-04',
      startTime: '14:00',
    });
    // A key decision for it published on Tue 18 April: 15 clear days (19–30 April, 1–3 May).
    await ok<KeyDecision>(core, 'keyDecisions.create', {
      committeeId: cabinet.committee.id,
      matter: 'Adoption of the local cycling plan',
      decisionDate: '2023-05-04',
      noticePublishedOn: '2023-04-18',
    });
    // A Welsh council's meeting on Mon 17 April: its note within 7 working days, Mon 17 … Fri 21, Mon 24, Tue 25.
    const welsh = await ok<Committee>(core, 'committees.create', {
      name: 'Pwyllgor Craffu',
      kind: 'scrutiny',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
      nation: 'wales',
    });
    const welshMeeting = await ok<Meeting>(core, 'meetings.create', {
      committeeId: welsh.id,
      date: '2023-04-17',
      startTime: '10:00',
    });
    await ok(core, 'meetings.update', { id: welshMeeting.id, status: 'minutes drafted' });
    // An action overdue since Fri 14 April, and one done.
    await ok(core, 'actions.create', {
      itemId: cabinet.budget.id,
      text: 'Report the virements to Council',
      dueOn: '2023-04-14',
      ownerId: cabinet.officer.id,
    });
    const done = await ok<{ id: string; version: number }>(core, 'actions.create', {
      itemId: cabinet.budget.id,
      text: 'Done already',
      dueOn: '2023-04-01',
    });
    await ok(core, 'actions.update', { id: done.id, baseVersion: done.version, status: 'done' });
    // An officer decision not yet published.
    await ok(core, 'officerDecisions.create', {
      kind: 'delegated',
      title: 'Closure of Mill Lane for resurfacing',
      decidedOn: '2023-04-17',
    });
    // Out of the windows: a meeting last year never drafted, a meeting in September.
    await ok<Meeting>(core, 'meetings.create', {
      committeeId: cabinet.committee.id,
      date: '2022-06-01',
      startTime: '14:00',
    });
    await ok<Meeting>(core, 'meetings.create', {
      committeeId: cabinet.committee.id,
      date: '2023-09-14',
      startTime: '14:00',
    });

    const due = await ok<DueList>(core, 'due.list', { today: '2023-04-18' });
    expect(due.today).toBe('2023-04-18');
    const shown = (kind: keyof DueList['entries']) =>
      due.entries[kind].map(({ title, detail, link }) => ({ title, detail, link }));
    expect(shown('agendas')).toEqual([
      {
        title: 'Cabinet, Thursday 4 May 2023',
        detail: 'Publish the agenda and reports by Tuesday 25 April 2023 (7 days left).',
        link: { screen: 'meeting', id: next.id },
      },
    ]);
    expect(shown('decision notices')).toEqual([
      {
        title: 'Cabinet, Thursday 13 April 2023',
        detail: 'One decision has no published decision notice.',
        link: { screen: 'notices', id: cabinet.meeting.id },
      },
      {
        title: 'Officer decision: Closure of Mill Lane for resurfacing',
        detail: 'Delegated decision taken on Monday 17 April 2023, not yet published.',
        link: { screen: 'officer-decisions' },
      },
    ]);
    expect(shown('call-ins')).toEqual([
      {
        title: 'Cabinet, Thursday 13 April 2023: item 1, Revenue budget monitoring (decision 1)',
        detail:
          'Call-in ends at 5.00 pm on Thursday 20 April 2023; effective from Friday 21 April 2023 unless called in. (2 days left)',
        link: { screen: 'notices', id: cabinet.meeting.id },
      },
    ]);
    expect(shown('key decisions')).toEqual([
      {
        title: 'Cabinet: Adoption of the local cycling plan (to be decided Thursday 4 May 2023)',
        detail:
          'Published with 15 clear days’ notice; a key decision needs 28 (reg 9). Use the general exception (reg 10) or special urgency (reg 11).',
        link: { screen: 'forward-plan', id: cabinet.committee.id },
      },
    ]);
    expect(shown('welsh notes')).toEqual([
      {
        title: 'Pwyllgor Craffu, Monday 17 April 2023',
        detail: 'Publish the note of the meeting by Tuesday 25 April 2023 (7 days left).',
        link: { screen: 'meeting', id: welshMeeting.id },
      },
    ]);
    expect(shown('minutes')).toEqual([
      {
        title: 'Cabinet, Thursday 13 April 2023',
        detail: 'Held 5 days ago; still marked “draft”.',
        link: { screen: 'meeting', id: cabinet.meeting.id },
      },
    ]);
    expect(shown('actions')).toEqual([
      {
        title: 'Report the virements to Council',
        detail: 'Due Friday 14 April 2023 (4 days overdue); Sam Patel.',
        link: { screen: 'item', id: cabinet.budget.id },
      },
    ]);
    expect(due.entries.actions[0]).toMatchObject({ due: '2023-04-14', daysLeft: -4 });
    expect(Object.values(due.more).every((n) => n === 0)).toBe(true);

    // Publishing the agenda, the notice and the note takes them off the list.
    await ok(core, 'publication.publishAgenda', { meetingId: next.id, publishedOn: '2023-04-18' });
    await ok(core, 'decisionNotices.save', {
      decisionId: cabinet.depotDecision.id,
      publishedOn: '2023-04-18',
    });
    await ok(core, 'publication.publishNote', { meetingId: welshMeeting.id, publishedOn: '2023-04-18' });
    const after = await ok<DueList>(core, 'due.list', { today: '2023-04-18' });
    expect(after.entries.agendas).toEqual([]);
    expect(after.entries['welsh notes']).toEqual([]);
    expect(after.entries['decision notices'].map((entry) => entry.title)).toEqual([
      'Officer decision: Closure of Mill Lane for resurfacing',
    ]);
    expect(after.entries['call-ins']).toHaveLength(2);
  });

  it('counts overdue actions past the first hundred rather than listing them', async () => {
    const core = tempCore();
    const { budget } = await executiveMeeting(core);
    const insert = core.db.prepare(
      `INSERT INTO actions (id, item_id, position, text, due_on, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2023-01-10', 'open', '', '')`,
    );
    core.db.transaction(() => {
      for (let n = 1; n <= 130; n += 1) insert.run(randomUUID(), budget.id, n, `Action ${n}`);
    })();
    const due = await ok<DueList>(core, 'due.list', { today: '2023-04-18' });
    expect(due.entries.actions).toHaveLength(100);
    expect(due.more.actions).toBe(30);
  });
});

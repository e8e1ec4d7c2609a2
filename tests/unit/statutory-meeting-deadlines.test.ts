// The statutory cycle on a meeting (issue 18), through the router on real SQLite files: the
// committee's nation and call-in period, the council's calendar, when the agenda must be published,
// marking it published, late items and the chair's urgency reason, which the minutes record and the
// approved record keeps.
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Committee, Meeting, MeetingDetail } from '../../shared/domain';
import type { MeetingDeadlines } from '../../shared/statutory';
import { exported } from './exported';
import { SLOW, ok, tempCore } from './helpers';
import { executiveMeeting, exemptSecrets } from './statutoryFixture';

const addItem = (core: ReturnType<typeof tempCore>, meetingId: string, title: string, exempt = false) =>
  ok<AgendaItem>(core, 'items.create', {
    meetingId,
    title,
    purpose: '',
    leadOfficerId: null,
    exempt,
    exemptParagraph: exempt ? 3 : null,
  });

describe('committee and council calendar settings', () => {
  it('a committee carries its nation and call-in period; the council its closure days and clear-day rule', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Cabinet',
      kind: 'cabinet',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    expect(committee).toMatchObject({ nation: 'england', callInDays: 5 });
    expect(
      await ok(core, 'committees.update', { id: committee.id, nation: 'scotland', callInDays: 8 }),
    ).toMatchObject({
      nation: 'scotland',
      callInDays: 8,
    });
    const refused = await core.router.call('committees.update', { id: committee.id, nation: 'cornwall' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const bad = await core.router.call('committees.update', { id: committee.id, callInDays: 0 });
    expect(bad).toMatchObject({
      ok: false,
      error: { message: 'The call-in period must be at least 1 working day.' },
    });

    expect(await ok(core, 'calendar.get', {})).toEqual({
      calendar: { closureDays: [], clearDaysExcludeNonWorkingDays: true },
      version: 0,
    });
    const saved = await ok<{ version: number }>(core, 'calendar.save', {
      calendar: {
        closureDays: ['2023-12-29', '2023-12-27', '2023-12-28', '2023-12-27'],
        clearDaysExcludeNonWorkingDays: true,
      },
      baseVersion: 0,
    });
    expect(saved).toEqual({
      calendar: {
        closureDays: ['2023-12-27', '2023-12-28', '2023-12-29'],
        clearDaysExcludeNonWorkingDays: true,
      },
      version: 1,
    });
    const stale = await core.router.call('calendar.save', {
      calendar: { closureDays: [], clearDaysExcludeNonWorkingDays: false },
      baseVersion: 0,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const outOfRange = await core.router.call('calendar.save', {
      calendar: { closureDays: ['2099-01-01'], clearDaysExcludeNonWorkingDays: true },
      baseVersion: 1,
    });
    expect(outOfRange).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('2000 and 2070') },
    });
  });

  it('closure days move the agenda deadline: Christmas shutdown 27–29 December 2023, meeting Thu 4 January 2024, publish by Tue 19 December (Wed 3, Tue 2, Fri 22, Thu 21, Wed 20)', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core, { date: '2024-01-04' });
    const before = await ok<MeetingDeadlines>(core, 'publication.get', { meetingId: meeting.id });
    expect(before.agendaPublishBy).toBe('2023-12-22');
    await ok(core, 'calendar.save', {
      calendar: {
        closureDays: ['2023-12-27', '2023-12-28', '2023-12-29'],
        clearDaysExcludeNonWorkingDays: true,
      },
      baseVersion: 0,
    });
    const after = await ok<MeetingDeadlines>(core, 'publication.get', { meetingId: meeting.id });
    expect(after.agendaPublishBy).toBe('2023-12-19');
  });

  it('a constitution counting every day: meeting Wed 14 June 2023, publish by Thu 8 June (Tue 13, Mon 12, Sun 11, Sat 10, Fri 9), not Tue 6 June', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core, { date: '2023-06-14' });
    const before = await ok<MeetingDeadlines>(core, 'publication.get', { meetingId: meeting.id });
    expect(before.agendaPublishBy).toBe('2023-06-06');
    await ok(core, 'calendar.save', {
      calendar: { closureDays: [], clearDaysExcludeNonWorkingDays: false },
      baseVersion: 0,
    });
    const after = await ok<MeetingDeadlines>(core, 'publication.get', { meetingId: meeting.id });
    expect(after.agendaPublishBy).toBe('2023-06-08');
  });
});

describe('agenda publication and late items', () => {
  it('England, meeting Thu 13 April 2023: publish by Mon 3 April (Wed 12, Tue 11, Thu 6, Wed 5, Tue 4; not Easter)', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core);
    const deadlines = await ok<MeetingDeadlines & { keyDecisionItems: string[] }>(core, 'publication.get', {
      meetingId: meeting.id,
    });
    expect(deadlines).toMatchObject({
      date: '2023-04-13',
      nation: 'england',
      clearDays: 5,
      agendaPublishBy: '2023-04-03',
      agendaPublishedOn: null,
      agendaLate: false,
      welshNote: null,
      problem: null,
      keyDecisionItems: [],
    });
    // Until the agenda is published nothing is late.
    expect(deadlines.items.map((item) => item.late)).toEqual([false, false]);
  });

  it('Wales, meeting Wed 8 June 2022: agenda by Tue 31 May (3 clear days), note of the meeting by Thu 16 June', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core, { date: '2022-06-08', nation: 'wales' });
    const deadlines = await ok<MeetingDeadlines>(core, 'publication.get', { meetingId: meeting.id });
    expect(deadlines).toMatchObject({
      clearDays: 3,
      agendaPublishBy: '2022-05-31',
      welshNote: { due: '2022-06-16', publishedOn: null },
    });
    const noted = await ok<MeetingDeadlines>(core, 'publication.publishNote', {
      meetingId: meeting.id,
      publishedOn: '2022-06-14',
    });
    expect(noted.welshNote).toEqual({ due: '2022-06-16', publishedOn: '2022-06-14' });
    const early = await core.router.call('publication.publishNote', {
      meetingId: meeting.id,
      publishedOn: '2022-06-01',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('an agenda published on time, then an item added: the new item alone is late, and its urgency reason is recorded', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core);
    const published = await ok<MeetingDeadlines>(core, 'publication.publishAgenda', {
      meetingId: meeting.id,
      publishedOn: '2023-04-03',
    });
    expect(published).toMatchObject({
      agendaPublishedOn: '2023-04-03',
      agendaClearDays: 5,
      agendaLate: false,
    });
    expect((await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id })).meeting.status).toBe(
      'agenda published',
    );
    const late = await addItem(core, meeting.id, 'Emergency repairs to the leisure centre roof');
    let deadlines = await ok<MeetingDeadlines>(core, 'publication.get', { meetingId: meeting.id });
    expect(deadlines.items.map((item) => [item.title, item.late])).toEqual([
      ['Revenue budget monitoring', false],
      ['Sale of the Mill Lane depot', false],
      ['Emergency repairs to the leisure centre roof', true],
    ]);
    expect(deadlines.items[2]).toMatchObject({
      addedAfterPublication: true,
      publishedOn: null,
      clearDays: 0,
      urgencyReason: '',
    });
    // A supplementary agenda on Tue 11 April gives one clear day (Wed 12): still late.
    deadlines = await ok<MeetingDeadlines>(core, 'publication.setItem', {
      itemId: late.id,
      publishedOn: '2023-04-11',
      urgencyReason: 'The roof failed its inspection on 6 April and the contractor must start on 17 April.',
    });
    expect(deadlines.items[2]).toMatchObject({ publishedOn: '2023-04-11', clearDays: 1, late: true });
    // Had it gone out on Mon 3 April with the rest, it would not have been late.
    const timely = await ok<MeetingDeadlines>(core, 'publication.setItem', {
      itemId: late.id,
      publishedOn: '2023-04-03',
    });
    expect(timely.items[2]).toMatchObject({ clearDays: 5, late: false });
    await ok(core, 'publication.setItem', { itemId: late.id, publishedOn: null });
  });

  it('an agenda published late makes every item late: published Wed 5 April for Thu 13 April gives 3 clear days (Wed 12, Tue 11, Thu 6; not Good Friday or Easter Monday)', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core);
    const deadlines = await ok<MeetingDeadlines>(core, 'publication.publishAgenda', {
      meetingId: meeting.id,
      publishedOn: '2023-04-05',
    });
    expect(deadlines).toMatchObject({ agendaClearDays: 3, agendaLate: true });
    expect(deadlines.items.every((item) => item.late)).toBe(true);
    const after = await core.router.call('publication.publishAgenda', {
      meetingId: meeting.id,
      publishedOn: '2023-04-14',
    });
    expect(after).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('publishing the agenda again takes in the items added meanwhile', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core, { date: '2023-05-31' });
    await ok(core, 'publication.publishAgenda', { meetingId: meeting.id, publishedOn: '2023-05-19' });
    await addItem(core, meeting.id, 'Late report');
    expect(
      (await ok<MeetingDeadlines>(core, 'publication.get', { meetingId: meeting.id })).items[2]!.late,
    ).toBe(true);
    const republished = await ok<MeetingDeadlines>(core, 'publication.publishAgenda', {
      meetingId: meeting.id,
      publishedOn: '2023-05-22',
    });
    expect(republished.items.map((item) => item.late)).toEqual([false, false, false]);
  });
});

describe('the urgency reason in the minutes and the approved record', SLOW, () => {
  it('the exported minutes give the chair’s reason in the house wording; the public edition of an exempt late item does not', async () => {
    const core = tempCore();
    const { meeting } = await executiveMeeting(core);
    await ok(core, 'publication.publishAgenda', { meetingId: meeting.id, publishedOn: '2023-04-03' });
    const roof = await addItem(core, meeting.id, 'Emergency repairs to the leisure centre roof');
    const land = await addItem(core, meeting.id, 'Urgent land acquisition', true);
    await ok(core, 'publication.setItem', {
      itemId: roof.id,
      urgencyReason: 'the roof failed its inspection on 6 April and the contractor must start on 17 April.',
    });
    await ok(core, 'publication.setItem', { itemId: land.id, urgencyReason: exemptSecrets.urgency });
    const wording =
      'The Chair agreed that this item, which had not been available for public inspection for five clear days before the meeting, be considered as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972 by reason of the following special circumstances: the roof failed its inspection on 6 April and the contractor must start on 17 April.';
    const confidential = await exported(core, {
      meetingId: meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    expect(confidential.doc.text).toContain(wording);
    expect(confidential.doc.text).toContain(exemptSecrets.urgency.replace(/\.$/, ''));
    const publicMinutes = await exported(core, { meetingId: meeting.id, kind: 'minutes', edition: 'public' });
    expect(publicMinutes.doc.text).toContain(wording);
    expect(publicMinutes.doc.text).not.toContain('The buyer’s offer lapses');
    expect(publicMinutes.doc.text).toContain(
      'the special circumstances are recorded in the confidential minutes.',
    );
    // Items on time carry no such paragraph.
    expect(confidential.doc.text.match(/The Chair agreed that this item/g)).toHaveLength(2);
  });

  it('once the minutes are approved the urgency reason and the agenda’s day are fixed, and the approved version keeps them', async () => {
    const core = tempCore();
    const { meeting, committee } = await executiveMeeting(core);
    await ok(core, 'publication.publishAgenda', { meetingId: meeting.id, publishedOn: '2023-04-03' });
    const roof = await addItem(core, meeting.id, 'Emergency repairs to the leisure centre roof');
    await ok(core, 'publication.setItem', {
      itemId: roof.id,
      urgencyReason: 'the contractor must start on 17 April',
    });
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committee.id,
      date: '2023-05-11',
      startTime: '14:00',
    });
    await ok(core, 'meetings.approve', { id: meeting.id, approvedByMeetingId: next.id });
    const refused = await core.router.call('publication.setItem', {
      itemId: roof.id,
      urgencyReason: 'something else',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'approved' } });
    const moved = await core.router.call('publication.publishAgenda', {
      meetingId: meeting.id,
      publishedOn: '2023-04-04',
    });
    expect(moved).toMatchObject({ ok: false, error: { code: 'approved' } });
    // Straight to the database: the triggers refuse too.
    expect(() => core.db.prepare("UPDATE item_publication SET urgency_reason = 'x'").run()).toThrow(
      'approved record',
    );
    expect(() => core.db.prepare('DELETE FROM item_publication').run()).toThrow('approved record');
    // Reopened and changed, the approved version still says what was approved.
    await ok(core, 'meetings.reopen', { id: meeting.id, reason: 'Correcting the urgency wording' });
    await ok(core, 'publication.setItem', { itemId: roof.id, urgencyReason: 'the roof is unsafe' });
    const approved = await exported(core, { meetingId: meeting.id, kind: 'minutes', edition: 'public' });
    expect(approved.doc.text).toContain('special circumstances: the contractor must start on 17 April.');
    const current = await exported(core, {
      meetingId: meeting.id,
      kind: 'minutes',
      edition: 'public',
      version: 'current',
    } as never);
    expect(current.doc.text).toContain('special circumstances: the roof is unsafe.');
    // The audit trail has the change after the meeting.
    const trail = await ok<{ subject: string; after: string | null }[]>(core, 'audit.list', {
      meetingId: meeting.id,
    });
    expect(JSON.stringify(trail)).toContain('Reason for urgency: the roof is unsafe');
  });
});

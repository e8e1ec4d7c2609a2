// The sample council shows what Minutebook produces before anything is typed: its own name on its
// documents, a finished meeting whose minutes hold every part of a real set, and one being prepared,
// dated from the day it is loaded so that past stays past and future stays future.
import { describe, expect, it } from 'vitest';
import { sampleDates } from '../../electron/store/sample/dates';
import type { AuditEntry, Meeting, MeetingDetail } from '../../shared/domain';
import type { HouseStyle } from '../../shared/houseStyle';
import { allXml, expectInOrder, exported } from './exported';
import { SLOW, ok, tempCore } from './helpers';

const isoToday = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('the sample council', () => {
  it('dates its meetings from today: two well past, four weeks apart, and one three weeks ahead, all Tuesdays', () => {
    for (const today of ['2026-01-01', '2026-03-17', '2026-04-30', '2027-02-28', '2030-12-31']) {
      const dates = sampleDates(new Date(`${today}T12:00:00`));
      expect(daysBetween(dates.following, today)).toBeGreaterThanOrEqual(14);
      expect(daysBetween(dates.worked, dates.following)).toBe(28);
      expect(daysBetween(today, dates.upcoming)).toBeGreaterThanOrEqual(21);
      for (const date of [dates.before, dates.worked, dates.following, dates.upcoming]) {
        expect(weekday(date)).toBe(2);
      }
    }
  });

  it('sets its own name as the council’s, and keeps a name the officer has already given', async () => {
    const core = tempCore();
    await ok(core, 'sample.load', {});
    const { style } = await ok<{ style: HouseStyle }>(core, 'houseStyle.get', {});
    expect(style.councilName).toBe('Fernley Vale District Council');

    const other = tempCore();
    const before = await ok<{ style: HouseStyle; version: number }>(other, 'houseStyle.get', {});
    await ok(other, 'houseStyle.save', {
      style: { ...before.style, councilName: 'Borsetshire County Council' },
      baseVersion: before.version,
    });
    await ok(other, 'sample.load', {});
    const kept = await ok<{ style: HouseStyle }>(other, 'houseStyle.get', {});
    expect(kept.style.councilName).toBe('Borsetshire County Council');
  });

  it('holds a finished meeting approved at the next, and one being prepared with its agenda', async () => {
    const core = tempCore();
    const sample = await ok<{ committeeId: string; meetingId: string; workedMeetingId: string }>(
      core,
      'sample.load',
      {},
    );
    const worked = await ok<MeetingDetail>(core, 'meetings.get', { id: sample.workedMeetingId });
    const upcoming = await ok<MeetingDetail>(core, 'meetings.get', { id: sample.meetingId });
    const all = await ok<Meeting[]>(core, 'meetings.list', { committeeId: sample.committeeId });
    expect(all.map((m) => m.id)).toEqual([
      sample.workedMeetingId,
      worked.approvals[0]!.approvedByMeetingId,
      sample.meetingId,
    ]);
    expect(worked.meeting.status).toBe('minutes approved');
    expect(worked.meeting.date < isoToday()).toBe(true);
    expect(all[1]!.date < isoToday()).toBe(true);
    expect(upcoming.meeting.date > isoToday()).toBe(true);
    expect(upcoming.items.map((item) => item.title)).toContain(
      'Branch library opening hours: outcome of consultation',
    );
    expect(upcoming.items.filter((item) => item.exempt)).toHaveLength(1);
    const trail = await ok<AuditEntry[]>(core, 'audit.list', { meetingId: sample.workedMeetingId });
    expect(trail.map((entry) => entry.change)).toEqual(['approved']);
  });

  it(
    'exports minutes holding every part of a real set, and keeps the exempt item out of the public ones',
    SLOW,
    async () => {
      const core = tempCore();
      const { workedMeetingId: meetingId } = await ok<{ workedMeetingId: string }>(core, 'sample.load', {});
      const confidential = await exported(core, { meetingId, kind: 'minutes', edition: 'confidential' });
      const text = confidential.doc.text;
      expect(text.trimStart().startsWith('Fernley Vale District Council')).toBe(true);
      expectInOrder(text, [
        'Present: Councillor Harriet Okafor (Chair), Councillor Dominic Pryce (Vice-Chair)',
        'Apologies for absence were received from Councillors Morwenna Achterberg and Gareth Lowther.',
        'Councillor Imogen Thwaite attended as a substitute for Councillor Morwenna Achterberg.',
        'Officers in attendance: Elspeth Marlow (Director of Communities)',
        'Also in attendance: Mr Colin Arkwright (public speaker).',
        'Councillor Tobias Whitcombe arrived at 6.50 pm during minute',
        'Councillor Aisling Brennan declared an other registrable interest in minute',
        'withdrew from the room for the item',
        'be approved as a correct record and signed by the Chair.',
        'Branch library opening hours: proposals for consultation',
        'Presented by Nathaniel Kissoon (Head of Libraries and Culture).',
        'Marsh Lane is the only place on the estate',
        'visits to the branch libraries had risen by 11 per cent in two years;',
        'Moved by Councillor Dominic Pryce and seconded by Councillor Priya Ramasamy.',
        'Consultation',
        'a public consultation on Option B',
        'Reporting back',
        'the outcome of the consultation be reported to this Committee',
        'A recorded vote was taken',
        'Open the eight-week consultation on Option B',
        'Information update from the Head of Libraries and Culture after the meeting',
        '412 questionnaires had been returned',
        'Community grants scheme: awards for next year',
        'Leisure centre operator contract: procurement route',
        'the guaranteed annual payment to the council',
        'Signed',
      ]);
      // Quotations and lists are Word's own, not typed-in characters.
      expect(confidential.doc.html).toContain('<ul>');
      // Approved at the next meeting: no draft marking anywhere, headers included.
      expect(allXml(confidential.doc)).not.toContain('DRAFT');

      const publicText = (await exported(core, { meetingId, kind: 'minutes', edition: 'public' })).doc.text;
      expect(publicText).toContain('Leisure centre operator contract: procurement route');
      expect(publicText).toContain('procured as set out in the exempt report');
      expect(publicText).not.toContain('guaranteed annual payment');
      expect(publicText).not.toContain('market day');
    },
  );
});

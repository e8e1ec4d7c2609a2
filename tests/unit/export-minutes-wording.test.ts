// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout.
// Here: the minutes worded as published minutes word them (issue 17): qualifiers, the resolution
// excluding the public, declarations at the item, the time the meeting ended.
import { describe, expect, it } from 'vitest';
import type { AttendanceDetail } from '../../shared/attendance';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Meeting, MeetingDetail } from '../../shared/domain';
import type { HouseStyle } from '../../shared/houseStyle';
import { doc, fullMeeting } from './exportFixture';
import { itemFixture, ok, SLOW, tempCore } from './helpers';
import { exported, expectInOrder } from './exported';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** mammoth's text as paragraphs, blank lines dropped. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe('the minutes say it as published minutes do', () => {
  it('bracket a qualifier such as “unanimously”, and let “by a majority” read on', async () => {
    const { core, item } = await itemFixture(tempCore());
    const decide = async (qualifier: string, clauses: string[], preamble = 'that') => {
      const decision = await ok<Decision>(core, 'decisions.create', {
        itemId: item.id,
        keyword: 'RESOLVED',
        qualifier,
        preamble,
      });
      await ok(core, 'decisions.update', {
        id: decision.id,
        baseVersion: 1,
        clauses: clauses.map((text) => ({ groupHeading: '', doc: doc(p(text)) })),
      });
    };
    await decide('unanimously', ['The report be noted.', 'A letter be sent.']);
    await decide('by a majority', ['The budget be approved.', 'The reserves be kept.']);
    await decide('on the Chair’s casting vote', ['The scheme go ahead.'], '');
    await decide('(nem con)', ['The minutes be signed.'], '');
    const { doc: word } = await exported(core, {
      meetingId: item.meetingId,
      kind: 'minutes',
      edition: 'public',
    });
    const lines = linesOf(word.text);
    expect(lines).toContain('RESOLVED (unanimously) that:');
    expect(lines).toContain('RESOLVED by a majority that:');
    expect(lines).toContain('RESOLVED on the Chair’s casting vote The scheme go ahead.');
    expect(lines).toContain('RESOLVED (nem con) The minutes be signed.');
    expect(word.text).not.toContain('(by a majority)');
    expect(word.text).not.toContain('(on the Chair’s casting vote)');
  });

  it('set the resolution excluding the public under its own heading, not inside the minute before', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    for (const edition of ['public', 'confidential'] as const) {
      const { doc: word } = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition });
      expect(word.html).toContain(
        '<h2>Exclusion of the public</h2><p><strong>RESOLVED</strong> that, under Section 100A(4)',
      );
      expectInOrder(word.text, [
        'The uplift for domiciliary care rates was confirmed.',
        'Exclusion of the public',
        'RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the public be excluded',
        '2. Award of the Home Care Contract',
      ]);
    }
  });

  it('or, where the house style says, as a numbered minute the later minutes number on from', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { style, version } = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
    await ok(core, 'houseStyle.save', {
      baseVersion: version,
      style: { ...style, exclusionResolution: 'numbered minute', headingCase: 'capitals' },
    });
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: f.meeting.id });
    expect(detail.minuteNumbers).toEqual({ [f.publicItem.id]: '1', [f.exemptItem.id]: '3' });
    expect(detail.exclusionMinutes).toEqual({ [f.exemptItem.id]: '2' });
    for (const edition of ['public', 'confidential'] as const) {
      const { doc: word } = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition });
      expectInOrder(word.html, [
        '<h2>1. UPDATE ON PEOPLE AND COMMUNITIES STRATEGY</h2>',
        '<h2>2. EXCLUSION OF THE PUBLIC</h2><p><strong>RESOLVED</strong> that, under Section 100A(4)',
        '<h2>3. AWARD OF THE HOME CARE CONTRACT</h2>',
      ]);
    }
    // The next meeting of the year numbers on from the exclusion minute.
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    const first = await ok<AgendaItem>(core, 'items.create', {
      meetingId: next.id,
      title: 'Minutes of the last meeting',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const later = await ok<MeetingDetail>(core, 'meetings.get', { id: next.id });
    expect(later.minuteNumbers[first.id]).toBe('4');
    // Under its heading again, and the numbers are as they were.
    await ok(core, 'houseStyle.save', { baseVersion: version + 1, style });
    expect((await ok<MeetingDetail>(core, 'meetings.get', { id: next.id })).minuteNumbers[first.id]).toBe(
      '3',
    );
  });

  it('leave the resolution to an item that resolves it itself, and number nothing for it', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { style, version } = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
    await ok(core, 'houseStyle.save', {
      baseVersion: version,
      style: { ...style, exclusionResolution: 'numbered minute' },
    });
    const own = await ok<AgendaItem>(core, 'items.create', {
      meetingId: f.meeting.id,
      title: 'Exclusion of the press and public',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    await ok(core, 'items.move', { id: own.id, toNumber: 2 });
    const decision = await ok<Decision>(core, 'decisions.create', {
      itemId: own.id,
      keyword: 'RESOLVED',
      preamble: 'That the press and public be excluded from the meeting for the following item.',
    });
    expect(decision.id).toBeTruthy();
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: f.meeting.id });
    expect(detail.exclusionMinutes).toEqual({});
    expect(detail.minuteNumbers[f.exemptItem.id]).toBe('3');
    const { doc: word } = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'public',
    });
    expect(word.text).not.toContain('Exclusion of the public');
    expect(word.text).not.toContain('under Section 100A(4)');
  });

  it('print each declaration once, with the withdrawal, where no item is the declarations item', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const { register } = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: f.meeting.id });
    const viceChair = register.members.find((member) => member.role === 'vice-chair')!.personId;
    await ok(core, 'declarations.add', {
      meetingId: f.meeting.id,
      itemId: f.exemptItem.id,
      personId: viceChair,
      category: 'disclosable pecuniary',
      interest: 'as a director of a care provider.',
      withdrew: true,
    });
    const confidential = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'confidential',
    });
    const text = confidential.doc.text;
    // In the declarations section before the minutes, with the withdrawal, and not again at the item.
    expectInOrder(text, [
      'Declarations of interest',
      'Councillor Priya Shah declared an other registrable interest in minute 1 (Update on People and Communities Strategy) as a trustee of a local carers’ charity, and remained in the room.',
      'Councillor Dennis Wright declared a disclosable pecuniary interest in minute 2 (Award of the Home Care Contract) as a director of a care provider, and withdrew from the room for the item, taking no part in the discussion or vote.',
      '1. Update on People and Communities Strategy',
      'The Panel received an update on the Strategy',
      '2. Award of the Home Care Contract',
      f.secrets.minutes,
    ]);
    // Three declarations (the fixture's two and this one), each printed once.
    expect(text.match(/ declared /g)).toHaveLength(3);
    expect(text).not.toContain('in this item');
    // The public edition names the member and the kind at the exempt item, not the interest's wording.
    const publicMinutes = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'public',
    });
    const open = publicMinutes.doc.text;
    expect(open.match(/ declared /g)).toHaveLength(3);
    expect(open).not.toContain('a director of a care provider');
    expect(open).toContain('as a trustee of a local carers’ charity, and remained in the room.');
  });

  it('end with the time the meeting ended, kept as approved', SLOW, async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const wrong = await core.router.call('meetings.update', { id: f.meeting.id, endTime: '4.30pm' });
    expect(wrong).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('End time must be on the 24-hour clock'),
      },
    });
    const updated = await ok<Meeting>(core, 'meetings.update', { id: f.meeting.id, endTime: '16:30' });
    expect(updated.endTime).toBe('16:30');
    for (const edition of ['public', 'confidential'] as const) {
      const { doc: word } = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition });
      expect(linesOf(word.text).at(-1)).toBe('The meeting ended at 4.30 pm.');
    }
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    const { doc: approved } = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'public',
    });
    expect(linesOf(approved.text).slice(-3)).toEqual([
      'The meeting ended at 4.30 pm.',
      expect.stringMatching(/^Signed …+ Chair$/),
      expect.stringMatching(/^Date …+$/),
    ]);
    // Approved minutes keep the time they were approved with.
    const refused = await core.router.call('meetings.update', { id: f.meeting.id, endTime: '17:00' });
    expect(refused.ok === false && refused.error.code).toBe('approved');
    // Reopened and cleared: the current version has no closing line; the approved one keeps it.
    await ok(core, 'meetings.reopen', { id: f.meeting.id, reason: 'The end time was wrong.' });
    await ok(core, 'meetings.update', { id: f.meeting.id, endTime: null });
    const current = await exported(core, {
      meetingId: f.meeting.id,
      kind: 'minutes',
      edition: 'public',
      version: 'current',
    });
    expect(current.doc.text).not.toContain('The meeting ended');
    const asApproved = await exported(core, { meetingId: f.meeting.id, kind: 'minutes', edition: 'public' });
    expect(asApproved.doc.text).toContain('The meeting ended at 4.30 pm.');
  });
});

// Approved minutes keep the minute numbers they were approved with, wherever they are shown: a
// meeting entered later with an earlier date in the same municipal year, or a new numbering scheme
// for the committee, must not renumber them on the meeting screen, in the decisions register or in
// search, while the approved Word file goes on giving the numbers as approved.
import { describe, expect, it } from 'vitest';
import type { DecisionRegister } from '../../shared/decisionRegister';
import type { AgendaItem, Meeting, MeetingDetail } from '../../shared/domain';
import { fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';
import { hits } from './searchSetup';

describe('the minute numbers of approved minutes', () => {
  it('stay as approved when an earlier meeting is added and when the scheme changes; reopened, they follow', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    const numbers = async () =>
      (await ok<MeetingDetail>(core, 'meetings.get', { id: f.meeting.id })).minuteNumbers;
    const registerNumbers = async () =>
      (await ok<DecisionRegister>(core, 'decisionRegister.list', { edition: 'confidential' })).entries
        .filter((entry) => entry.meetingId === f.meeting.id)
        .map((entry) => entry.minuteNumber);
    const approved = await numbers();
    const approvedInRegister = await registerNumbers();
    expect(approvedInRegister.length).toBeGreaterThan(0);
    const searchNumber = () => hits(core, 'front door')[0]?.minuteNumber;
    const approvedInSearch = searchNumber();
    expect(approvedInSearch).toBe(approved[f.publicItem.id]);

    // An extraordinary meeting earlier in the same municipal year, entered afterwards.
    const earlier = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2020-06-01',
      startTime: '10:00',
    });
    await ok<AgendaItem>(core, 'items.create', {
      meetingId: earlier.id,
      title: 'Election of Chair',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    expect(await numbers()).toEqual(approved);
    expect(await registerNumbers()).toEqual(approvedInRegister);
    expect(searchNumber()).toBe(approvedInSearch);

    // A new numbering scheme for the committee from now on.
    await ok(core, 'committees.update', { id: f.committee.id, numberingScheme: 'CAB{n}' });
    expect(await numbers()).toEqual(approved);
    expect(await registerNumbers()).toEqual(approvedInRegister);
    expect(searchNumber()).toBe(approvedInSearch);

    // Reopened, the minutes are being corrected: their numbers are worked out again.
    await ok(core, 'meetings.reopen', { id: f.meeting.id, reason: 'The numbering is to be corrected.' });
    expect((await numbers())[f.publicItem.id]).toMatch(/^CAB\d+$/);
  });
});

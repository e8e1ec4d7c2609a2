// A fictional council for a first look around: its own name in the house style, a finished meeting
// (minutes approved at the next), the next one, whose minutes are being written, and one being
// prepared. Dated from the day it is loaded (dates.ts). Every name here is invented.
import { defaultHouseStyle } from '../../../shared/houseStyle';
import { AppError } from '../../../shared/result';
import { approveRecord } from '../approving';
import { countCommittees } from '../committees';
import type { Db } from '../database';
import { getHouseStyle, saveHouseStyle } from '../houseStyle';
import { createMeeting, updateMeeting } from '../meetings';
import { setMemberAttendance } from '../attendance';
import { createItems, openingItems, upcomingItems } from './agendas';
import { createSampleCouncil, SAMPLE_COUNCIL, type SampleCouncil } from './council';
import { sampleDates, type SampleDates } from './dates';
import { addDecision } from './decisions';
import { createWorkedMeeting } from './workedMeeting';

export interface SampleLoaded {
  committeeId: string;
  /** The meeting being prepared, three weeks or more ahead. */
  meetingId: string;
  /** The finished meeting, its minutes approved: what Minutebook produces. */
  workedMeetingId: string;
}

export function loadSampleCouncil(db: Db, today = new Date()): SampleLoaded {
  if (countCommittees(db) > 0) {
    throw new AppError('conflict', 'Sample data can only be loaded into an empty Minutebook.');
  }
  // The sample's documents carry its own name, unless the officer has already given theirs.
  const style = getHouseStyle(db);
  if (style.value.councilName === defaultHouseStyle.councilName) {
    saveHouseStyle(db, { ...style.value, councilName: SAMPLE_COUNCIL }, style.version);
  }
  const council = createSampleCouncil(db);
  const dates = sampleDates(today);
  const workedMeetingId = createWorkedMeeting(db, council, dates);
  const followingId = createFollowingMeeting(db, council, dates);
  approveRecord(db, { meetingId: workedMeetingId, approvedByMeetingId: followingId });
  const upcoming = createMeeting(db, {
    committeeId: council.committeeId,
    date: dates.upcoming,
    startTime: '18:30',
    venue: council.venue,
  });
  updateMeeting(db, upcoming.id, { contactOfficerId: council.people.democratic.id });
  createItems(db, upcoming.id, upcomingItems(council));
  return { committeeId: council.committeeId, meetingId: upcoming.id, workedMeetingId };
}

/** The meeting after the worked one: held, its register taken, the last minutes approved; being written up. */
function createFollowingMeeting(db: Db, council: SampleCouncil, dates: SampleDates): string {
  const { people: p } = council;
  const meeting = createMeeting(db, {
    committeeId: council.committeeId,
    date: dates.following,
    startTime: '18:30',
    venue: council.venue,
  });
  updateMeeting(db, meeting.id, { status: 'minutes drafted', contactOfficerId: p.democratic.id });
  const [, , previous] = createItems(db, meeting.id, [
    ...openingItems(council),
    {
      title: 'Food poverty: the community larder network',
      purpose:
        'To receive a presentation on the community larders supported by the council and its partners.',
      lead: p.director,
    },
    {
      title: 'Work programme',
      purpose: 'To review the committee’s work programme for the remainder of the municipal year.',
      lead: p.democratic,
    },
  ]);
  for (const member of [p.okafor, p.pryce, p.brennan, p.lowther, p.ramasamy, p.whitcombe, p.achterberg]) {
    setMemberAttendance(db, { meetingId: meeting.id, personId: member.id, status: 'present' });
  }
  addDecision(db, previous!.id, {
    clauses: [
      `the minutes of the meeting held on ${dates.longDate(dates.worked)} be approved as a correct record and signed by the Chair.`,
    ],
  });
  return meeting.id;
}

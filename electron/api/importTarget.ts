// Where an imported meeting goes, checked before anything is written: its committee (named in the
// text or chosen), its date, and no second meeting beside one the committee already has that day.
// importMeeting uses these as it writes; a dry run (imports.check) uses them through a read-only
// connection, so it says what the import would refuse.
import { nameKey, type ImportStructure, type ImportTarget } from '../../shared/importing';
import { AppError } from '../../shared/result';
import { formatLongDate, formatTime } from '../../shared/format';
import { getCommittee, listCommittees } from '../store/committees';
import type { Db } from '../store/database';
import type { Meeting } from '../../shared/domain';
import { findMeetings, getMeeting } from '../store/meetings';

/**
 * A new meeting is not made beside one the committee already has that day (unless both give start
 * times and they differ: an extraordinary meeting at 6 pm after the morning's). Approved minutes
 * cannot change; any other meeting is not merged into either, since its agenda may hold these items
 * already and its register is its own: the officer imports into it by choosing it.
 */
export function refuseSecondMeeting(db: Db, committeeId: string, date: string, startTime: string): void {
  const sameDay = findMeetings(db, { committeeId, from: date, to: date }).find(
    (meeting) => !meeting.startTime || !startTime || meeting.startTime === startTime,
  );
  if (!sameDay) return;
  const at = `${getCommittee(db, committeeId).name} already has a meeting on ${formatLongDate(date)}${
    sameDay.startTime ? ` at ${formatTime(sameDay.startTime)}` : ''
  }`;
  throw new AppError(
    'conflict',
    sameDay.status === 'minutes approved'
      ? `${at}, whose approved minutes cannot change, so nothing was imported: if this file holds what that record lacks, reopen the meeting and import into it.`
      : `${at} (${sameDay.status}), so nothing was imported: to add these items to it, import into that meeting.`,
  );
}

/** Approved minutes never change silently: an import into them is refused, with what to do instead. */
export function refuseApproved(db: Db, meeting: Meeting): void {
  if (meeting.status !== 'minutes approved') return;
  const committee = getCommittee(db, meeting.committeeId).name;
  throw new AppError(
    'conflict',
    `The minutes of ${committee} on ${formatLongDate(meeting.date)} are approved and cannot change, so nothing was imported: reopen the meeting (saying why) if this file holds what that record lacks, then import into it.`,
  );
}

export const committeeNameOf = (structure: ImportStructure, target: ImportTarget): string => {
  const name = (target.committeeName ?? structure.meeting?.committee ?? '').trim();
  if (!name) throw new AppError('invalid_input', 'Say which committee the meeting belongs to.');
  return name;
};

export const committeeNamed = (db: Db, name: string) =>
  listCommittees(db).find((committee) => nameKey(committee.name) === nameKey(name));

export const meetingDateOf = (structure: ImportStructure, target: ImportTarget): string => {
  const date = target.date ?? structure.meeting?.date;
  if (!date) {
    throw new AppError('invalid_input', 'The text gives no meeting date: give the date of the meeting.');
  }
  return date;
};

/**
 * What importMeeting would refuse about where the meeting goes (no committee or date, another
 * meeting that day), found without writing, so a dry run can say it through a read-only connection.
 */
export function checkImportTarget(db: Db, structure: ImportStructure, target: ImportTarget): void {
  if (target.meetingId) {
    refuseApproved(db, getMeeting(db, target.meetingId));
    return;
  }
  const committeeId = target.committeeId
    ? getCommittee(db, target.committeeId).id
    : committeeNamed(db, committeeNameOf(structure, target))?.id;
  const date = meetingDateOf(structure, target);
  if (committeeId) {
    refuseSecondMeeting(db, committeeId, date, target.startTime ?? structure.meeting?.startTime ?? '');
  }
}

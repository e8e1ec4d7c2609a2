// The checks every change to a register makes, refused with a sentence the officer can act on.
import { membersOn, type AttendeeKind } from '../../../shared/attendance';
import type { Person } from '../../../shared/domain';
import { formatLongDate, formatPersonName } from '../../../shared/format';
import { AppError } from '../../../shared/result';
import { getCommittee } from '../committees';
import type { Db } from '../database';
import { getMeeting } from '../meetings';
import { listMembers } from '../memberships';
import { notFound, statement } from '../rows';

/** A row of meeting_attendees, as the register reads it. */
export interface AttendeeRow {
  attendee_kind: string;
  status: string;
  substitute_for_id: string | null;
  remote: number;
  capacity: string;
}

export const invalid = (message: string) => new AppError('invalid_input', message);

export function context(db: Db, meetingId: string) {
  const meeting = getMeeting(db, meetingId);
  const committee = getCommittee(db, meeting.committeeId);
  const members = membersOn(listMembers(db, committee.id), meeting.date);
  const attendee = (personId: string) =>
    statement(
      db,
      'SELECT kind AS attendee_kind, status, substitute_for_id, remote, capacity FROM attendance WHERE meeting_id = ? AND person_id = ?',
    ).get(meetingId, personId) as AttendeeRow | undefined;
  const isMember = (personId: string) => members.some((member) => member.personId === personId);
  const notMember = (person: Person) =>
    `${formatPersonName(person)} is not a member of ${committee.name} on ${formatLongDate(meeting.date)}`;
  return { meeting, committee, members, attendee, isMember, notMember };
}

export const describeKind: Record<AttendeeKind, string> = {
  member: 'a member',
  substitute: 'a substitute',
  officer: 'an officer in attendance',
  other: 'attending as a guest',
};

export function nextPosition(db: Db, meetingId: string): number {
  const row = statement(
    db,
    'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM attendance WHERE meeting_id = ?',
  ).get(meetingId) as { next: number };
  return row.next;
}

export function checkItemInMeeting(db: Db, meetingId: string, itemId: string): void {
  const row = statement(db, 'SELECT meeting_id FROM agenda_items WHERE id = ?').get(itemId) as
    { meeting_id: string } | undefined;
  if (!row) throw notFound('That agenda item');
  if (row.meeting_id !== meetingId) throw invalid('That agenda item belongs to another meeting.');
}

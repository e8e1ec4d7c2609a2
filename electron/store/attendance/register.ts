// A meeting's attendance register read whole: members on the meeting's date, attendees, movements,
// declarations and the officer's own wording.
import {
  membersOn,
  type Attendee,
  type AttendeeKind,
  type AttendanceStatus,
  type Declaration,
  type Movement,
  type MovementKind,
  type AttendanceDetail,
  type TextSection,
} from '../../../shared/attendance';
import type { MeetingDetail } from '../../../shared/domain';
import type { Db } from '../database';
import { listMembers } from '../memberships';
import { toPerson, type PersonRow } from '../people';
import { statement } from '../rows';
import { declaredOf } from './declarations';
import type { AttendeeRow } from './checks';

export type { AttendeeRow };

/** The register of a meeting whose details (committee, items, minute numbers) are already read. */
export function getAttendance(db: Db, detail: MeetingDetail): AttendanceDetail {
  const { meeting, committee, minuteNumbers } = detail;
  const meetingId = meeting.id;
  const attendees = (
    statement(
      db,
      `SELECT a.kind AS attendee_kind, a.status, a.substitute_for_id, a.remote, a.capacity, p.*
       FROM attendance a JOIN people p ON p.id = a.person_id
       WHERE a.meeting_id = ? ORDER BY a.position`,
    ).all(meetingId) as (AttendeeRow & PersonRow)[]
  ).map((row): Attendee => ({
    personId: row.id,
    kind: row.attendee_kind as AttendeeKind,
    status: row.status as AttendanceStatus,
    substituteForId: row.substitute_for_id,
    remote: row.remote === 1,
    capacity: row.capacity,
    person: toPerson(row),
  }));
  const movements = listMovements(db, meetingId);
  const declarations = (
    statement(
      db,
      `SELECT id, item_id, person_id, category, interest, withdrew, category_stated, withdrawal_stated,
       withdrawal_words FROM declarations
       WHERE meeting_id = ? ORDER BY created_at, rowid`,
    ).all(meetingId) as {
      id: string;
      item_id: string;
      person_id: string;
      category: string;
      interest: string;
      withdrew: number;
      category_stated: number;
      withdrawal_stated: number;
      withdrawal_words: string;
    }[]
  ).map((row): Declaration => ({
    id: row.id,
    itemId: row.item_id,
    personId: row.person_id,
    ...declaredOf(row),
    interest: row.interest,
  }));
  const overrides = (
    statement(
      db,
      'SELECT section, text, generated_when_written FROM attendance_text WHERE meeting_id = ? ORDER BY section',
    ).all(meetingId) as { section: string; text: string; generated_when_written: string }[]
  ).map((row) => ({
    section: row.section as TextSection,
    text: row.text,
    generatedWhenWritten: row.generated_when_written,
  }));
  const items = detail.items.map(({ id, number, title, exempt }) => ({ id, number, title, exempt }));
  return {
    meeting,
    committee,
    register: {
      quorum: committee.quorum,
      remoteCounts: committee.remoteCounts,
      members: membersOn(listMembers(db, committee.id), meeting.date),
      attendees,
      movements,
      declarations,
      items,
      minuteNumbers,
    },
    overrides,
  };
}

export function listMovements(db: Db, meetingId: string): Movement[] {
  const rows = statement(
    db,
    'SELECT id, person_id, kind, item_id, time FROM attendance_movements WHERE meeting_id = ? ORDER BY seq',
  ).all(meetingId) as { id: string; person_id: string; kind: string; item_id: string; time: string | null }[];
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    kind: row.kind as MovementKind,
    itemId: row.item_id,
    time: row.time,
  }));
}

// A meeting's attendance register, arrivals and departures, declarations of interest and the
// officer's own wording. Every change is checked against the rules in shared/attendance.ts and
// refused with a sentence the officer can act on; the caller's transaction then rolls back whole.
import {
  membersOn,
  movementProblem,
  type Attendee,
  type AttendeeKind,
  type AttendanceStatus,
  type Declaration,
  type InterestCategory,
  type Movement,
  type MovementKind,
  type AttendanceDetail,
  type TextSection,
  attendanceText,
  textSections,
} from '../../shared/attendance';
import type { MeetingDetail, Person } from '../../shared/domain';
import { formatLongDate, formatPersonName } from '../../shared/format';
import { AppError } from '../../shared/result';
import { listAgendaItems } from './agendaItems';
import { getCommittee } from './committees';
import type { Db } from './database';
import { getMeeting } from './meetings';
import { listMembers } from './memberships';
import { getPerson, toPerson, type PersonRow } from './people';
import { newId, notFound, now, statement } from './rows';

interface AttendeeRow {
  attendee_kind: string;
  status: string;
  substitute_for_id: string | null;
  remote: number;
  capacity: string;
}

const invalid = (message: string) => new AppError('invalid_input', message);

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
      `SELECT id, item_id, person_id, category, interest, withdrew FROM declarations
       WHERE meeting_id = ? ORDER BY created_at, rowid`,
    ).all(meetingId) as {
      id: string;
      item_id: string;
      person_id: string;
      category: string;
      interest: string;
      withdrew: number;
    }[]
  ).map((row): Declaration => ({
    id: row.id,
    itemId: row.item_id,
    personId: row.person_id,
    category: row.category as InterestCategory,
    interest: row.interest,
    withdrew: row.withdrew === 1,
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
  const items = detail.items.map(({ id, number, title }) => ({ id, number, title }));
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

function listMovements(db: Db, meetingId: string): Movement[] {
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

// ---- Checks ----

function context(db: Db, meetingId: string) {
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

const describeKind: Record<AttendeeKind, string> = {
  member: 'a member',
  substitute: 'a substitute',
  officer: 'an officer in attendance',
  other: 'attending as a guest',
};

function nextPosition(db: Db, meetingId: string): number {
  const row = statement(
    db,
    'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM attendance WHERE meeting_id = ?',
  ).get(meetingId) as { next: number };
  return row.next;
}

function checkItemInMeeting(db: Db, meetingId: string, itemId: string): void {
  const row = statement(db, 'SELECT meeting_id FROM agenda_items WHERE id = ?').get(itemId) as
    { meeting_id: string } | undefined;
  if (!row) throw notFound('That agenda item');
  if (row.meeting_id !== meetingId) throw invalid('That agenda item belongs to another meeting.');
}

// ---- Members, substitutes, officers and others ----

export function setMemberAttendance(
  db: Db,
  input: { meetingId: string; personId: string; status: AttendanceStatus; remote?: boolean },
): void {
  const ctx = context(db, input.meetingId);
  const person = getPerson(db, input.personId);
  if (!ctx.isMember(input.personId))
    throw invalid(`${ctx.notMember(person)}, so cannot be marked on its register.`);
  if (input.status !== 'apologies') {
    const substitute = statement(
      db,
      'SELECT person_id FROM attendance WHERE meeting_id = ? AND substitute_for_id = ?',
    ).get(input.meetingId, input.personId) as { person_id: string } | undefined;
    if (substitute) {
      throw invalid(
        `${formatPersonName(getPerson(db, substitute.person_id))} is substituting for ${formatPersonName(person)} at this meeting: remove the substitute first.`,
      );
    }
  }
  if (input.status !== 'present') checkNothingRecorded(db, input.meetingId, person, 'marked absent');
  const existing = ctx.attendee(input.personId);
  const remote = input.status === 'present' && (input.remote ?? (existing ? existing.remote === 1 : false));
  statement(
    db,
    `INSERT INTO attendance (meeting_id, person_id, kind, status, remote, position, updated_at)
     VALUES (?, ?, 'member', ?, ?, ?, ?)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status, remote = excluded.remote,
       updated_at = excluded.updated_at`,
  ).run(
    input.meetingId,
    input.personId,
    input.status,
    remote ? 1 : 0,
    nextPosition(db, input.meetingId),
    now(),
  );
}

/** Clears a member's entry: "not yet recorded". */
export function clearMemberAttendance(db: Db, meetingId: string, personId: string): void {
  const person = getPerson(db, personId);
  const substitute = statement(
    db,
    'SELECT 1 FROM attendance WHERE meeting_id = ? AND substitute_for_id = ?',
  ).get(meetingId, personId);
  if (substitute)
    throw invalid(
      `${formatPersonName(person)} has a substitute at this meeting: remove the substitute first.`,
    );
  checkNothingRecorded(db, meetingId, person, 'cleared');
  statement(db, `DELETE FROM attendance WHERE meeting_id = ? AND person_id = ? AND kind = 'member'`).run(
    meetingId,
    personId,
  );
}

/** Arrivals, departures and declarations need the person present: refuse to lose them silently. */
function checkNothingRecorded(db: Db, meetingId: string, person: Person, what: string): void {
  const movements = statement(
    db,
    'SELECT COUNT(*) AS n FROM attendance_movements WHERE meeting_id = ? AND person_id = ?',
  ).get(meetingId, person.id) as { n: number };
  const declarations = statement(
    db,
    'SELECT COUNT(*) AS n FROM declarations WHERE meeting_id = ? AND person_id = ?',
  ).get(meetingId, person.id) as { n: number };
  if (movements.n + declarations.n > 0) {
    const things = [
      movements.n ? `${movements.n} arrival or departure${movements.n === 1 ? '' : 's'}` : '',
      declarations.n ? `${declarations.n} declaration${declarations.n === 1 ? '' : 's'} of interest` : '',
    ].filter(Boolean);
    throw invalid(
      `${formatPersonName(person)} has ${things.join(' and ')} recorded at this meeting, so cannot be ${what}: remove ${
        things.length > 1 || movements.n + declarations.n > 1 ? 'them' : 'it'
      } first.`,
    );
  }
}

export function setSubstitute(
  db: Db,
  input: { meetingId: string; memberId: string; substituteId: string; remote?: boolean },
): void {
  const ctx = context(db, input.meetingId);
  const member = getPerson(db, input.memberId);
  const substitute = getPerson(db, input.substituteId);
  if (!ctx.isMember(input.memberId))
    throw invalid(`${ctx.notMember(member)}, so no one can substitute for them.`);
  if (ctx.isMember(input.substituteId)) {
    throw invalid(
      `${formatPersonName(substitute)} is a member of ${ctx.committee.name} already, so cannot substitute for another member.`,
    );
  }
  const already = ctx.attendee(input.substituteId);
  if (already && !(already.attendee_kind === 'substitute' && already.substitute_for_id === input.memberId)) {
    throw invalid(
      `${formatPersonName(substitute)} is already recorded at this meeting as ${describeKind[already.attendee_kind as AttendeeKind]}.`,
    );
  }
  const current = statement(
    db,
    'SELECT person_id FROM attendance WHERE meeting_id = ? AND substitute_for_id = ?',
  ).get(input.meetingId, input.memberId) as { person_id: string } | undefined;
  if (current && current.person_id !== input.substituteId)
    removeAttendee(db, input.meetingId, current.person_id);
  const memberEntry = ctx.attendee(input.memberId);
  if (!memberEntry || memberEntry.status !== 'apologies') {
    checkNothingRecorded(db, input.meetingId, member, 'replaced by a substitute');
    setMemberAttendance(db, { meetingId: input.meetingId, personId: input.memberId, status: 'apologies' });
  }
  statement(
    db,
    `INSERT INTO attendance (meeting_id, person_id, kind, status, substitute_for_id, remote, position, updated_at)
     VALUES (?, ?, 'substitute', 'present', ?, ?, ?, ?)
     ON CONFLICT (meeting_id, person_id) DO UPDATE SET remote = excluded.remote, updated_at = excluded.updated_at`,
  ).run(
    input.meetingId,
    input.substituteId,
    input.memberId,
    input.remote ? 1 : 0,
    nextPosition(db, input.meetingId),
    now(),
  );
}

export function addAttendee(
  db: Db,
  input: { meetingId: string; personId: string; kind: 'officer' | 'other'; capacity: string },
): void {
  const ctx = context(db, input.meetingId);
  const person = getPerson(db, input.personId);
  const already = ctx.attendee(input.personId);
  if (already) {
    throw invalid(
      `${formatPersonName(person)} is already recorded at this meeting as ${describeKind[already.attendee_kind as AttendeeKind]}.`,
    );
  }
  if (ctx.isMember(input.personId)) {
    throw invalid(
      `${formatPersonName(person)} is a member of ${ctx.committee.name}: mark them on the members' register.`,
    );
  }
  statement(
    db,
    `INSERT INTO attendance (meeting_id, person_id, kind, status, capacity, position, updated_at)
     VALUES (?, ?, ?, 'present', ?, ?, ?)`,
  ).run(
    input.meetingId,
    input.personId,
    input.kind,
    input.capacity,
    nextPosition(db, input.meetingId),
    now(),
  );
}

export function updateAttendee(
  db: Db,
  input: { meetingId: string; personId: string; capacity?: string; remote?: boolean },
): void {
  const ctx = context(db, input.meetingId);
  const existing = ctx.attendee(input.personId);
  if (!existing) throw notFound('That attendee');
  if (input.remote && existing.status !== 'present')
    throw invalid('Only someone present can attend remotely.');
  statement(
    db,
    'UPDATE attendance SET capacity = ?, remote = ?, updated_at = ? WHERE meeting_id = ? AND person_id = ?',
  ).run(
    input.capacity ?? existing.capacity,
    (input.remote ?? existing.remote === 1) ? 1 : 0,
    now(),
    input.meetingId,
    input.personId,
  );
}

/** Takes a substitute, officer or guest off the register (a member is marked, not removed). */
export function removeAttendee(db: Db, meetingId: string, personId: string): void {
  const person = getPerson(db, personId);
  checkNothingRecorded(db, meetingId, person, 'taken off the register');
  const result = statement(
    db,
    `DELETE FROM attendance WHERE meeting_id = ? AND person_id = ? AND kind != 'member'`,
  ).run(meetingId, personId);
  if (result.changes === 0) throw notFound('That attendee');
}

// ---- Arrivals and departures ----

export function addMovement(
  db: Db,
  input: {
    meetingId: string;
    personId: string;
    kind: MovementKind;
    itemId: string;
    time: string | null;
    id?: string;
  },
): void {
  const ctx = context(db, input.meetingId);
  const person = getPerson(db, input.personId);
  checkItemInMeeting(db, input.meetingId, input.itemId);
  const attendee = ctx.attendee(input.personId);
  if (!attendee || attendee.status !== 'present') {
    throw invalid(
      `${formatPersonName(person)} is not recorded as present at this meeting: mark them present first, then record when they ${
        input.kind === 'arrived' ? 'arrived' : 'left'
      }.`,
    );
  }
  const id = input.id ?? newId();
  const seq = statement(
    db,
    'SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM attendance_movements WHERE meeting_id = ?',
  ).get(input.meetingId) as { next: number };
  statement(
    db,
    `INSERT INTO attendance_movements (id, meeting_id, person_id, kind, item_id, time, seq, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.meetingId, input.personId, input.kind, input.itemId, input.time, seq.next, now());
  checkMovements(db, input.meetingId, person, id);
}

function checkMovements(db: Db, meetingId: string, person: Person, addedId?: string): void {
  const items = listAgendaItems(db, meetingId).map(({ id, number, title }) => ({ id, number, title }));
  const movements = listMovements(db, meetingId).filter((movement) => movement.personId === person.id);
  const problem = movementProblem({ items, movements }, person.id, formatPersonName(person), addedId);
  if (problem) throw invalid(problem);
}

export function removeMovement(db: Db, id: string): string {
  const row = statement(db, 'SELECT meeting_id, person_id FROM attendance_movements WHERE id = ?').get(id) as
    { meeting_id: string; person_id: string } | undefined;
  if (!row) throw notFound('That arrival or departure');
  statement(db, 'DELETE FROM attendance_movements WHERE id = ?').run(id);
  checkMovements(db, row.meeting_id, getPerson(db, row.person_id));
  return row.meeting_id;
}

// ---- Declarations of interest ----

interface DeclarationFields {
  itemId: string;
  personId: string;
  category: InterestCategory;
  interest: string;
  withdrew: boolean;
}

function checkDeclarer(db: Db, meetingId: string, fields: DeclarationFields): void {
  const ctx = context(db, meetingId);
  checkItemInMeeting(db, meetingId, fields.itemId);
  const person = getPerson(db, fields.personId);
  const attendee = ctx.attendee(fields.personId);
  const voting = attendee && (attendee.attendee_kind === 'substitute' || attendee.attendee_kind === 'member');
  if (!voting || attendee.status !== 'present') {
    throw invalid(
      `${formatPersonName(person)} is not recorded as a member present at this meeting, so cannot declare an interest here.`,
    );
  }
}

export function addDeclaration(db: Db, meetingId: string, fields: DeclarationFields): void {
  checkDeclarer(db, meetingId, fields);
  const stamp = now();
  statement(
    db,
    `INSERT INTO declarations (id, meeting_id, item_id, person_id, category, interest, withdrew, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    meetingId,
    fields.itemId,
    fields.personId,
    fields.category,
    fields.interest,
    fields.withdrew ? 1 : 0,
    stamp,
    stamp,
  );
}

export function updateDeclaration(db: Db, id: string, fields: DeclarationFields): string {
  const meetingId = declarationMeeting(db, id);
  checkDeclarer(db, meetingId, fields);
  statement(
    db,
    `UPDATE declarations SET item_id = ?, person_id = ?, category = ?, interest = ?, withdrew = ?, updated_at = ?
     WHERE id = ?`,
  ).run(fields.itemId, fields.personId, fields.category, fields.interest, fields.withdrew ? 1 : 0, now(), id);
  return meetingId;
}

export function removeDeclaration(db: Db, id: string): string {
  const meetingId = declarationMeeting(db, id);
  statement(db, 'DELETE FROM declarations WHERE id = ?').run(id);
  return meetingId;
}

function declarationMeeting(db: Db, id: string): string {
  const row = statement(db, 'SELECT meeting_id FROM declarations WHERE id = ?').get(id) as
    { meeting_id: string } | undefined;
  if (!row) throw notFound('That declaration');
  return row.meeting_id;
}

// ---- The officer's own wording ----

/** The attendance block as the minutes give it: the officer's wording where it replaces ours. */
export function attendanceBlock(db: Db, detail: MeetingDetail): Record<TextSection, string> {
  const attendance = getAttendance(db, detail);
  const generated = attendanceText(attendance.register);
  return Object.fromEntries(
    textSections.map((section) => [
      section,
      attendance.overrides.find((override) => override.section === section)?.text ?? generated[section],
    ]),
  ) as Record<TextSection, string>;
}

/** Replaces a generated section with the officer's words (null goes back to the generated text). */
export function setTextOverride(
  db: Db,
  detail: MeetingDetail,
  section: TextSection,
  text: string | null,
): void {
  const meetingId = detail.meeting.id;
  if (text === null) {
    statement(db, 'DELETE FROM attendance_text WHERE meeting_id = ? AND section = ?').run(meetingId, section);
    return;
  }
  const generated = attendanceText(getAttendance(db, detail).register)[section];
  statement(
    db,
    `INSERT INTO attendance_text (meeting_id, section, text, generated_when_written, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, section) DO UPDATE SET text = excluded.text,
       generated_when_written = excluded.generated_when_written, updated_at = excluded.updated_at`,
  ).run(meetingId, section, text, generated, now());
}

/** A person who attended a meeting, moved or declared cannot leave the directory. */
export function checkNotInAttendance(db: Db, personId: string): void {
  const row = statement(
    db,
    `SELECT (SELECT COUNT(*) FROM attendance WHERE person_id = ? OR substitute_for_id = ?)
          + (SELECT COUNT(*) FROM declarations WHERE person_id = ?) AS n`,
  ).get(personId, personId, personId) as { n: number };
  if (row.n > 0) {
    throw new AppError(
      'conflict',
      'This person is on the attendance register of a meeting, so cannot be deleted: the minutes name them.',
    );
  }
}

// Members marked present, with apologies or absent, substitutes, officers and others in attendance.
import { type AttendeeKind, type AttendanceStatus } from '../../../shared/attendance';
import type { Person } from '../../../shared/domain';
import { formatPersonName } from '../../../shared/format';
import { AppError } from '../../../shared/result';
import type { Db } from '../database';
import { getPerson } from '../people';
import { notFound, now, statement } from '../rows';

import { context, describeKind, invalid, nextPosition } from './checks';

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
export function checkNothingRecorded(db: Db, meetingId: string, person: Person, what: string): void {
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

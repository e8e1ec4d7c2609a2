// Arrivals and departures during a meeting, each tied to the item under way and checked for sense.
import { movementProblem, type MovementKind } from '../../../shared/attendance';
import type { Person } from '../../../shared/domain';
import { formatPersonName } from '../../../shared/format';
import { listAgendaItems } from '../agendaItems';
import type { Db } from '../database';
import { getPerson } from '../people';
import { newId, notFound, now, statement } from '../rows';

import { checkItemInMeeting, context, invalid } from './checks';
import { listMovements } from './register';

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

export function checkMovements(db: Db, meetingId: string, person: Person, addedId?: string): void {
  const items = listAgendaItems(db, meetingId).map(({ id, number, title, exempt }) => ({ id, number, title, exempt }));
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

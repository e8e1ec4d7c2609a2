// Declarations of interest, per member per item, with whether the member withdrew.
import { type InterestCategory } from '../../../shared/attendance';
import { formatPersonName } from '../../../shared/format';
import type { Db } from '../database';
import { getPerson } from '../people';
import { newId, notFound, now, statement } from '../rows';

import { checkItemInMeeting, context, invalid } from './checks';

export interface DeclarationFields {
  itemId: string;
  personId: string;
  category: InterestCategory;
  interest: string;
  withdrew: boolean;
}

export function checkDeclarer(db: Db, meetingId: string, fields: DeclarationFields): void {
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

export function declarationMeeting(db: Db, id: string): string {
  const row = statement(db, 'SELECT meeting_id FROM declarations WHERE id = ?').get(id) as
    { meeting_id: string } | undefined;
  if (!row) throw notFound('That declaration');
  return row.meeting_id;
}

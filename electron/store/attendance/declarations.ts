// Declarations of interest, per member per item, with whether the member withdrew.
import { type DeclaredCategory, type InterestCategory } from '../../../shared/attendance';
import { formatPersonName } from '../../../shared/format';
import type { Db } from '../database';
import { getPerson } from '../people';
import { newId, notFound, now, statement } from '../rows';

import { checkItemInMeeting, context, invalid } from './checks';

export interface DeclarationFields {
  itemId: string;
  personId: string;
  /** 'unstated': the minutes say only that an interest was declared (migration 020). */
  category: DeclaredCategory;
  interest: string;
  /** null: the minutes do not say whether the member withdrew. */
  withdrew: boolean | null;
}

/** The kind and the withdrawal as stored (migration 020): a flag each for "the minutes do not say". */
function storedOf(fields: Pick<DeclarationFields, 'category' | 'withdrew'>) {
  return {
    category: fields.category === 'unstated' ? 'non-registrable' : fields.category,
    categoryStated: fields.category === 'unstated' ? 0 : 1,
    withdrew: fields.withdrew ? 1 : 0,
    withdrawalStated: fields.withdrew === null ? 0 : 1,
  };
}

/** A declaration's kind and withdrawal as read from its row: 'unstated' and null where not stated. */
export function declaredOf(row: {
  category: string;
  withdrew: number;
  category_stated: number;
  withdrawal_stated: number;
}): { category: DeclaredCategory; withdrew: boolean | null } {
  return {
    category: row.category_stated === 0 ? 'unstated' : (row.category as InterestCategory),
    withdrew: row.withdrawal_stated === 0 ? null : row.withdrew === 1,
  };
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
  const stored = storedOf(fields);
  statement(
    db,
    `INSERT INTO declarations (id, meeting_id, item_id, person_id, category, interest, withdrew,
       category_stated, withdrawal_stated, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    meetingId,
    fields.itemId,
    fields.personId,
    stored.category,
    fields.interest,
    stored.withdrew,
    stored.categoryStated,
    stored.withdrawalStated,
    stamp,
    stamp,
  );
}

export function updateDeclaration(db: Db, id: string, fields: DeclarationFields): string {
  const meetingId = declarationMeeting(db, id);
  checkDeclarer(db, meetingId, fields);
  const stored = storedOf(fields);
  statement(
    db,
    `UPDATE declarations SET item_id = ?, person_id = ?, category = ?, interest = ?, withdrew = ?,
       category_stated = ?, withdrawal_stated = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    fields.itemId,
    fields.personId,
    stored.category,
    fields.interest,
    stored.withdrew,
    stored.categoryStated,
    stored.withdrawalStated,
    now(),
    id,
  );
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

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
  /**
   * How the minutes worded the withdrawal, or the staying ("left the meeting for that item"), to be
   * printed as they said it; '' or absent: the usual words (migration 021). An update that does not
   * give it keeps the stored words while the withdrawal is unchanged, and drops them when it changes.
   */
  withdrawalWords?: string;
}

/** The kind and the withdrawal as stored (migration 020): a flag each for "the minutes do not say". */
function storedOf(fields: Pick<DeclarationFields, 'category' | 'withdrew' | 'withdrawalWords'>) {
  return {
    category: fields.category === 'unstated' ? 'non-registrable' : fields.category,
    categoryStated: fields.category === 'unstated' ? 0 : 1,
    withdrew: fields.withdrew ? 1 : 0,
    withdrawalStated: fields.withdrew === null ? 0 : 1,
    // Words for a withdrawal the minutes do not state would say what they did not.
    withdrawalWords: fields.withdrew === null ? '' : (fields.withdrawalWords ?? '').trim(),
  };
}

/** A declaration's kind and withdrawal as read from its row: 'unstated' and null where not stated. */
export function declaredOf(row: {
  category: string;
  withdrew: number;
  category_stated: number;
  withdrawal_stated: number;
  withdrawal_words: string;
}): { category: DeclaredCategory; withdrew: boolean | null; withdrawalWords: string } {
  return {
    category: row.category_stated === 0 ? 'unstated' : (row.category as InterestCategory),
    withdrew: row.withdrawal_stated === 0 ? null : row.withdrew === 1,
    withdrawalWords: row.withdrawal_stated === 0 ? '' : row.withdrawal_words,
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
       category_stated, withdrawal_stated, withdrawal_words, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    stored.withdrawalWords,
    stamp,
    stamp,
  );
}

export function updateDeclaration(db: Db, id: string, fields: DeclarationFields): string {
  const meetingId = declarationMeeting(db, id);
  checkDeclarer(db, meetingId, fields);
  const before = statement(
    db,
    'SELECT withdrew, withdrawal_stated, withdrawal_words FROM declarations WHERE id = ?',
  ).get(id) as { withdrew: number; withdrawal_stated: number; withdrawal_words: string };
  const wasWithdrew = before.withdrawal_stated === 0 ? null : before.withdrew === 1;
  const stored = storedOf({
    ...fields,
    withdrawalWords:
      fields.withdrawalWords ?? (wasWithdrew === fields.withdrew ? before.withdrawal_words : ''),
  });
  statement(
    db,
    `UPDATE declarations SET item_id = ?, person_id = ?, category = ?, interest = ?, withdrew = ?,
       category_stated = ?, withdrawal_stated = ?, withdrawal_words = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    fields.itemId,
    fields.personId,
    stored.category,
    fields.interest,
    stored.withdrew,
    stored.categoryStated,
    stored.withdrawalStated,
    stored.withdrawalWords,
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

import type { ItemMinutes } from '../../shared/domain';
import { applyDelta, type RichDelta } from '../../shared/richDelta';
import { plainText, type RichDoc } from '../../shared/richText';
import { MAX_RICH_TEXT_CHARS } from '../../shared/richTextSchema';
import { AppError } from '../../shared/result';
import type { Db } from './database';
import { checkVersion, now, statement } from './rows';

interface MinutesRow {
  doc: string;
  version: number;
  updated_at: string;
}

export function getMinutes(db: Db, itemId: string): ItemMinutes {
  const row = statement(db, 'SELECT doc, version, updated_at FROM item_minutes WHERE item_id = ?').get(
    itemId,
  ) as MinutesRow | undefined;
  if (!row) return { itemId, doc: null, version: 0, updatedAt: null };
  return { itemId, doc: JSON.parse(row.doc) as RichDoc, version: row.version, updatedAt: row.updated_at };
}

/**
 * Saves an item's minutes if nobody has saved since `baseVersion` (0: never saved).
 * Another window's save in between is a conflict, never a silent overwrite.
 */
export function saveMinutes(
  db: Db,
  itemId: string,
  doc: RichDoc,
  baseVersion: number,
): { version: number; updatedAt: string } {
  // The version alone: the stored document is not read back (nor parsed) to be replaced.
  const stored = statement(db, 'SELECT version FROM item_minutes WHERE item_id = ?').pluck().get(itemId) as
    number | undefined;
  const version = checkVersion(stored ?? 0, baseVersion, 'These minutes were');
  return writeMinutes(db, itemId, doc, version);
}

/**
 * Saves a change to an item's minutes (the blocks the editor changed) if nobody has saved since
 * `baseVersion`: the version saved then is read, the change applied to it, and the result written
 * as a whole save writes it, so the stored document, its search text and the audit trail are the
 * same as a whole save of the same text would leave.
 */
export function saveMinutesChanges(
  db: Db,
  itemId: string,
  delta: RichDelta,
  baseVersion: number,
): { version: number; updatedAt: string } {
  const stored = statement(db, 'SELECT doc, version FROM item_minutes WHERE item_id = ?').get(itemId) as
    { doc: string; version: number } | undefined;
  const version = checkVersion(stored?.version ?? 0, baseVersion, 'These minutes were');
  const doc = applyDelta(JSON.parse(stored!.doc) as RichDoc, delta);
  if (!doc) {
    throw new AppError(
      'invalid_input',
      'The change does not fit the minutes saved before, so it was not saved.',
    );
  }
  const size = plainText(doc).length;
  if (size > MAX_RICH_TEXT_CHARS) {
    throw new AppError(
      'invalid_input',
      `The text is too long to save (${size.toLocaleString('en-GB')} characters).`,
    );
  }
  return writeMinutes(db, itemId, doc, version);
}

function writeMinutes(
  db: Db,
  itemId: string,
  doc: RichDoc,
  version: number,
): { version: number; updatedAt: string } {
  const updatedAt = now();
  statement(
    db,
    `INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc, plain_text = excluded.plain_text,
       version = excluded.version, updated_at = excluded.updated_at`,
  ).run(itemId, JSON.stringify(doc), plainText(doc), version, updatedAt);
  return { version, updatedAt };
}

import type { ItemMinutes } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
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
  const updatedAt = now();
  statement(
    db,
    `INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc, plain_text = excluded.plain_text,
       version = excluded.version, updated_at = excluded.updated_at`,
  ).run(itemId, JSON.stringify(doc), plainText(doc), version, updatedAt);
  return { version, updatedAt };
}

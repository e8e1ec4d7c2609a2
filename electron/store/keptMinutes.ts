// Typed minutes that a save could not put in the record, kept until the officer uses or discards them
// (migration 019). A window's kept copy of an item is the newest text it sent: each refused save
// from it replaces the one before.
import type { KeptMinutes } from '../../shared/domain';
import type { RichDoc } from '../../shared/richText';
import type { Db } from './database';
import { newId, notFound, now, statement } from './rows';

/** At most this many kept copies an item (the oldest go first): a handful of windows at most. */
const KEPT_AN_ITEM = 20;

interface KeptRow {
  id: string;
  item_id: string;
  reason: KeptMinutes['reason'];
  kept_at: string;
  doc: string;
}

const fromRow = (row: KeptRow): KeptMinutes => ({
  id: row.id,
  itemId: row.item_id,
  reason: row.reason,
  keptAt: row.kept_at,
  doc: JSON.parse(row.doc) as RichDoc,
});

/**
 * Keeps the text of a refused save (or, without `baseVersion`, text typed once saving had stopped):
 * the window's kept copy of the item, replaced unless it holds newer text (a save made over a later
 * version, or text sent once saving had stopped), as when a save arrives after one sent after it.
 * True where a kept copy was begun (a refusal), false where the window's copy was replaced or kept
 * (what it typed after), so that the audit trail has one entry a refusal.
 */
export function keepMinutes(
  db: Db,
  itemId: string,
  doc: RichDoc,
  reason: KeptMinutes['reason'],
  from: { window?: string | null | undefined; saveId?: string | undefined; baseVersion?: number | undefined },
): boolean {
  const window = from.window ?? null;
  const text = JSON.stringify(doc);
  const baseVersion = from.baseVersion ?? null;
  if (window !== null) {
    const existing = statement(
      db,
      'SELECT id, base_version FROM kept_minutes WHERE item_id = ? AND window_id = ?',
    ).get(itemId, window) as { id: string; base_version: number | null } | undefined;
    if (existing) {
      const newer =
        existing.base_version !== null && (baseVersion === null || baseVersion >= existing.base_version);
      if (baseVersion === null || newer) {
        statement(
          db,
          'UPDATE kept_minutes SET doc = ?, reason = ?, kept_at = ?, save_id = ?, base_version = ? WHERE id = ?',
        ).run(text, reason, now(), from.saveId ?? null, baseVersion, existing.id);
      }
      return false;
    }
  }
  statement(
    db,
    `INSERT INTO kept_minutes (id, item_id, window_id, save_id, base_version, reason, kept_at, doc)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), itemId, window, from.saveId ?? null, baseVersion, reason, now(), text);
  statement(
    db,
    `DELETE FROM kept_minutes WHERE item_id = ? AND id NOT IN
       (SELECT id FROM kept_minutes WHERE item_id = ? ORDER BY kept_at DESC LIMIT ${KEPT_AN_ITEM})`,
  ).run(itemId, itemId);
  return true;
}

/**
 * The text a save with this id sent, where it is still known: the minutes as they stand, a refused
 * save's kept copy, or a window's text another window's save replaced. Null if none holds it.
 */
export function textOfSave(db: Db, itemId: string, saveId: string): RichDoc | null {
  const row = statement(
    db,
    `SELECT doc FROM item_minutes WHERE item_id = ? AND save_id = ?
     UNION ALL SELECT doc FROM kept_minutes WHERE item_id = ? AND save_id = ?
     UNION ALL SELECT doc FROM replaced_minutes WHERE item_id = ? AND save_id = ?
     LIMIT 1`,
  ).get(itemId, saveId, itemId, saveId, itemId, saveId) as { doc: string } | undefined;
  return row ? (JSON.parse(row.doc) as RichDoc) : null;
}

/** The item's kept copies whose text differs from the minutes as they stand, oldest first. */
export function listKeptMinutes(db: Db, itemId: string): KeptMinutes[] {
  const rows = statement(
    db,
    `SELECT id, item_id, reason, kept_at, doc FROM kept_minutes
     WHERE item_id = ? AND doc IS NOT (SELECT doc FROM item_minutes WHERE item_id = ?)
     ORDER BY kept_at, rowid`,
  ).all(itemId, itemId) as KeptRow[];
  return rows.map(fromRow);
}

export function getKeptMinutes(db: Db, itemId: string, id: string): KeptMinutes {
  const row = statement(
    db,
    'SELECT id, item_id, reason, kept_at, doc FROM kept_minutes WHERE id = ? AND item_id = ?',
  ).get(id, itemId) as KeptRow | undefined;
  if (!row) throw notFound('The kept text');
  return fromRow(row);
}

export function discardKeptMinutes(db: Db, itemId: string, id: string): void {
  const result = statement(db, 'DELETE FROM kept_minutes WHERE id = ? AND item_id = ?').run(id, itemId);
  if (result.changes === 0) throw notFound('The kept text');
}

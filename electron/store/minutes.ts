import type { ItemMinutes } from '../../shared/domain';
import { applyDelta, type RichDelta } from '../../shared/richDelta';
import { plainText, type RichDoc } from '../../shared/richText';
import { MAX_RICH_TEXT_CHARS } from '../../shared/richTextSchema';
import { AppError } from '../../shared/result';
import type { Db } from './database';
import { checkVersion, now, statement, versionConflict } from './rows';

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

/** The version of an item's minutes as they stand (0: never saved), the text not read. */
export function getMinutesVersion(db: Db, itemId: string): number {
  const row = statement(db, 'SELECT version FROM item_minutes WHERE item_id = ?').get(itemId) as
    { version: number } | undefined;
  return row?.version ?? 0;
}

/**
 * Which save this is, and which save wrote the version it is made over: ids a window gives its saves.
 * A save over a version names the save that wrote it where the window did not read it from here.
 */
export interface SaveIds {
  saveId?: string | undefined;
  baseSaveId?: string | undefined;
  /** The window saving (as the transport names it): a save replacing another window's keeps its text a while. */
  window?: string | null | undefined;
}

interface StoredSave {
  version: number;
  save_id: string | null;
  window_id: string | null;
}

/**
 * The new version if the stored minutes are `baseVersion` and, where `baseSaveId` is given, were
 * written by that save; a conflict otherwise, never a save over another text.
 */
function claim(stored: StoredSave | undefined, baseVersion: number, ids: SaveIds) {
  const version = checkVersion(stored?.version ?? 0, baseVersion, 'These minutes were');
  if (ids.baseSaveId !== undefined && (stored?.save_id ?? null) !== ids.baseSaveId)
    throw versionConflict('These minutes were');
  return version;
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
  ids: SaveIds = {},
): { version: number; updatedAt: string } {
  // The version alone: the stored document is not read back (nor parsed) to be replaced.
  const stored = statement(db, 'SELECT version, save_id, window_id FROM item_minutes WHERE item_id = ?').get(
    itemId,
  ) as StoredSave | undefined;
  const version = claim(stored, baseVersion, ids);
  keepReplaced(db, itemId, stored, ids);
  return writeMinutes(db, itemId, doc, version, ids);
}

/**
 * Saves a change to an item's minutes (the blocks the editor changed) if the stored minutes are the
 * very text it was made from: version `baseVersion`, written by the save `baseSaveId`. The version
 * saved then is read, the change applied to it, and the result written as a whole save writes it,
 * so the stored document, its search text and the audit trail are the same as a whole save of the
 * same text would leave. The version number alone is not enough: a save of another window can take
 * the number a save of this window would have had, had it not failed.
 */
export function saveMinutesChanges(
  db: Db,
  itemId: string,
  delta: RichDelta,
  baseVersion: number,
  ids: SaveIds & { baseSaveId: string },
): { version: number; updatedAt: string } {
  const stored = statement(
    db,
    'SELECT doc, version, save_id, window_id FROM item_minutes WHERE item_id = ?',
  ).get(itemId) as (StoredSave & { doc: string }) | undefined;
  const version = claim(stored, baseVersion, ids);
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
  keepReplaced(db, itemId, stored, ids);
  return writeMinutes(db, itemId, doc, version, ids);
}

/**
 * Writes `doc` as the item's minutes over whatever version stands (a kept copy the officer chose to
 * use instead): a save like any other, audited as one, refused for approved minutes as any other is.
 */
export function replaceMinutes(
  db: Db,
  itemId: string,
  doc: RichDoc,
  window: string | null,
): { version: number; updatedAt: string } {
  const stored = statement(db, 'SELECT version, save_id, window_id FROM item_minutes WHERE item_id = ?').get(
    itemId,
  ) as StoredSave | undefined;
  const ids: SaveIds = { saveId: crypto.randomUUID(), window };
  keepReplaced(db, itemId, stored, ids);
  return writeMinutes(db, itemId, doc, (stored?.version ?? 0) + 1, ids);
}

/** How many texts replaced by another window's save are kept an item (for rebuilding a refused change). */
const REPLACED_KEPT = 5;

/**
 * A save replacing text another window saved keeps that text a while (migration 019): a change that
 * window then sends, made from it, is refused, and is rebuilt from it to be kept whole. Only at a
 * change of window, so a run of saves from one window copies nothing.
 */
function keepReplaced(db: Db, itemId: string, stored: StoredSave | undefined, ids: SaveIds): void {
  if (!stored?.save_id) return;
  if (stored.window_id === (ids.window ?? null)) return;
  statement(
    db,
    `INSERT OR REPLACE INTO replaced_minutes (item_id, save_id, replaced_at, doc)
     SELECT item_id, save_id, ?, doc FROM item_minutes WHERE item_id = ?`,
  ).run(now(), itemId);
  statement(
    db,
    `DELETE FROM replaced_minutes WHERE item_id = ? AND save_id NOT IN
       (SELECT save_id FROM replaced_minutes WHERE item_id = ? ORDER BY replaced_at DESC LIMIT ${REPLACED_KEPT})`,
  ).run(itemId, itemId);
}

function writeMinutes(
  db: Db,
  itemId: string,
  doc: RichDoc,
  version: number,
  ids: SaveIds,
): { version: number; updatedAt: string } {
  const updatedAt = now();
  statement(
    db,
    `INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at, save_id, window_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc, plain_text = excluded.plain_text,
       version = excluded.version, updated_at = excluded.updated_at, save_id = excluded.save_id,
       window_id = excluded.window_id`,
  ).run(
    itemId,
    JSON.stringify(doc),
    plainText(doc),
    version,
    updatedAt,
    ids.saveId ?? null,
    ids.window ?? null,
  );
  return { version, updatedAt };
}

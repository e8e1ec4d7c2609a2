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

/**
 * Which save this is, and which save wrote the version it is made over: ids a window gives its saves.
 * A save over a version names the save that wrote it where the window did not read it from here.
 */
export interface SaveIds {
  saveId?: string | undefined;
  baseSaveId?: string | undefined;
}

/**
 * The new version if the stored minutes are `baseVersion` and, where `baseSaveId` is given, were
 * written by that save; a conflict otherwise, never a save over another text.
 */
function claim(
  stored: { version: number; save_id: string | null } | undefined,
  baseVersion: number,
  ids: SaveIds,
) {
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
  const stored = statement(db, 'SELECT version, save_id FROM item_minutes WHERE item_id = ?').get(itemId) as
    { version: number; save_id: string | null } | undefined;
  const version = claim(stored, baseVersion, ids);
  return writeMinutes(db, itemId, doc, version, ids.saveId);
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
  const stored = statement(db, 'SELECT doc, version, save_id FROM item_minutes WHERE item_id = ?').get(
    itemId,
  ) as { doc: string; version: number; save_id: string | null } | undefined;
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
  return writeMinutes(db, itemId, doc, version, ids.saveId);
}

function writeMinutes(
  db: Db,
  itemId: string,
  doc: RichDoc,
  version: number,
  saveId: string | undefined,
): { version: number; updatedAt: string } {
  const updatedAt = now();
  statement(
    db,
    `INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at, save_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc, plain_text = excluded.plain_text,
       version = excluded.version, updated_at = excluded.updated_at, save_id = excluded.save_id`,
  ).run(itemId, JSON.stringify(doc), plainText(doc), version, updatedAt, saveId ?? null);
  return { version, updatedAt };
}

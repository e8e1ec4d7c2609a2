// Post-meeting updates to an item (an addendum added after the meeting).
import type { ItemUpdate } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import type { Db } from './database';
import { deleteRow, newId, nextPosition, notFound, now, statement, updateRow } from './rows';

interface UpdateRow {
  id: string;
  item_id: string;
  heading: string;
  doc: string;
  version: number;
}

const toUpdate = (row: UpdateRow): ItemUpdate => ({
  id: row.id,
  itemId: row.item_id,
  heading: row.heading,
  doc: JSON.parse(row.doc) as RichDoc,
  version: row.version,
});

export function listUpdates(db: Db, itemId: string): ItemUpdate[] {
  return (
    statement(
      db,
      'SELECT id, item_id, heading, doc, version FROM item_updates WHERE item_id = ? ORDER BY position',
    ).all(itemId) as UpdateRow[]
  ).map(toUpdate);
}

export function getUpdate(db: Db, id: string): ItemUpdate {
  const row = statement(db, 'SELECT id, item_id, heading, doc, version FROM item_updates WHERE id = ?').get(
    id,
  ) as UpdateRow | undefined;
  if (!row) throw notFound('That update');
  return toUpdate(row);
}

export function createUpdate(db: Db, input: Omit<ItemUpdate, 'id' | 'version'>): ItemUpdate {
  const id = newId();
  const stamp = now();
  statement(
    db,
    `INSERT INTO item_updates (id, item_id, position, heading, doc, plain_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.itemId,
    nextPosition(db, 'item_updates', input.itemId),
    input.heading,
    JSON.stringify(input.doc),
    plainText(input.doc),
    stamp,
    stamp,
  );
  return getUpdate(db, id);
}

export function updateUpdate(db: Db, id: string, patch: { heading?: string; doc?: RichDoc }): ItemUpdate {
  const columns = { heading: 'heading', doc: 'doc', plainText: 'plain_text' } as const;
  const encoded = { ...patch, ...(patch.doc ? { plainText: plainText(patch.doc) } : {}) };
  updateRow(db, 'item_updates', id, encoded, columns, 'That update', (key, value) =>
    key === 'doc' ? JSON.stringify(value) : value,
  );
  return getUpdate(db, id);
}

export const deleteUpdate = (db: Db, id: string): void => deleteRow(db, 'item_updates', id, 'That update');

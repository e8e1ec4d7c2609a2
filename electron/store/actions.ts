import type { Action, ActionStatus, ItemUpdate } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import type { Db } from './database';
import { deleteRow, newId, notFound, now, statement, updateRow } from './rows';

interface ActionRow {
  id: string;
  item_id: string;
  text: string;
  owner_id: string | null;
  due_on: string | null;
  status: string;
  version: number;
}

const toAction = (row: ActionRow): Action => ({
  id: row.id,
  itemId: row.item_id,
  text: row.text,
  ownerId: row.owner_id,
  dueOn: row.due_on,
  status: row.status as ActionStatus,
  version: row.version,
});

export function listActions(db: Db, itemId: string): Action[] {
  return (
    statement(db, 'SELECT * FROM actions WHERE item_id = ? ORDER BY position').all(itemId) as ActionRow[]
  ).map(toAction);
}

export function getAction(db: Db, id: string): Action {
  const row = statement(db, 'SELECT * FROM actions WHERE id = ?').get(id) as ActionRow | undefined;
  if (!row) throw notFound('That action');
  return toAction(row);
}

const nextPosition = (db: Db, table: 'actions' | 'item_updates', itemId: string) =>
  (
    statement(db, `SELECT coalesce(max(position), 0) + 1 AS next FROM ${table} WHERE item_id = ?`).get(
      itemId,
    ) as { next: number }
  ).next;

export function createAction(db: Db, input: Omit<Action, 'id' | 'version'> & { id?: string }): Action {
  const id = input.id ?? newId();
  const stamp = now();
  statement(
    db,
    `INSERT INTO actions (id, item_id, position, text, owner_id, due_on, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.itemId,
    nextPosition(db, 'actions', input.itemId),
    input.text,
    input.ownerId,
    input.dueOn,
    input.status,
    stamp,
    stamp,
  );
  return getAction(db, id);
}

export function updateAction(
  db: Db,
  id: string,
  patch: Partial<Omit<Action, 'id' | 'itemId' | 'version'>>,
): Action {
  updateRow(
    db,
    'actions',
    id,
    patch,
    { text: 'text', ownerId: 'owner_id', dueOn: 'due_on', status: 'status' },
    'That action',
  );
  return getAction(db, id);
}

export const deleteAction = (db: Db, id: string): void => deleteRow(db, 'actions', id, 'That action');

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

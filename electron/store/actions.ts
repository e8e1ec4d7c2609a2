// Actions arising from an item: what is to be done, by whom, by when.
import type { Action, ActionStatus } from '../../shared/domain';
import type { Db } from './database';
import { deleteRow, newId, nextPosition, notFound, now, statement, updateRow } from './rows';

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

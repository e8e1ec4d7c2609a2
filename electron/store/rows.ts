// Small helpers every repository uses: ids, timestamps, partial updates, not-found errors.
import type { Statement } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import type { Db } from './db';

const statements = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, compiled once per connection and reused. */
export function statement(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

/**
 * A new id, from Web Crypto's randomUUID (node:crypto's own, loaded on first use: a command that
 * only reads, such as an export, never loads it).
 */
export const newId = (): string => crypto.randomUUID();
export const now = (): string => new Date().toISOString();

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found. It may have been deleted; refresh and try again.`);
}

/**
 * Writes the fields present in `patch` to one row, mapping field names to column names.
 * Throws not_found when the row does not exist.
 */
export function updateRow<P extends object>(
  db: Db,
  table: string,
  id: string,
  patch: P,
  columns: { [K in keyof P]?: string },
  what: string,
  encode: (key: keyof P, value: unknown) => unknown = (_key, value) => value,
): void {
  const sets: string[] = [];
  const values: unknown[] = [];
  for (const key of Object.keys(patch) as (keyof P)[]) {
    const column = columns[key];
    if (column === undefined || patch[key] === undefined) continue;
    sets.push(`${column} = ?`);
    values.push(encode(key, patch[key]));
  }
  sets.push('updated_at = ?');
  values.push(now());
  const result = statement(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  if (result.changes === 0) throw notFound(what);
}

/**
 * The one rule for every versioned save: the version a change was made over must be the current
 * one, so another window's save in between is a conflict, never a silent overwrite. `subject` names
 * what was changed as the sentence needs it ("These minutes were", "This decision was"). Returns
 * the version the change makes.
 */
export function checkVersion(current: number, baseVersion: number, subject: string): number {
  if (current !== baseVersion) throw versionConflict(subject);
  return current + 1;
}

/** The refusal of a save made over anything but what is stored now ("These minutes were"). */
export function versionConflict(subject: string): AppError {
  const them = /\bwere$/.test(subject) ? 'them' : 'it';
  return new AppError(
    'conflict',
    `${subject} changed in another window after you opened ${them}. What you typed is still on screen: copy it, then reload to see the other version.`,
  );
}

/** checkVersion for a row with a version column, which it moves on by one. */
export function claimVersion(
  db: Db,
  table: 'decisions' | 'actions' | 'item_updates',
  id: string,
  baseVersion: number,
  what: string,
): void {
  const row = statement(db, `SELECT version FROM ${table} WHERE id = ?`).get(id) as
    { version: number } | undefined;
  if (!row) throw notFound(`That ${what}`);
  checkVersion(row.version, baseVersion, `This ${what} was`);
  statement(db, `UPDATE ${table} SET version = version + 1 WHERE id = ?`).run(id);
}

export function deleteRow(db: Db, table: string, id: string, what: string): void {
  const result = statement(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
  if (result.changes === 0) throw notFound(what);
}

/** The position after the last of an item's rows in `table` (actions, updates…). */
export const nextPosition = (db: Db, table: 'actions' | 'item_updates', itemId: string): number =>
  (
    statement(db, `SELECT coalesce(max(position), 0) + 1 AS next FROM ${table} WHERE item_id = ?`).get(
      itemId,
    ) as { next: number }
  ).next;

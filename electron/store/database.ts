// Opening the one SQLite file: checks before anything is written, pragmas, migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { APPLICATION_ID, checkBeforeOpen } from './integrity';
import type { Db } from './db';
import { migrations } from './migrations';

export type { Db };

export const DATA_FILE_NAME = 'minutebook.sqlite3';

/**
 * Opens (creating if need be) the database at `file` as the one writer connection.
 * A damaged, foreign or newer file is refused (checkBeforeOpen) before any pragma or migration
 * can touch it.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    mkdirSync(path.dirname(file), { recursive: true });
    checkBeforeOpen(file);
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // better-sqlite3's build defaults WAL to NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Short: another process holding the write lock must show as "Not saved" quickly, then be retried.
    db.pragma('busy_timeout = 1000');
    migrate(db);
    if (Number(db.pragma('application_id', { simple: true })) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies each pending migration in its own transaction, recording it in `PRAGMA user_version`. */
export function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

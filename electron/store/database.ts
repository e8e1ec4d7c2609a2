// Opening the one SQLite file: checks before anything is written, pragmas, migrations.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { latestVersion, migrations } from './migrations';

export type Db = Database.Database;

export const DATA_FILE_NAME = 'minutebook.sqlite3';

/**
 * Opens (creating if need be) the database at `file` as the one writer connection.
 * A file written by a newer Minutebook is refused before any pragma or migration can touch it.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    mkdirSync(path.dirname(file), { recursive: true });
    if (existsSync(file)) refuseIfTooNew(file);
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
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseIfTooNew(file: string): void {
  let version: number;
  // Read-only, so that even the WAL checkpoint on close cannot change the file.
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    version = Number(probe.pragma('user_version', { simple: true }));
  } catch (error) {
    throw new AppError(
      'internal',
      `The data file ${file} could not be read as a Minutebook database (${(error as Error).message}). It has not been changed.`,
    );
  } finally {
    probe.close();
  }
  if (version > latestVersion) {
    throw new AppError(
      'database_too_new',
      `The data file ${file} was written by a newer version of Minutebook (data version ${version}; this version reads up to ${latestVersion}). Install the newer Minutebook to open it. The file has not been changed.`,
    );
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

// Opening the one SQLite file: checks before anything is written, pragmas, migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './db';
import { codeOf, describeFileError, isDiskFull, isNoPermission } from './files';
import { APPLICATION_ID, DamagedDatabase, checkBeforeOpen, type OpenFindings } from './integrity';
import { latestVersion, migrations } from './migrations';
import { AppError } from '../../shared/result';

export type { Db };

export const DATA_FILE_NAME = 'minutebook.sqlite3';

/**
 * Opens (creating if need be) the database at `file` as the one writer connection.
 * A damaged, foreign or newer file is refused (checkBeforeOpen) before any pragma or migration
 * can touch it.
 */
export function openDatabase(file: string): Db {
  return openChecked(file).db;
}

/** As openDatabase, with what the checks found that the officer should hear of. */
export function openChecked(file: string): { db: Db; findings: OpenFindings } {
  let findings: OpenFindings = { damagedLog: null, fullCheckPending: false };
  if (file !== ':memory:') {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw describeFileError(error, path.dirname(file), 'write');
    }
    findings = checkBeforeOpen(file);
  }
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw describeFileError(error, file, 'write');
  }
  try {
    db.pragma('journal_mode = WAL');
    // better-sqlite3's build defaults WAL to NORMAL, which can lose the last commits on power loss.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Short: another process holding the write lock must show as "Not saved" quickly, then be retried.
    db.pragma('busy_timeout = 1000');
    const checkpointEvery = Number(process.env.MINUTEBOOK_WAL_AUTOCHECKPOINT);
    // Only the crash test sets this: checkpoints every few pages, so kills land inside them often.
    if (Number.isInteger(checkpointEvery) && checkpointEvery > 0) {
      db.pragma(`wal_autocheckpoint = ${checkpointEvery}`);
    }
    migrate(db);
    if (Number(db.pragma('application_id', { simple: true })) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    return { db, findings };
  } catch (error) {
    db.close();
    throw whyOpeningFailed(error, file);
  }
}

/**
 * A reading connection beside the writer another process holds (the desktop app, browser mode): it
 * never writes, takes no lock beyond SQLite's own, and sees each commit whole (WAL). The file must be
 * Minutebook's, at the version this code knows, since only the writer migrates.
 */
export function openReadOnly(file: string): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  } catch (error) {
    throw describeFileError(error, file, 'read');
  }
  try {
    const version = schemaVersion(db);
    const applicationId = Number(db.pragma('application_id', { simple: true }));
    if (applicationId !== APPLICATION_ID || version === 0) {
      throw new AppError('invalid_input', `${file} is not a Minutebook data file.`);
    }
    if (version !== latestVersion) {
      throw new AppError(
        'database_too_new',
        `The Minutebook that has ${file} open is ${version > latestVersion ? 'newer' : 'older'} than this command (data version ${version}; this command reads ${latestVersion}). Close that Minutebook and run the command again, or run the command of the same version.`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A failure while opening, in the officer's words: no permission, a full disk, or damage. */
function whyOpeningFailed(error: unknown, file: string): unknown {
  if (isDiskFull(error) || isNoPermission(error)) return describeFileError(error, file, 'write');
  const code = codeOf(error);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new DamagedDatabase('malformed', file, `SQLite found it damaged (${(error as Error).message}).`);
  }
  return error;
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

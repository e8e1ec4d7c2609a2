// Opening the one SQLite file: checks before anything is written, pragmas, migrations.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { registerBlockText } from './blockText';
import type { Db } from './db';
import { codeOf, describeFileError, isDiskFull, isNoPermission } from './files';
import { APPLICATION_ID, DamagedDatabase, checkBeforeOpen, type OpenFindings } from './integrity';
import { latestVersion, migrations } from './migrations';
import { bundledTemplate, createFromTemplate } from './newDataFile';

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

/**
 * As openDatabase, with what the checks found that the officer should hear of. A new file is a copy
 * of `template` (the empty database the build leaves beside the bundle, store/newDataFile.ts) where
 * there is one of this schema version, and made by the migrations where there is not.
 */
export function openChecked(
  file: string,
  template: string | null = bundledTemplate(),
): { db: Db; findings: OpenFindings } {
  let findings: OpenFindings = { damagedLog: null, fullCheckPending: false };
  if (file !== ':memory:') {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
    } catch (error) {
      throw describeFileError(error, path.dirname(file), 'write');
    }
    findings = checkBeforeOpen(file);
    if (template !== null && !existsSync(file)) {
      try {
        createFromTemplate(file, template, latestVersion);
      } catch (error) {
        throw describeFileError(error, file, 'write');
      }
    }
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

/** A failure while opening, in the officer's words: no permission, a full disk, or damage. */
function whyOpeningFailed(error: unknown, file: string): unknown {
  if (isDiskFull(error) || isNoPermission(error)) return describeFileError(error, file, 'write');
  const code = codeOf(error);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
    return new DamagedDatabase('malformed', file, `SQLite found it damaged (${(error as Error).message}).`);
  }
  return error;
}

/**
 * Applies the pending migrations, recording each in `PRAGMA user_version`, in one transaction: a new
 * file is made in one commit (one sync to disk, not one a migration), and a file is never left
 * between two versions.
 */
export function migrate(db: Db): void {
  // Every writer migrates: migration 014's triggers, every minutes or report save after and the
  // index rebuild call minutebook_block_text, so the writer has it from here on.
  registerBlockText(db);
  const current = Number(db.pragma('user_version', { simple: true }));
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * A read-only connection to the data file, beside whatever else has it open (the command line's
 * searches while the app is open): no writer lock, no migrations, nothing written to the data.
 * Null when the file needs migrating first (an older Minutebook wrote it): that takes the writer.
 * Throws for a file this Minutebook cannot read: missing, newer, or another program's.
 */
export function openReadOnly(file: string): Db | null {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw describeFileError(error, file, 'read');
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Search hits find their paragraph with it (locateParagraphSql).
    registerBlockText(db);
    const version = schemaVersion(db);
    const latest = migrations.at(-1)!.version;
    if (version > latest) {
      throw new AppError(
        'database_too_new',
        `The data file ${file} was written by a newer version of Minutebook (data version ${version}; this version reads up to ${latest}). Install the newer Minutebook to read it.`,
      );
    }
    const applicationId = Number(db.pragma('application_id', { simple: true }));
    if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
      throw new AppError('invalid_input', `${file} is not a Minutebook data file.`);
    }
    if (version < latest) {
      db.close();
      return null;
    }
    return db;
  } catch (error) {
    if (db.open) db.close();
    throw whyOpeningFailed(error, file);
  }
}

// Checks made before the data file is opened for writing, so that a damaged, truncated or foreign
// file, a write-ahead log without its database, or a file from a newer Minutebook is never "repaired"
// by SQLite or migrated over: it is reported, and the officer is offered a backup.
import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { latestVersion } from './migrations';
import { statement } from './rows';

/** Written into every Minutebook data file's header (PRAGMA application_id): "MnBk". */
export const APPLICATION_ID = 0x4d6e426b;

export const damageKinds = [
  'truncated',
  'bad header',
  'foreign',
  'malformed',
  'wal without database',
  'mismatched log',
  'unreadable',
] as const;
export type DamageKind = (typeof damageKinds)[number];

/** The data file cannot be used as it is; the officer is offered the latest good backup. */
export class DamagedDatabase extends AppError {
  constructor(
    readonly kind: DamageKind,
    readonly file: string,
    detail: string,
  ) {
    super('damaged', `The data file ${file} cannot be opened: ${detail}`);
  }
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  return header;
}

/**
 * Throws DamagedDatabase, or AppError 'database_too_new', if the file at `file` must not be opened.
 * A missing file (and no stray log) is fine: it will be created. Cost: reading 100 bytes, then
 * SQLite's quick_check, which reads each page once without checking indexes against tables.
 */
export function checkBeforeOpen(file: string): void {
  const wal = `${file}-wal`;
  if (!existsSync(file)) {
    if (existsSync(wal) && statSync(wal).size > 0) {
      throw new DamagedDatabase(
        'wal without database',
        file,
        'the file is missing but its write-ahead log (-wal) is still there, so the data file has been moved or deleted. Opening it would start an empty file and lose what the log holds.',
      );
    }
    return;
  }
  const size = statSync(file).size;
  if (size < 100) {
    throw new DamagedDatabase('truncated', file, `it is only ${size} bytes long, so it has been cut short.`);
  }
  const header = readHeader(file);
  if (!header.subarray(0, 16).equals(MAGIC)) {
    throw new DamagedDatabase(
      'bad header',
      file,
      'its first bytes are not those of a SQLite database, so it is damaged or is not a Minutebook file.',
    );
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw new DamagedDatabase('bad header', file, 'its header is damaged (impossible page size).');
  }
  const pagesInHeader = header.readUInt32BE(28);
  // With a log left by a crash, a checkpoint may have been cut off after writing page 1 (which holds
  // the new length) and before the pages after it: the log still has them, so only check the length
  // of a file that has no log to finish it.
  const logLeft = existsSync(wal) && statSync(wal).size > 0;
  const headerCountValid = !logLeft && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (size % pageSize !== 0 || (headerCountValid && pagesInHeader * pageSize > size)) {
    throw new DamagedDatabase(
      'truncated',
      file,
      `it is ${size.toLocaleString('en-GB')} bytes long but should be at least ${(pagesInHeader * pageSize).toLocaleString('en-GB')}, so it has been cut short.`,
    );
  }
  const applicationId = header.readInt32BE(68);
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
    throw new DamagedDatabase(
      'foreign',
      file,
      'it is a SQLite database of some other program, not Minutebook’s.',
    );
  }
  const id = probe(file);
  if (existsSync(wal) && statSync(wal).size > 0) checkLogBelongs(file, id);
}

/** Called in every write transaction: puts the identity row's page in the write-ahead log. */
export function markWrite(db: Database.Database): void {
  statement(db, 'UPDATE store_identity SET last_write = ?').run(new Date().toISOString());
}

const identityOf = (db: Database.Database): string | null => {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'store_identity'").get();
  return exists ? (db.prepare('SELECT database_id FROM store_identity').pluck().get() as string) : null;
};

/**
 * A log left by a crash belongs to its database. One from another database (same name, copied in by
 * a sync tool or left when an old copy of the file was put back) would be replayed into this one and
 * mix two sets of minutes. The file without its log is read from a copy, so nothing here is changed.
 */
function checkLogBelongs(file: string, throughLog: string | null): void {
  if (throughLog === null) return;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'minutebook-check-'));
  try {
    const copy = path.join(scratch, 'alone.sqlite3');
    copyFileSync(file, copy);
    let alone: string | null;
    const db = new Database(copy, { readonly: true });
    try {
      alone = identityOf(db);
    } finally {
      db.close();
    }
    if (alone !== null && alone !== throughLog) {
      throw new DamagedDatabase(
        'mismatched log',
        file,
        'its write-ahead log (-wal) belongs to a different Minutebook database, so replaying it would mix two sets of minutes.',
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Opens the file read-only (so nothing can be written, not even a checkpoint) and checks it.
 * Returns the database's identity as seen through its log.
 */
function probe(file: string): string | null {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 2000 });
  } catch (error) {
    throw new DamagedDatabase('unreadable', file, `SQLite could not open it (${(error as Error).message}).`);
  }
  try {
    let version: number;
    let tables: number;
    let applicationId: number;
    try {
      version = Number(db.pragma('user_version', { simple: true }));
      applicationId = Number(db.pragma('application_id', { simple: true }));
      tables = Number(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get());
    } catch (error) {
      throw damaged(file, error);
    }
    if (version > latestVersion) {
      throw new AppError(
        'database_too_new',
        `The data file ${file} was written by a newer version of Minutebook (data version ${version}; this version reads up to ${latestVersion}). Install the newer Minutebook to open it. The file has not been changed.`,
      );
    }
    if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
      throw new DamagedDatabase(
        'foreign',
        file,
        'it is a SQLite database of some other program, not Minutebook’s.',
      );
    }
    if (version === 0 && tables > 0) {
      throw new DamagedDatabase('foreign', file, 'it is a SQLite database, but not one Minutebook wrote.');
    }
    let problems: string[];
    try {
      problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
    } catch (error) {
      throw damaged(file, error);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new DamagedDatabase(
        'malformed',
        file,
        `SQLite’s check found damage (${problems.join('; ').slice(0, 300)}).`,
      );
    }
    return version >= 8 ? identityOf(db) : null;
  } finally {
    db.close();
  }
}

function damaged(file: string, error: unknown): DamagedDatabase {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message;
  if (code.startsWith('SQLITE_NOTADB')) {
    return new DamagedDatabase(
      'bad header',
      file,
      `SQLite does not recognise it as a database (${message}).`,
    );
  }
  return new DamagedDatabase('malformed', file, `SQLite found it damaged (${message}).`);
}

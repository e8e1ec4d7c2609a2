// Checks made before the data file is opened for writing, so that a damaged, truncated or foreign
// file, a write-ahead log without its database or from another database, or a file from a newer
// Minutebook is never "repaired" by SQLite or migrated over: it is reported, and the officer is
// offered a backup. The checks cost the same whatever the file's size (its header, its schema, one
// page, and its log, which SQLite reads on opening anyway); SQLite's full check reads every page,
// so it runs here only for small files and otherwise in the background once the app is open.
// Nothing here writes to the data file or copies it.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';
import { codeOf, describeFileError, fsyncPath, timestampForFileName } from './files';
import { identityInFile } from './identityPage';
import { latestVersion, migrations } from './migrations';
import { statement } from './rows';
import { inspectLog } from './writeAheadLog';

/** Written into every Minutebook data file's header (PRAGMA application_id): "MnBk". */
export const APPLICATION_ID = 0x4d6e426b;

/** Data (file and log) up to this size gets SQLite's full check before opening: a few milliseconds. */
export const FULL_CHECK_BEFORE_OPEN_BYTES = 16 * 1024 * 1024;

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
    /** What is wrong, in a sentence (the message adds which file cannot be opened). */
    readonly detail: string,
  ) {
    super('damaged', `The data file ${file} cannot be opened: ${detail}`);
  }
}

/** What the checks found that does not stop the file opening, but that the officer must hear of. */
export interface OpenFindings {
  /**
   * The log held transactions after a damaged frame, which SQLite will not apply: a copy of the log
   * was kept beside the data file under this name before anything opened it for writing.
   */
  damagedLog: { keptAs: string; droppedCommits: number } | null;
  /** SQLite's full check has not run yet (the file is large): it runs in the background. */
  fullCheckPending: boolean;
}

export interface CheckOptions {
  /** 'always' for a backup about to be restored; by default only for small files. */
  fullCheck?: 'always' | 'when small';
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
 * Throws DamagedDatabase (the recovery screen), or an AppError saying why the file cannot be used
 * (newer version, a folder, no permission), if the file at `file` must not be opened. A missing
 * file (and no stray log) is fine: it will be created.
 */
export function checkBeforeOpen(file: string, options: CheckOptions = {}): OpenFindings {
  try {
    return checks(file, options);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Whatever else goes wrong in here is the recovery screen (with the backup on offer), never a
    // raw error that stops the app.
    throw new DamagedDatabase(
      'unreadable',
      file,
      `Minutebook could not check it (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

function checks(file: string, options: CheckOptions): OpenFindings {
  const wal = `${file}-wal`;
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw describeFileError(error, file, 'read');
    if (existsSync(wal) && statSync(wal).size > 0) {
      throw new DamagedDatabase(
        'wal without database',
        file,
        'the file is missing but its write-ahead log (-wal) is still there, so the data file has been moved or deleted. Opening it would start an empty file and lose what the log holds.',
      );
    }
    return { damagedLog: null, fullCheckPending: false };
  }
  if (stats.isDirectory()) {
    throw new AppError(
      'invalid_input',
      `Minutebook cannot open its data file: ${file} is a folder, not a file. Move or rename that folder, or start Minutebook with --data pointing to another folder.`,
    );
  }
  const size = stats.size;
  if (size < 100) {
    throw new DamagedDatabase('truncated', file, `it is only ${size} bytes long, so it has been cut short.`);
  }
  let header: Buffer;
  try {
    header = readHeader(file);
  } catch (error) {
    throw describeFileError(error, file, 'read');
  }
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
  const walBytes = existsSync(wal) ? statSync(wal).size : 0;
  const damagedLog = walBytes > 0 ? keepDamagedLog(file, wal) : null;
  const pagesInHeader = header.readUInt32BE(28);
  // With a log left by a crash, a checkpoint may have been cut off after writing page 1 (which holds
  // the new length) and before the pages after it: the log still has them, so only check the length
  // of a file that has no log to finish it.
  const headerCountValid = walBytes === 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
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
  const fullCheck = options.fullCheck === 'always' || size + walBytes <= FULL_CHECK_BEFORE_OPEN_BYTES;
  const { identity, identityRoot } = probe(file, fullCheck);
  if (walBytes > 0 && identity !== null && identityRoot !== null) {
    checkLogBelongs(file, identity, identityRoot, pageSize);
  }
  return { damagedLog, fullCheckPending: !fullCheck };
}

/**
 * A log SQLite can apply only in part (a damaged frame with committed transactions after it) is
 * copied aside before anything opens the file for writing: SQLite would apply what comes before the
 * damage, then reuse the log and overwrite the rest. Returns what was kept, or null for a log that
 * will be applied whole (the usual log left by a crash, whose unfinished end is rightly dropped).
 */
function keepDamagedLog(file: string, wal: string): OpenFindings['damagedLog'] {
  let droppedCommits: number;
  try {
    droppedCommits = inspectLog(wal).droppedCommits;
  } catch {
    // Unreadable here means unreadable to SQLite too, which says so when it opens the file.
    return null;
  }
  if (droppedCommits === 0) return null;
  const keptAs = `${path.basename(file)}-wal.damaged-${timestampForFileName(new Date())}`;
  const target = path.join(path.dirname(file), keptAs);
  try {
    copyFileSync(wal, target);
    fsyncPath(target);
    fsyncPath(path.dirname(file));
  } catch (error) {
    const why = describeFileError(error, target, 'write');
    throw new AppError(
      why.code,
      `The data file’s log (${path.basename(wal)}) is damaged, and Minutebook could not keep a copy of it before opening the file, so it has not opened it: ${why.message}`,
    );
  }
  return { keptAs, droppedCommits };
}

const identityRootOf = (db: Database.Database): number | null =>
  (db
    .prepare("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 'store_identity'")
    .pluck()
    .get() as number | undefined) ?? null;

const identityThrough = (db: Database.Database): string | null =>
  identityRootOf(db) === null
    ? null
    : ((db.prepare('SELECT database_id FROM store_identity').pluck().get() as string | undefined) ?? null);

/**
 * A log left by a crash belongs to its database. One from another database (same name, copied in by
 * a sync tool, or left behind when another data file was put in this one's place) would be replayed
 * into this one and mix two sets of minutes. The identity seen through the log is compared with the
 * one in the file's own identity page, read from the file alone: that page holds the same identity
 * however far an interrupted checkpoint got. Where the page cannot tell (the table is still only in
 * the log), the file opens.
 */
function checkLogBelongs(file: string, throughLog: string, root: number, pageSize: number): void {
  let alone: string | null;
  try {
    alone = identityInFile(file, root, pageSize);
  } catch {
    alone = null;
  }
  if (alone !== null && alone !== throughLog) {
    throw new DamagedDatabase(
      'mismatched log',
      file,
      'its write-ahead log (-wal) belongs to a different Minutebook database, so replaying it would mix two sets of minutes.',
    );
  }
}

/**
 * The tables each schema version has, from the migrations themselves, in the order they run: a table
 * made again (021's copy-and-rename) is made, the old one dropped, and the copy renamed to its name.
 */
const tablesUpTo: string[][] = (() => {
  const byVersion: string[][] = [[]];
  let tables: string[] = [];
  const statements = /CREATE TABLE (\w+)|DROP TABLE (\w+)|ALTER TABLE (\w+) RENAME TO (\w+)/g;
  for (const migration of migrations) {
    for (const [, created, dropped, from, to] of migration.sql.matchAll(statements)) {
      if (created) tables = [...tables, created];
      else if (dropped) tables = tables.filter((table) => table !== dropped);
      else if (from && to) tables = tables.map((table) => (table === from ? to : table));
    }
    byVersion[migration.version] = [...new Set(tables)];
  }
  return byVersion;
})();

/**
 * Opens the file read-only (so nothing can be written, not even a checkpoint) and checks what can be
 * checked at a cost that does not grow with the file: its version, that it is ours, its identity.
 * With `fullCheck`, SQLite's quick_check too. Returns the identity as seen through the log.
 */
function probe(file: string, fullCheck: boolean): { identity: string | null; identityRoot: number | null } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 2000 });
  } catch (error) {
    throw openFailure(file, error);
  }
  try {
    let version: number;
    let tables: Set<string>;
    let applicationId: number;
    try {
      version = Number(db.pragma('user_version', { simple: true }));
      applicationId = Number(db.pragma('application_id', { simple: true }));
      tables = new Set(
        db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[],
      );
    } catch (error) {
      throw openFailure(file, error);
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
    const missing = (tablesUpTo[version] ?? []).filter((table) => !tables.has(table));
    if ((version === 0 && tables.size > 0) || (version > 0 && missing.length > 0)) {
      throw new DamagedDatabase('foreign', file, 'it is a SQLite database, but not one Minutebook wrote.');
    }
    if (fullCheck) {
      const problems = quickCheck(db, file);
      if (problems) throw problems;
    }
    try {
      return { identity: identityThrough(db), identityRoot: identityRootOf(db) };
    } catch (error) {
      throw openFailure(file, error);
    }
  } finally {
    db.close();
  }
}

/**
 * What SQLite's check says of the search index's own structure (it asks FTS5 since SQLite 3.44):
 * not damage to the file, since the index is made from the record and is rebuilt from it (the checks
 * after opening find it again and do so, electron/session.ts).
 */
const searchIndexProblem = (line: string) => /\bfts5\b/i.test(line) && /\bsearch_index\b/.test(line);

/** SQLite's quick_check on an open connection: null when it says ok, else the damage it found. */
export function quickCheck(db: Database.Database, file: string): AppError | null {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(100)') as { quick_check: string }[])
      .map((row) => row.quick_check)
      .filter((line) => !searchIndexProblem(line))
      .slice(0, 5);
  } catch (error) {
    return openFailure(file, error);
  }
  if (problems.length === 0 || (problems.length === 1 && problems[0] === 'ok')) return null;
  return new DamagedDatabase(
    'malformed',
    file,
    `SQLite’s check found damage (${problems.join('; ').slice(0, 300)}).`,
  );
}

/** Called in every write transaction: puts the identity row's page in the write-ahead log. */
export function markWrite(db: Database.Database): void {
  statement(db, 'UPDATE store_identity SET last_write = ?').run(new Date().toISOString());
}

/** Why SQLite could not read the file: damage (the recovery screen), or no permission to. */
function openFailure(file: string, error: unknown): AppError {
  const code = codeOf(error);
  const message = (error as Error).message;
  if (code.startsWith('SQLITE_NOTADB')) {
    return new DamagedDatabase(
      'bad header',
      file,
      `SQLite does not recognise it as a database (${message}).`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new DamagedDatabase('malformed', file, `SQLite found it damaged (${message}).`);
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return describeFileError(error, file, 'read');
  }
  return new DamagedDatabase('unreadable', file, `SQLite could not read it (${message}).`);
}

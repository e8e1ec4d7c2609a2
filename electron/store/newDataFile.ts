// A new data file made from the empty database the build leaves beside the bundle
// (dist/electron/empty.sqlite3: every migration applied, the pragmas set), rather than by running
// the migrations again at each new folder's first start: about 140 table, index, trigger and
// full-text statements, 60–150 ms of a new folder's start on a loaded two-core machine, and a
// switch to the write-ahead log with its own syncs to disk, while the browser waits for the first
// screen's reads. The copy gets an identity of its own (store_identity.database_id) before it
// takes the data file's name, and takes it by a rename, so a crash leaves either no data file or a
// whole one. Without the template (the sources run by the tests, a build without it), or with one
// of another schema version, the file is made by the migrations as before.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fsyncPath } from './files';

export const TEMPLATE_FILE_NAME = 'empty.sqlite3';

/** The template beside the running bundle, or null where there is none (the sources under tsx). */
export function bundledTemplate(): string | null {
  if (typeof __dirname !== 'string') return null;
  const file = path.join(__dirname, TEMPLATE_FILE_NAME);
  return existsSync(file) ? file : null;
}

/** SQLite's header: "SQLite format 3\0", the user version at byte 60, the write-ahead log at 18–19. */
function usable(bytes: Buffer, schemaVersion: number): boolean {
  return (
    bytes.length >= 100 &&
    bytes.toString('latin1', 0, 16) === 'SQLite format 3\u0000' &&
    bytes[18] === 2 &&
    bytes[19] === 2 &&
    bytes.readUInt32BE(60) === schemaVersion
  );
}

/**
 * Makes `file` (which must not exist; the caller holds the folder's writer lock) from `template` if
 * that is a database of `schemaVersion`. False, and nothing made, when it is not.
 */
export function createFromTemplate(file: string, template: string, schemaVersion: number): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(template);
  } catch {
    return false;
  }
  if (!usable(bytes, schemaVersion)) return false;
  const temporary = `${file}.new`;
  rmSync(temporary, { force: true });
  rmSync(`${temporary}-wal`, { force: true });
  rmSync(`${temporary}-shm`, { force: true });
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    const db = new Database(temporary);
    try {
      // Not the data file yet: synced once below, before it takes the name.
      db.pragma('synchronous = OFF');
      db.prepare('UPDATE store_identity SET database_id = lower(hex(randomblob(16)))').run();
    } finally {
      // Closing the last connection checkpoints the log into the file and removes it.
      db.close();
    }
    fsyncPath(temporary);
    renameSync(temporary, file);
    fsyncPath(path.dirname(file));
    return true;
  } catch (error) {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-wal`, { force: true });
    rmSync(`${temporary}-shm`, { force: true });
    throw error;
  }
}

/** Writes the template: a database made by `open` (which applies every migration), then closed. */
export function writeTemplate(file: string, open: (file: string) => Database.Database): void {
  rmSync(file, { force: true });
  const db = open(file);
  db.close();
}

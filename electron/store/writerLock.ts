// One writer per data folder. The lock is an operating-system lock on a small SQLite file beside the
// data (SQLite's own exclusive locking mode), so it is released whenever the process ends, even by
// a crash or SIGKILL: there is never a stale lock to clear by hand. A plain note beside it says who
// holds it, for the message a second copy shows.
import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatMoment } from '../../shared/format';
import { AppError } from '../../shared/result';
import { describeFileError, prepareDataFolder } from './files';

export const LOCK_FILE_NAME = 'minutebook.lock';
const HOLDER_FILE_NAME = 'minutebook.lock.holder.json';

export interface WriterLock {
  release(): void;
}

/**
 * Makes the data folder ready and takes its writer lock. Throws 'locked' saying who has it, or why
 * the folder cannot be used (read-only, a full disk, a file where the folder should be).
 */
export function claimDataFolder(dataDir: string, holder: string): WriterLock {
  prepareDataFolder(dataDir);
  try {
    return takeWriterLock(dataDir, holder);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw describeFileError(error, dataDir, 'write');
  }
}

/** Takes the data folder's writer lock, or throws 'locked' saying who has it. */
export function takeWriterLock(dataDir: string, holder: string): WriterLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const lock = new Database(file, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The file holds no data, only the lock: its first write (a new folder's) needs neither a journal
    // nor a sync to disk, which took 20–30 ms of every new folder's start (five fsyncs).
    lock.pragma('journal_mode = OFF');
    lock.pragma('synchronous = OFF');
    lock.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new AppError(
        'locked',
        `Minutebook is already open on this data folder${describeHolder(dataDir)}. Only one copy may write to it at a time, so this one has not opened it. Switch to the copy that is open, or close it and try again. (${dataDir})`,
      );
    }
    throw error;
  }
  const holderFile = path.join(dataDir, HOLDER_FILE_NAME);
  try {
    writeFileSync(holderFile, JSON.stringify({ holder, pid: process.pid, since: new Date().toISOString() }));
  } catch {
    // The note only improves the message; the lock is what counts.
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      rmSync(holderFile, { force: true });
      lock.close();
    },
  };
}

function describeHolder(dataDir: string): string {
  try {
    const note = JSON.parse(readFileSync(path.join(dataDir, HOLDER_FILE_NAME), 'utf8')) as {
      holder?: unknown;
      pid?: unknown;
      since?: unknown;
    };
    if (typeof note.holder !== 'string' || typeof note.since !== 'string') return '';
    return ` (${note.holder}, process ${String(note.pid)}, since ${formatMoment(note.since)})`;
  } catch {
    return '';
  }
}

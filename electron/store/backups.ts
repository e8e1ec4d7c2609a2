// Backups of the data file, made with SQLite's online backup API while the app keeps working: to a
// temporary file, checked, flushed to disk and renamed into place, so a backup on disk is always
// whole. Kept: the last 3 of today and the last one of each of the previous 7 days.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../../shared/domain';
import { AppError } from '../../shared/result';
import type { Db } from './database';
import { codeOf, fsyncPath, isDiskFull, timestampForFileName as stamp } from './files';
import { checkBeforeOpen } from './integrity';

export const BACKUP_DIR_NAME = 'backups';
const PREFIX = 'minutebook-';
const SUFFIX = '.sqlite3';
/** Kept apart from the rotation: the file as it was just before a restore. */
const BEFORE_RESTORE = 'before-restore-';

export const backupDirOf = (dataDir: string): string => path.join(dataDir, BACKUP_DIR_NAME);

function takenAtOf(name: string): string | null {
  const match = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})/.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}` : null;
}

/** Every backup in the folder, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupDirOf(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(SUFFIX) && (name.startsWith(PREFIX) || name.startsWith(BEFORE_RESTORE)))
    .flatMap((name) => {
      const takenAt = takenAtOf(name);
      if (!takenAt) return [];
      return [
        {
          id: name,
          takenAt,
          bytes: statSync(path.join(dir, name)).size,
          kind: name.startsWith(BEFORE_RESTORE) ? ('before restore' as const) : ('backup' as const),
        },
      ];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Copies the open database to the backups folder with SQLite's online backup API. The copy is
 * checked before it is given its name, so a backup that exists is one that opens.
 */
export async function backUp(
  db: Db,
  dataDir: string,
  options: { kind?: BackupFile['kind']; now?: Date } = {},
): Promise<BackupFile> {
  const dir = backupDirOf(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = `${options.kind === 'before restore' ? BEFORE_RESTORE : PREFIX}${stamp(options.now ?? new Date())}${SUFFIX}`;
  const temporary = path.join(dir, `.${name}.partial`);
  const target = path.join(dir, name);
  try {
    await db.backup(temporary);
    const copy = new Database(temporary);
    try {
      // A backup is one file: no write-ahead log beside it.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') {
        throw Object.assign(new Error(`the copy failed its check (${String(check)})`), {
          code: 'SQLITE_CORRUPT',
        });
      }
    } finally {
      copy.close();
    }
    fsyncPath(temporary);
    renameSync(temporary, target);
    fsyncPath(dir);
  } catch (error) {
    rmSync(temporary, { force: true });
    // 'damaged': the data file itself is (a copy of a damaged file fails the same check).
    throw new AppError(
      isDiskFull(error) ? 'disk_full' : codeOf(error).startsWith('SQLITE_CORRUPT') ? 'damaged' : 'internal',
      `The backup could not be written to ${dir} (${(error as Error).message}). Your data file is unchanged.`,
    );
  }
  if (options.kind !== 'before restore') pruneBackups(dataDir, options.now ?? new Date());
  return listBackups(dataDir).find((file) => file.id === name)!;
}

/**
 * The backups to delete: of the rotation, all but the newest 3 of `today` and the newest one of
 * each of the 7 days before it. Backups taken before a restore are never pruned.
 */
export function backupsToPrune(backups: BackupFile[], today: Date): BackupFile[] {
  const day = (date: Date) => stamp(date).slice(0, 10);
  const todayKey = day(today);
  const earlierDays = new Set(
    Array.from({ length: 7 }, (_, index) =>
      day(new Date(today.getFullYear(), today.getMonth(), today.getDate() - index - 1)),
    ),
  );
  const keep = new Set<string>();
  let todayKept = 0;
  const daysKept = new Set<string>();
  for (const backup of backups.filter((file) => file.kind === 'backup')) {
    const key = backup.takenAt.slice(0, 10);
    if (key === todayKey && todayKept < 3) {
      keep.add(backup.id);
      todayKept += 1;
    } else if (earlierDays.has(key) && !daysKept.has(key)) {
      keep.add(backup.id);
      daysKept.add(key);
    } else if (key > todayKey) {
      // The clock was set back: keep what looks like the future rather than lose it.
      keep.add(backup.id);
    }
  }
  return backups.filter((file) => file.kind === 'backup' && !keep.has(file.id));
}

export function pruneBackups(dataDir: string, today: Date): void {
  for (const file of backupsToPrune(listBackups(dataDir), today)) {
    rmSync(path.join(backupDirOf(dataDir), file.id), { force: true });
  }
}

/** The path of a backup by its id, refusing anything that is not a backup in the folder. */
export function backupPath(dataDir: string, id: string): string {
  const backup = listBackups(dataDir).find((file) => file.id === id);
  if (!backup || path.basename(id) !== id) {
    throw new AppError('not_found', 'That backup is no longer in the backups folder.');
  }
  return path.join(backupDirOf(dataDir), id);
}

/** The newest backup that passes the opening checks, or undefined. */
export function latestGoodBackup(dataDir: string): BackupFile | undefined {
  for (const backup of listBackups(dataDir)) {
    try {
      checkBeforeOpen(path.join(backupDirOf(dataDir), backup.id), { fullCheck: 'always' });
      return backup;
    } catch {
      // Try the next one.
    }
  }
  return undefined;
}

/**
 * Puts a backup in place of the data file, which must be closed. The file being replaced (and its
 * log) is moved aside under `asideName`, never deleted; the backup is copied, flushed and renamed in.
 */
export function putBackupInPlace(dataFile: string, backupFile: string, asideName: string | null): void {
  checkBeforeOpen(backupFile, { fullCheck: 'always' });
  const dir = path.dirname(dataFile);
  if (asideName) moveAside(dataFile, asideName);
  else {
    // The current file was saved as a backup first; its log belongs to it and goes with it.
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(dataFile + suffix, { force: true });
  }
  const temporary = `${dataFile}.restoring`;
  copyFileSync(backupFile, temporary);
  fsyncPath(temporary);
  renameSync(temporary, dataFile);
  fsyncPath(dir);
}

/** Renames the data file and whatever lies beside it (its log, shared memory, journal) to `asideName`. */
export function moveAside(dataFile: string, asideName: string): void {
  const dir = path.dirname(dataFile);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(dataFile + suffix)) renameSync(dataFile + suffix, path.join(dir, asideName + suffix));
  }
}

/** The name a damaged file is moved aside to: beside it, dated, never reused. */
export function damagedName(dataFile: string, now = new Date()): string {
  return `${path.basename(dataFile)}.damaged-${stamp(now)}`;
}

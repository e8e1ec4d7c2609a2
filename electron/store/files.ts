// The file-system side of keeping data safe: flushing to disk, names that say when, and what to
// tell the officer when the folder cannot be read or written.
import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';

/** Flushes a file (or a folder's entry for a renamed file) to the disk. */
export function fsyncPath(file: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Windows cannot open a folder to flush it; its renames are durable once they return.
    if (!(process.platform === 'win32' && statSync(file).isDirectory())) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** "2026-11-22T14-05-09-123": sortable, and a legal file name everywhere. */
export function timestampForFileName(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}-${pad(
    date.getMinutes(),
  )}-${pad(date.getSeconds())}-${pad(date.getMilliseconds(), 3)}`;
}

/** The error's code ('ENOSPC', 'SQLITE_FULL'…), or '' when it has none. */
export const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** The error means the disk (or the account's quota on it) is full. */
export const isDiskFull = (error: unknown): boolean =>
  ['ENOSPC', 'EDQUOT', 'SQLITE_FULL'].includes(codeOf(error));

/** The error means the place cannot be written (or read) with this account's permissions. */
export const isNoPermission = (error: unknown): boolean => {
  const code = codeOf(error);
  return (
    ['EACCES', 'EPERM', 'EROFS', 'SQLITE_PERM', 'SQLITE_AUTH'].includes(code) ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN')
  );
};

/**
 * One sentence for a failure to read or write `target` (the data folder, the data file, a copy):
 * what is wrong and what to do. Anything unforeseen keeps SQLite's or the system's own words.
 */
export function describeFileError(error: unknown, target: string, doing: 'read' | 'write'): AppError {
  const code = codeOf(error);
  if (isDiskFull(error)) {
    return new AppError(
      'disk_full',
      `The disk holding ${path.dirname(target)} is full, so Minutebook cannot write there. Free some space and start Minutebook again; nothing has been changed.`,
    );
  }
  if (isNoPermission(error)) {
    return new AppError(
      'read_only',
      `Minutebook cannot ${doing === 'read' ? 'read' : 'write to'} ${target}: the folder or file is read-only, or your account may not change it. Nothing has been changed. Make it writable (or copy the folder to one you can write to and start Minutebook with --data pointing there), then start Minutebook again.`,
    );
  }
  if (code === 'EISDIR') {
    return new AppError(
      'invalid_input',
      `Minutebook cannot use ${target}: it is a folder, not a file. Move or rename that folder, or start Minutebook with --data pointing to another folder.`,
    );
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    return new AppError(
      'invalid_input',
      `Minutebook cannot use ${target} as its data folder: part of that path is a file, not a folder. Start Minutebook with --data pointing to a folder.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('internal', `Minutebook could not ${doing} ${target} (${detail}).`);
}

/**
 * Makes sure the data folder can hold Minutebook's data before anything is opened in it: that it is
 * a folder (created if missing), that it and any data file in it can be written, and that the data
 * file is not a folder. Throws an AppError with one sentence otherwise.
 */
export function prepareDataFolder(dataDir: string, dataFileName = 'minutebook.sqlite3'): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw describeFileError(error, dataDir, 'write');
  }
  if (!statSync(dataDir).isDirectory()) {
    throw describeFileError(Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), dataDir, 'write');
  }
  try {
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw describeFileError(error, dataDir, 'write');
  }
  const dataFile = path.join(dataDir, dataFileName);
  for (const file of [dataFile, `${dataFile}-wal`, `${dataFile}-shm`]) {
    if (!existsSync(file)) continue;
    if (statSync(file).isDirectory()) {
      throw describeFileError(Object.assign(new Error('a folder'), { code: 'EISDIR' }), file, 'write');
    }
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw describeFileError(error, file, 'write');
    }
  }
}

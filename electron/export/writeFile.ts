// A document is written to a temporary name beside the target, flushed to disk and renamed into
// place: a crash, a full disk or a locked target never leaves a half-written or emptied file.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/result';

export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(target);
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.part`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw explain(error, target);
  }
}

function explain(error: unknown, target: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const name = path.basename(target);
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
    case 'EROFS':
      return new AppError(
        'read_only',
        `“${name}” could not be written: the file or its folder is locked or read-only (is it open in Word?). Close it, or choose another name. Nothing else was changed.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'disk_full',
        `“${name}” could not be written because the disk is full. Free some space and export again; the old file, if any, is untouched.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError(
        'invalid_input',
        `The folder for “${name}” does not exist: ${path.dirname(target)}.`,
      );
    case 'EISDIR':
      return new AppError('invalid_input', `“${target}” is a folder; give a file name ending in .docx.`);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

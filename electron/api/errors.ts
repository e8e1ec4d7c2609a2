// Failures in words a committee officer can act on: zod's issues for a refused input, and SQLite's
// error codes for a change that could not be made.
import type { z } from 'zod';
import { AppError, type ApiError } from '../../shared/result';
import { isApprovedRefusal } from '../store/approvals';

export function describeIssues(error: z.ZodError): string {
  const sentences = error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`;
    }
    if (issue.code === 'invalid_type' && issue.path.length === 0) {
      return 'The request must be an object of named fields.';
    }
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      return `${issue.path.join('.')} ${issue.message.replace(/^Invalid input: /, '')}.`;
    }
    return issue.message;
  });
  return [...new Set(sentences)].join(' ');
}

/** SQLite's error codes, in words the officer can act on. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (isApprovedRefusal(error)) {
    return {
      code: 'approved',
      message:
        'These minutes have been approved, so they can no longer be changed. To correct them, reopen them with a reason on the meeting’s page.',
    };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL') {
      return {
        code: 'disk_full',
        message: 'The disk is full, so this change was not saved. Free some space and try again.',
      };
    }
    if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_CANTOPEN') {
      return {
        code: 'read_only',
        message:
          'The data file cannot be written to, so this change was not saved. Check the folder’s permissions.',
      };
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return {
        code: 'not_found',
        message: 'Something this change refers to no longer exists. Refresh and try again.',
      };
    }
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      return {
        code: 'conflict',
        message: `This change conflicts with what is already saved (${(error as Error).message}).`,
      };
    }
    if (code.startsWith('SQLITE_BUSY')) {
      return {
        code: 'busy',
        message: 'The data file is in use by another program. Try again in a moment.',
      };
    }
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
      return {
        code: 'damaged',
        message:
          'The data file is damaged where this is kept, so it could not be read or saved. Restore the latest good backup from Backups (what is there now is kept as a backup first).',
      };
    }
    if (code.startsWith('SQLITE_IOERR')) {
      return {
        code: 'internal',
        message: `The data file could not be read or written (${code}). The change was not saved.`,
      };
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Minutebook: ${message}` };
}

// The one router both transports hand calls to: validates input, runs the handler, wraps the reply.
import type { z } from 'zod';
import {
  isMethodName,
  methods,
  type MethodName,
  type Methods,
  type MethodOutput,
  type ParsedInput,
} from '../../shared/api';
import { AppError, type ApiError, type ApiResult } from '../../shared/result';
import { wellFormed } from '../../shared/wellFormed';
import { APPROVED_REFUSAL } from '../store/migrations/008_record';
import { beginAudit, type AuditScope } from '../store/audit';
import { markWrite } from '../store/integrity';
import type { Db } from '../store/database';
import { auditScopes } from './audit';
import type { SessionControl } from '../session';

export interface Context {
  db: Db;
  dataFile: string;
  version: string;
  /** Backups and restoring, where a session runs the data folder (not in the CLI's one-off cores). */
  session?: SessionControl;
}

/** A mutation answers at once, inside its transaction; a query may take its time (a Word export). */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: Context,
) => MethodOutput<M> | (Methods[M]['kind'] extends 'query' | 'task' ? Promise<MethodOutput<M>> : never);
export type Handlers = { [M in MethodName]: Handler<M> };

/** Who is calling, as the transport knows it. */
export interface Caller {
  /**
   * The window the call comes from ("desktop:3", "browser:<the page's own id>"): a run of saves to
   * one part of the record from one window is one entry in the audit trail.
   */
  window?: string;
}

export interface Router {
  call(method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected failures are reported (the officer sees a short message). */
  log?: (message: string, error: unknown) => void;
}

export function createRouter(handlers: Handlers, ctx: Context, options: RouterOptions = {}): Router {
  const log = options.log ?? ((message, error) => console.error(message, error));
  return {
    async call(method, input, caller = {}) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return failure({
          code: 'unknown_method',
          message: `Minutebook has no method called "${String(method)}".`,
        });
      }
      const spec = methods[method];
      let parsed: ReturnType<typeof spec.input.safeParse>;
      try {
        // One rule for every string field: a lone surrogate becomes U+FFFD (shared/wellFormed.ts).
        parsed = spec.input.safeParse(wellFormed(input ?? {}));
      } catch (error) {
        log(`Minutebook: validating ${method} failed`, error);
        return failure({
          code: 'invalid_input',
          message: 'The request could not be checked, so it was not carried out.',
        });
      }
      if (!parsed.success) {
        return failure({ code: 'invalid_input', message: describeIssues(parsed.error) });
      }
      try {
        const handler = handlers[method] as (input: unknown, ctx: Context) => unknown;
        const run = () => {
          if (spec.kind !== 'mutation') return handler(parsed.data, ctx);
          // Read before the change, in its transaction, so the audit trail's "before" is exact.
          const scopes = (auditScopes[method] as ((input: unknown, db: Db) => AuditScope[]) | undefined)?.(
            parsed.data,
            ctx.db,
          );
          const recordAudit = beginAudit(ctx.db, scopes ?? [], caller.window ?? null);
          const value = handler(parsed.data, ctx);
          recordAudit(value);
          markWrite(ctx.db);
          return value;
        };
        const value = spec.kind === 'mutation' ? ctx.db.transaction(run).immediate() : await run();
        return { ok: true, value };
      } catch (error) {
        const mapped = toApiError(error);
        if (mapped.code === 'internal') log(`Minutebook: ${method} failed`, error);
        return failure(mapped);
      }
    },
  };
}

const failure = (error: ApiError): ApiResult<never> => ({ ok: false, error });

function describeIssues(error: z.ZodError): string {
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
function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && (error as Error).message === APPROVED_REFUSAL) {
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

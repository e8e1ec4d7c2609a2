// The one router every transport hands calls to (the desktop's IPC, browser mode's HTTP, the command
// line, the tests): it validates the input against the contract, runs the handler (a mutation in one
// write transaction, with the audit trail), and wraps the reply. Recovery mode is a mode of it: while
// the data file is damaged only the methods the contract marks inRecovery answer.
import {
  answersInRecovery,
  isMethodName,
  methods,
  type MethodName,
  type MutationName,
} from '../../shared/api';
import type { ApiError, ApiResult } from '../../shared/result';
import { wellFormed } from '../../shared/wellFormed';
import { beginAudit, type AuditScope } from '../store/audit';
import type { Db } from '../store/database';
import { markWrite } from '../store/integrity';
import { auditScopes } from './audit';
import type {
  Caller,
  Context,
  Handlers,
  RecoveryContext,
  Router,
  RouterOptions,
  RouterState,
} from './context';
import { describeIssues, toApiError } from './errors';
import { keepAfterRefusal } from './keepRefused';
import { mendingSearchIndex } from './searchIndex';

export type { Caller, Context, Handler, Handlers, Router, RouterOptions, SessionControl } from './context';

/** A router over data that is open for as long as the router is used (the CLI's and tests' cores). */
export function createRouter(
  handlers: Handlers,
  state: RouterState | (() => RouterState),
  options: RouterOptions = {},
): Router {
  const log = options.log ?? ((message, error) => console.error(message, error));
  const current = typeof state === 'function' ? state : () => state;
  return {
    async call(method, input, caller: Caller = {}) {
      const now = current();
      if (now.mode === 'closing') return failure({ code: 'unauthorised', message: 'Minutebook is closing.' });
      if (typeof method !== 'string' || !isMethodName(method)) {
        return failure({
          code: 'unknown_method',
          message: `Minutebook has no method called "${String(method)}".`,
        });
      }
      if (now.mode === 'recovery' && !answersInRecovery(method)) {
        return failure({ code: 'damaged', message: now.problem });
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
      const handler = handlers[method] as (input: unknown, ctx: Context | RecoveryContext) => unknown;
      try {
        if (now.mode === 'recovery') {
          return { ok: true, value: await handler(parsed.data, { ...now.ctx, caller }) };
        }
        const ctx: Context = { ...now.ctx, caller };
        if (spec.kind !== 'mutation') return { ok: true, value: await handler(parsed.data, ctx) };
        const write = () =>
          ctx.db
            .transaction(() => {
              // Read before the change, in its transaction, so the audit trail's "before" is exact.
              const recordAudit = beginAudit(
                ctx.db,
                scopesOf(method, parsed.data, ctx.db),
                caller.window ?? null,
              );
              const result = handler(parsed.data, ctx);
              recordAudit(result);
              markWrite(ctx.db);
              return result;
            })
            .immediate();
        // The search index is kept by triggers in the same transaction, so a damaged index would
        // refuse the save itself. It is made from the record: rebuild it and write again.
        const value = mendingSearchIndex(ctx.db, write, () =>
          log(`Minutebook: ${method} found the search index damaged; rebuilding it`, null),
        );
        options.onCommitted?.(method);
        return { ok: true, value };
      } catch (error) {
        // A refused save's text is kept once its transaction has rolled back (api/keepRefused.ts).
        if (now.mode === 'open') keepAfterRefusal(now.ctx.db, error, log);
        const mapped = toApiError(error);
        if (mapped.code === 'internal') log(`Minutebook: ${method} failed`, error);
        return failure(mapped);
      }
    },
  };
}

/** The parts of the record a mutation may change, read before it runs (api/audit.ts says, for every one). */
function scopesOf(method: MethodName, input: unknown, db: Db): AuditScope[] {
  const scopes = auditScopes[method as MutationName];
  return typeof scopes === 'function' ? (scopes as (input: unknown, db: Db) => AuditScope[])(input, db) : [];
}

const failure = (error: ApiError): ApiResult<never> => ({ ok: false, error });

// A save refused (another window's save first, approved minutes) must not lose what was typed: the
// refusal carries a way to keep the text, which the router runs in a transaction of its own once the
// save's transaction has rolled back (electron/api/router.ts). The refusal is still the answer.
import type { Db } from '../store/database';
import { toApiError } from './errors';

export type KeptReason = 'conflict' | 'approved';

/** Run by the router after the refused save's transaction has rolled back. */
const KEEP = Symbol('keep after refusal');

type Keeping = { [KEEP]?: () => void };

/**
 * Runs `save`; if it is refused as a conflict or as approved minutes, the error carries `keep` (with
 * the reason) for the router to run after the rollback. Other failures pass untouched.
 */
export function keepingRefused<T>(save: () => T, keep: ((reason: KeptReason) => void) | null): T {
  try {
    return save();
  } catch (error) {
    if (keep && error !== null && typeof error === 'object') {
      const { code } = toApiError(error);
      if (code === 'conflict' || code === 'approved') (error as Keeping)[KEEP] = () => keep(code);
    }
    throw error;
  }
}

/** After a failed mutation: keeps what its refusal carries, in a transaction of its own. */
export function keepAfterRefusal(
  db: Db,
  error: unknown,
  log: (message: string, error: unknown) => void,
): void {
  const keep = error !== null && typeof error === 'object' ? (error as Keeping)[KEEP] : undefined;
  if (!keep) return;
  try {
    db.transaction(keep).immediate();
  } catch (failure) {
    log('Minutebook: the text of a refused save could not be kept', failure);
  }
}

// A search index found damaged while answering (a search, or the register's words) or while saving
// (its triggers run in the write's transaction) is rebuilt from the record and the call tried again,
// so the officer never meets the damage.
import { AppError } from '../../shared/result';
import type { Db } from '../store/database';
import { codeOf } from '../store/files';
import { rebuildSearchIndex } from '../store/search';

/** Rebuilds the index, or says why it cannot be rebuilt from here. */
export function rebuildOrSay(db: Db): void {
  try {
    rebuildSearchIndex(db);
  } catch (error) {
    // The command line searches on a read-only connection: it cannot mend the index itself.
    if (codeOf(error).startsWith('SQLITE_READONLY')) {
      throw new AppError(
        'damaged',
        'The search index is damaged. Open Minutebook and it will rebuild the index from the minutes; then search again.',
      );
    }
    throw error;
  }
}

/**
 * Runs `read` (or a write whose transaction keeps the index); if the index turns out damaged on the
 * way, rebuilds it and runs it again (a write's transaction was rolled back, so it runs afresh).
 */
export function mendingSearchIndex<T>(db: Db, read: () => T, onDamage?: () => void): T {
  try {
    return read();
  } catch (error) {
    if (codeOf(error) !== 'SQLITE_CORRUPT_VTAB') throw error;
    onDamage?.();
    rebuildOrSay(db);
    return read();
  }
}

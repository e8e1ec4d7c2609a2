// The checks after opening, on a read-only connection of their own, while the app is open: they
// read what is committed and never block a save. SQLite's full check of the data file (every page)
// when opening could not afford it, and always the search index against the rows it was built from.
import Database from 'better-sqlite3';
import { DamagedDatabase, quickCheck } from '../store/integrity';
import type { SearchIndexCheck } from '../store/search';
import { checkSearchIndexCopy } from '../store/searchIndexCheck';
import { serveWorker } from './serveWorker';

export interface IntegrityCheckJob {
  file: string;
  /** SQLite's full check of every page (a large file, not checked whole before opening). */
  full: boolean;
}

export interface IntegrityCheckResult {
  /** What SQLite's full check found, in a sentence; null when the file is sound or it did not run. */
  problem: string | null;
  /** The search index against its rows (FTS5's integrity-check); null when the file itself is damaged. */
  searchIndex: SearchIndexCheck | null;
}

serveWorker<IntegrityCheckJob, IntegrityCheckResult>(({ file, full }) => {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const found = full ? quickCheck(db, file) : null;
    const problem = found instanceof DamagedDatabase ? found.detail : (found?.message ?? null);
    // A damaged file is for the officer to restore (its notice says so), not for the index to rebuild over.
    const searchIndex = problem ? null : checkSearchIndexCopy(db);
    return { problem, searchIndex };
  } finally {
    db.close();
  }
});

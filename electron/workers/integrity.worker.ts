// SQLite's full check of the data file (every page), on a read-only connection of its own, while
// the app is open: it reads what is committed and never blocks a save.
import Database from 'better-sqlite3';
import { DamagedDatabase, quickCheck } from '../store/integrity';
import { serveWorker } from './serveWorker';

export interface IntegrityCheckResult {
  /** What SQLite found, in a sentence; null when the file is sound. */
  problem: string | null;
}

serveWorker<{ file: string }, IntegrityCheckResult>(({ file }) => {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const problem = quickCheck(db, file);
    return { problem: problem instanceof DamagedDatabase ? problem.detail : (problem?.message ?? null) };
  } finally {
    db.close();
  }
});

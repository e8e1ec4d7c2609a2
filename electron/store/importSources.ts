// The files past minutes were imported from (migration 013), by the SHA-256 of their bytes.
import type { ImportedSource } from '../../shared/importing';
import type { Db } from './database';
import { now, statement } from './rows';

/** Of `hashes`, those already imported, with the file each came in as and its meeting. */
export function importedSources(db: Db, hashes: readonly string[]): ImportedSource[] {
  const found = statement(
    db,
    'SELECT hash, file_name AS fileName, meeting_id AS meetingId FROM import_sources WHERE hash = ?',
  );
  return hashes.flatMap((hash) => {
    const row = found.get(hash) as ImportedSource | undefined;
    return row ? [row] : [];
  });
}

/** Records that the meeting came from the file with this hash. */
export function recordImportSource(db: Db, hash: string, fileName: string, meetingId: string): void {
  statement(
    db,
    'INSERT INTO import_sources (hash, file_name, meeting_id, imported_at) VALUES (?, ?, ?, ?)',
  ).run(hash, fileName, meetingId, now());
}

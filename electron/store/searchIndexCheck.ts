// The search index's check on a read-only connection: the background check after opening runs it
// in a worker while the officer types, so it must never take the write lock.
//
// FTS5's own check ('integrity-check', comparing the index with the rows it was built from) is an
// INSERT, so SQLite refuses it on a read-only connection, and on a writable one it would hold the
// write lock for as long as it reads (seconds on a large record), and every save would wait.
// PRAGMA integrity_check reaches FTS5 too, but only checks the index's own structure, not that it
// says what the rows say. So the check runs on a copy of the index and its rows in the connection's
// temporary schema, taken in one read transaction (one moment of the record): the data file is only
// read, and nothing waits for the check.
import type { Db } from './database';
import { codeOf } from './files';
import type { SearchIndexCheck } from './search';

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * FTS5's integrity-check of the search index, on a copy in `db`'s temporary schema. For a read-only
 * connection of its own (the copy writes shadow tables, so SQLite's defensive mode is lifted for it).
 */
export function checkSearchIndexCopy(db: Db): SearchIndexCheck {
  const schema = db
    .prepare(
      "SELECT name, sql FROM main.sqlite_schema WHERE name = 'search_index' OR name LIKE 'search\\_index\\_%' ESCAPE '\\'",
    )
    .all() as { name: string; sql: string | null }[];
  const index = schema.find((entry) => entry.name === 'search_index');
  if (!index?.sql) return { ok: false, problem: 'The search index is missing.' };
  const shadows = schema
    .filter((entry) => entry.name !== 'search_index' && entry.sql?.startsWith('CREATE TABLE'))
    .map((entry) => entry.name);
  db.unsafeMode(true);
  db.exec('BEGIN');
  try {
    db.exec(`
      DROP TABLE IF EXISTS temp.search_index;
      DROP TABLE IF EXISTS temp.search_entries;
      CREATE TABLE temp.search_entries (id INTEGER PRIMARY KEY, heading TEXT, body TEXT, facets TEXT);
      INSERT INTO temp.search_entries SELECT id, heading, body, facets FROM main.search_entries ORDER BY id;
      ${index.sql.replace(/^CREATE VIRTUAL TABLE\s+("?)search_index\1/i, 'CREATE VIRTUAL TABLE temp.search_index')};
      ${shadows
        .map(
          (name) =>
            `DELETE FROM temp.${quoted(name)}; INSERT INTO temp.${quoted(name)} SELECT * FROM main.${quoted(name)};`,
        )
        .join('\n')}`);
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.unsafeMode(false);
    // Pages of the index SQLite cannot read: a rebuild writes them afresh.
    if (codeOf(error).startsWith('SQLITE_CORRUPT')) return { ok: false, problem: (error as Error).message };
    throw error;
  }
  try {
    db.prepare("INSERT INTO temp.search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
    return { ok: true };
  } catch (error) {
    // As checkSearchIndex: FTS5 reports what it finds wrong as corruption, or as an error reading it.
    const code = codeOf(error);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_ERROR') {
      return { ok: false, problem: (error as Error).message };
    }
    throw error;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.unsafeMode(false);
  }
}

// The search bench's record: generated, then indexed by migration 010 (timed, with the file's
// growth), and the same rows in a plain FTS5 table for the baselines.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { migrate } from '../../electron/store/database';
import { migrations } from '../../electron/store/migrations';
import { PREFIXES, TOKENIZER } from '../../electron/store/migrations/010_search';
import { timed as time } from './common';
import { BUILD_BAR_MS, mb, PARAGRAPHS, type SearchFiles, sizeOf } from './searchCommon';
import { COMMON_TERM, generateRecord } from './searchRecord';

export function makeRecord({ recordDir, recordFile }: SearchFiles) {
  mkdirSync(recordDir, { recursive: true });
  const db = new Database(recordFile);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  for (const migration of migrations.filter((m) => m.version < 10)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  const started = performance.now();
  const shape = generateRecord(db, PARAGRAPHS);
  const generated = performance.now() - started;
  const before = sizeOf(db, recordFile);
  const build = time(() => migrate(db));
  const after = sizeOf(db, recordFile);
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const rows = count('SELECT count(*) FROM search_entries');
  const common = count(`SELECT count(*) FROM search_index WHERE search_index MATCH '"${COMMON_TERM}"'`);
  console.log(
    `Record: ${shape.committees.length} committees, ${shape.meetings} meetings over ten years, ${shape.items} items, ` +
      `${rows.toLocaleString('en-GB')} indexed paragraphs; ${mb(before)} before the index (generated in ${(generated / 1000).toFixed(1)} s)`,
  );
  const byKind = db
    .prepare('SELECT kind, count(*) AS n FROM search_entries GROUP BY kind ORDER BY n DESC')
    .all() as { kind: string; n: number }[];
  console.log(`  ${byKind.map(({ kind, n }) => `${kind} ${n.toLocaleString('en-GB')}`).join(', ')}`);
  console.log(`  "${COMMON_TERM}" is in ${((100 * common) / rows).toFixed(1)} % of them`);
  console.log(
    `Index build (migration 010 over the record): ${(build / 1000).toFixed(1)} s   bar ${BUILD_BAR_MS / 1000} s   ${build <= BUILD_BAR_MS ? 'PASS' : 'MISS'}`,
  );
  console.log(
    `File growth from the index: ${mb(before)} → ${mb(after)} (+${mb(after - before)}, +${((100 * (after - before)) / before).toFixed(0)} %)`,
  );
  const parts = db
    .prepare(
      `SELECT CASE WHEN name LIKE 'search_index%' THEN 'FTS5 index' WHEN name LIKE 'search_entries_by%' THEN 'row indexes'
                   ELSE 'rows (search_entries: each paragraph''s words again, ids, kind)' END AS part,
              sum(pgsize) AS bytes
       FROM dbstat WHERE name LIKE 'search%' GROUP BY part ORDER BY bytes DESC`,
    )
    .all() as { part: string; bytes: number }[];
  console.log(`  ${parts.map(({ part, bytes }) => `${part} ${mb(bytes)}`).join('; ')}`);
  return { db, shape };
}

/** The same rows, tokenizer and prefixes in a plain FTS5 table of its own: what the baselines query. */
export function makeBaseline({ recordFile, baselineFile }: SearchFiles): void {
  const db = new Database(baselineFile);
  db.pragma('journal_mode = WAL');
  const build = time(() => {
    db.exec(`
      CREATE VIRTUAL TABLE fts USING fts5 (heading, body, facets, tokenize = '${TOKENIZER}', prefix = '${PREFIXES}');
      ATTACH '${recordFile}' AS record;
      INSERT INTO fts (rowid, heading, body, facets) SELECT id, heading, body, facets FROM record.search_entries;
      DETACH record;`);
  });
  console.log(
    `  (the baseline's plain FTS5 table of the same rows took ${(build / 1000).toFixed(1)} s to fill)`,
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

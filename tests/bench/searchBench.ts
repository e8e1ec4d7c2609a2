// The search bench (issue 19): `npx tsx tests/bench/search.ts`, or `BENCH_ONLY=search npm run bench`.
//
// A generated record of about 100,000 paragraphs across 12 committees and ten years. Each query
// shape (rare term, two terms, phrase, prefix, common term in half the paragraphs) is timed
// through search() (top 20 by relevance, with snippets, minute numbers and paragraph paths) beside
// a plain `ORDER BY rank LIMIT 20` with snippets over an identically built FTS5 table: in the
// sqlite3 shell, and on a bare better-sqlite3 connection (the SQLite the app ships). Then building
// the index, the file's growth, checking and rebuilding it, and what the triggers add to saving
// minutes while an officer types in a 100-page meeting.
//
// SEARCH_PARAGRAPHS (default 100000) and SEARCH_RUNS (timed runs per shape, default 60) adjust it.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchFiles } from './searchCommon';
import { makeBaseline, makeRecord } from './searchIndex';
import {
  filterSection,
  maintenanceSection,
  querySection,
  registerSection,
  routerOver,
} from './searchQueries';
import { saveSection } from './searchSaving';

export async function searchBench(): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'minutebook-search-bench-'));
  const files = searchFiles(scratch);
  try {
    const load = os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
    console.log(
      `Search bench: Node ${process.version}, SQLite ${new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get() as string} in better-sqlite3, ${os.cpus().length} cores, load average ${load}`,
    );
    const { db, shape } = makeRecord(files);
    makeBaseline(files);
    const router = routerOver(db, files.recordFile);
    await querySection(db, router, shape.rareWords, files.baselineFile);
    filterSection(db, shape.committees[2]!.id);
    await registerSection(router, shape.committees[2]!.id);
    maintenanceSection(db, files.recordFile);
    db.close();
    await saveSection(files.recordDir);
    console.log(
      `\nload average at the end ${os
        .loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

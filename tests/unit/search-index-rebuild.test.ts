// The index built from the record: a damaged index found by the check and rebuilt, and migration
// 010 indexing a record made before it.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/database';
import { migrations } from '../../electron/store/migrations';
import { checkSearchIndex, repairSearchIndex, search } from '../../electron/store/search';
import type { SearchHit } from '../../shared/search/results';
import { generateRecord } from '../bench/searchRecord';
import { doc, fullMeeting } from './exportFixture';
import { ok, tempCore, tempDir } from './helpers';
import { p, hits, indexRows, expectIndexMatchesRecord } from './searchSetup';

describe('a damaged index', () => {
  it('is found by the check and rebuilt from the record', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    expect(repairSearchIndex(core.db)).toBe('intact');
    const rows = indexRows(core);
    // A 'delete' with the wrong words leaves the index saying what the rows do not.
    const victim = core.db
      .prepare("SELECT id FROM search_entries WHERE body LIKE '%front door%'")
      .pluck()
      .get() as number;
    core.db
      .prepare(
        "INSERT INTO search_index (search_index, rowid, heading, body, facets) VALUES ('delete', ?, '', 'unrelated words', '')",
      )
      .run(BigInt(victim));
    expect(checkSearchIndex(core.db)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/malformed|corrupt/i),
    });

    expect(repairSearchIndex(core.db)).toBe('rebuilt');
    expect(checkSearchIndex(core.db)).toEqual({ ok: true });
    expect(indexRows(core)).toEqual(rows);
    expect(hits(core, 'front door')[0]).toMatchObject({ itemId: f.publicItem.id });

    // Pages of the index itself gone (SQLite's defensive mode guards them from everything but this).
    core.db.unsafeMode(true);
    core.db.exec('DELETE FROM search_index_data WHERE id > 10');
    core.db.unsafeMode(false);
    expect(checkSearchIndex(core.db).ok).toBe(false);
    expect(search(core.db, 'front door')).toMatchObject({
      ok: false,
      damaged: true,
      message: expect.stringMatching(/damaged/),
    });
    expect(repairSearchIndex(core.db)).toBe('rebuilt');
    expect(hits(core, 'front door')).toHaveLength(1);
    // Saving after a rebuild still keeps the index.
    const minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
    await ok(core, 'minutes.save', {
      itemId: f.publicItem.id,
      baseVersion: minutes.version,
      doc: doc(p('Rebuilt and kept.')),
    });
    expect(hits(core, 'front door')).toEqual([]);
    expectIndexMatchesRecord(core);
  });
});

describe('migration 010', () => {
  it('builds the index for a record made before it', () => {
    const file = path.join(tempDir(), 'before-search.sqlite3');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    for (const migration of migrations.filter((m) => m.version < 10)) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    const shape = generateRecord(db, 600, 3);
    migrate(db);
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      expect(count("SELECT count(*) FROM search_entries WHERE field = 'title'")).toBe(shape.items);
      expect(count("SELECT count(*) FROM search_entries WHERE field = 'clause'")).toBe(
        count('SELECT count(*) FROM decision_clauses'),
      );
      expect(count("SELECT count(*) FROM search_entries WHERE kind = 'declaration'")).toBe(
        count('SELECT count(*) FROM declarations'),
      );
      expect(count("SELECT count(*) FROM search_entries WHERE field = 'minutes'")).toBeGreaterThan(
        shape.items,
      );
      const found = search(db, 'council', { limit: 5 });
      expect(found).toMatchObject({ ok: true });
      expect((found as { hits: SearchHit[] }).hits).toHaveLength(5);
      expectIndexMatchesRecord({ db });
    } finally {
      db.close();
    }
  });
});

// Migration 017: a declaration made at an exempt item keeps its interest's wording out of the public
// search, in a file made before it as in a new one. (The router's side, with an exempt item of the
// export fixture, is in search-exempt-items.test.ts.)
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerBlockText } from '../../electron/store/blockText';
import { migrate } from '../../electron/store/database';
import { migrations } from '../../electron/store/migrations';
import { search } from '../../electron/store/search';
import { generateRecord } from '../bench/searchRecord';
import { tempDir } from './helpers';
import { expectIndexMatchesRecord } from './searchSetup';

/** A data file as version 16 left it, with a generated record, some declarations made at exempt items. */
function fileAt16() {
  const db = new Database(path.join(tempDir(), 'at-16.sqlite3'));
  db.pragma('foreign_keys = ON');
  registerBlockText(db);
  for (const migration of migrations.filter((m) => m.version <= 16)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  generateRecord(db, 3000, 23);
  // Items with a declaration and some words of interest, in meetings whose minutes are not approved.
  const declared = db
    .prepare(
      `SELECT d.item_id AS itemId, d.interest FROM declarations d JOIN meetings m ON m.id = d.meeting_id
       WHERE m.status != 'minutes approved' AND length(trim(d.interest)) > 12 ORDER BY d.rowid LIMIT 6`,
    )
    .all() as { itemId: string; interest: string }[];
  const exempt = declared.filter((_, n) => n % 2 === 0);
  const open = declared.filter((_, n) => n % 2 === 1);
  for (const { itemId } of exempt) {
    db.prepare('UPDATE agenda_items SET exempt = 1, exempt_paragraph = 3 WHERE id = ?').run(itemId);
  }
  return { db, exempt, open };
}

const publicBodies = (db: Database.Database) =>
  db.prepare(`SELECT body FROM search_entries WHERE exempt = 0`).pluck().all() as string[];

describe('a declaration at an exempt item, in the search index', () => {
  it('before 017 gave its interest to a public search; after it, only to a search that may see exempt content', () => {
    const { db, exempt, open } = fileAt16();
    try {
      expect(exempt.length).toBeGreaterThanOrEqual(2);
      expect(open.length).toBeGreaterThanOrEqual(2);
      // The test can fail: version 16's public rows hold the interest of a declaration at an exempt item.
      for (const { interest } of exempt) {
        expect(publicBodies(db).some((body) => body.includes(interest.trim()))).toBe(true);
      }

      migrate(db);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      const bodies = publicBodies(db);
      for (const { interest } of exempt) {
        expect(bodies.some((body) => body.includes(interest.trim())), interest).toBe(false);
      }
      // A declaration at an item that is not exempt is as it was: public, with its interest.
      for (const { interest } of open) {
        expect(bodies.some((body) => body.includes(interest.trim())), interest).toBe(true);
      }
      for (const { itemId, interest } of exempt) {
        const phrase = `"${interest.trim().replace(/[^\p{L}\p{N} ]/gu, ' ')}"`;
        const hidden = search(db, phrase, { publicOnly: true, limit: 100 });
        expect(hidden.ok && hidden.hits.filter((hit) => hit.itemId === itemId)).toEqual([]);
        const seen = search(db, phrase, { limit: 100 });
        const here = seen.ok ? seen.hits.filter((hit) => hit.itemId === itemId) : [];
        expect(here.length).toBeGreaterThanOrEqual(1);
        expect(here.every((hit) => hit.exempt && hit.kind === 'declaration')).toBe(true);
      }
      // What the migration made is what a rebuild from the record makes.
      expectIndexMatchesRecord({ db });

      // Made not exempt, then exempt again: the rows follow.
      const [first] = exempt;
      db.prepare('UPDATE agenda_items SET exempt = 0, exempt_paragraph = NULL WHERE id = ?').run(first!.itemId);
      expect(publicBodies(db).some((body) => body.includes(first!.interest.trim()))).toBe(true);
      db.prepare('UPDATE agenda_items SET exempt = 1, exempt_paragraph = 1 WHERE id = ?').run(first!.itemId);
      expect(publicBodies(db).some((body) => body.includes(first!.interest.trim()))).toBe(false);
      expectIndexMatchesRecord({ db });
    } finally {
      db.close();
    }
  });
});

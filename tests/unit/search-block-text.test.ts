// Migration 014: a block's words joined in one pass (minutebook_block_text) instead of by a window
// SQLite evaluates once per piece. The index's rows, the search results and the paragraph a hit
// opens are those migration 010's SQL gave; a save of 200,000 pieces in one paragraph completes.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_TEXT, registerBlockText } from '../../electron/store/blockText';
import { migrate, openDatabase } from '../../electron/store/database';
import type { Db } from '../../electron/store/db';
import { migrations } from '../../electron/store/migrations';
import * as m010 from '../../electron/store/migrations/010_search';
import * as m014 from '../../electron/store/migrations/014_search_blocks';
import { search } from '../../electron/store/search';
import {
  blockOf,
  locateParagraphSql,
  paragraphs,
  blockParagraphs,
  textBlocks,
} from '../../electron/store/searchSql';
import { generateRecord } from '../bench/searchRecord';
import { PROCESS_TIMEOUT_MS, SLOW, itemFixture, ok, tempCore, tempDir } from './helpers';

const t = (text: string, ...marks: string[]) =>
  marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text };
const para = (...content: object[]) => ({ type: 'paragraph', content });
const hardBreak = { type: 'hardBreak' };

/** Every shape the editor writes: runs of marks, hard breaks, lists in lists, headings, quotations, tables. */
const richDoc = (n: number) => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [t(`Budget ${n} `), t('monitoring', 'bold')] },
    para(
      t('The '),
      t('Cabinet', 'bold'),
      t(' noted '),
      t('the', 'italic', 'bold'),
      t(' report on libraries.'),
    ),
    para(t('First line'), hardBreak, t('second line'), hardBreak),
    para(hardBreak),
    { type: 'paragraph' },
    para(t('Control\u0002 characters\u0003 dropped and "quotes", \\ backslashes, café, 😀.')),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para(t('Libraries open '), t('late', 'italic'))] },
        {
          type: 'listItem',
          content: [
            para(t('Nested list:')),
            {
              type: 'orderedList',
              content: [{ type: 'listItem', content: [para(t('inner '), t('item', 'bold'))] }],
            },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [para(t('A quotation from the report.'))] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [para(t('Cell '), t('one', 'bold'))] },
            { type: 'tableCell', content: [para(t('Cell two'))] },
          ],
        },
      ],
    },
    para(
      t('The '),
      t('Cabinet', 'bold'),
      t(' noted '),
      t('the', 'italic', 'bold'),
      t(' report on libraries.'),
    ),
    para(t(`Closing paragraph ${n}.`)),
  ],
});

const allRows = (db: Db) => db.prepare('SELECT * FROM search_entries ORDER BY id').all();

/** A file at version 13 (010's triggers) with a generated record and rich documents. */
function fileAt13(): { file: string; db: Db } {
  const file = path.join(tempDir(), 'at-13.sqlite3');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  for (const migration of migrations.filter((m) => m.version <= 13)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  generateRecord(db, 300, 5);
  return { file, db };
}

/** Items of meetings not approved (a save there is allowed). */
const openItems = (db: Db) =>
  db
    .prepare(
      `SELECT i.id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
       WHERE m.status != 'minutes approved' ORDER BY i.id LIMIT 6`,
    )
    .pluck()
    .all() as string[];

/** Saves rich minutes and reports the same way on each file. */
function writeDocuments(db: Db, items: string[]) {
  const saveMinutes = db.prepare(
    `INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at) VALUES (?, ?, '', 1, '')
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc`,
  );
  const saveReport = db.prepare(
    `INSERT INTO item_reports (item_id, doc, plain_text, contact_points, background_papers, version, updated_at)
     VALUES (?, ?, '', 'Ann Pike', 'None', 1, '')
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc`,
  );
  items.forEach((item, n) => {
    saveMinutes.run(item, JSON.stringify(richDoc(n)));
    saveReport.run(item, JSON.stringify(richDoc(n + 100)));
  });
  // A second save of each: the paragraphs that stay keep their rows, the changed ones are replaced.
  items.forEach((item, n) => {
    saveMinutes.run(item, JSON.stringify(richDoc(n + 1)));
    saveReport.run(item, JSON.stringify(richDoc(n)));
  });
}

describe('migration 014', SLOW, () => {
  it('leaves 010 byte for byte as it shipped and drops exactly its four document triggers', () => {
    // The SHA-256 of 010's SQL as it shipped: 014 exports its row SELECTs from it and must change none.
    expect(createHash('sha256').update(m010.sql).digest('hex')).toBe(
      'be048580c576154cf9d809900781853a3bb238df7a565532baacbea486b5b18d',
    );
    expect(m014.version).toBe(14);
    expect(m014.sql).toContain(BLOCK_TEXT);
    expect(m014.sql).not.toContain('group_concat');
    for (const name of ['minutes_insert', 'minutes_update', 'report_insert', 'report_update']) {
      expect(m014.sql).toContain(`DROP TRIGGER search_${name};`);
      expect(m014.sql).toContain(`CREATE TRIGGER search_${name} `);
    }
  });

  it('changes no row of an index made by 010, and its triggers write the rows 010s did', () => {
    const { file, db: before } = fileAt13();
    const copy = path.join(path.dirname(file), 'copy.sqlite3');
    before.exec(`VACUUM INTO '${copy}'`);
    const after = new Database(copy);
    after.pragma('foreign_keys = ON');
    registerBlockText(after);
    // Search reads with it (a hit's paragraph); 010's triggers on `before` never call it.
    registerBlockText(before);
    try {
      const rowsBefore = allRows(before);
      migrate(after);
      expect(after.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      expect(allRows(after)).toEqual(rowsBefore);

      const items = openItems(before);
      expect(items.length).toBeGreaterThan(2);
      writeDocuments(before, items);
      writeDocuments(after, items);
      const rows = allRows(before);
      expect(
        rows.filter((row) => (row as { body: string }).body.includes('second line')).length,
      ).toBeGreaterThan(0);
      expect(allRows(after)).toEqual(rows);

      for (const query of ['libraries', 'cabinet noted', 'quotation', '"second line"', 'cell one', 'cafe']) {
        expect(search(after, query, { limit: 50 })).toEqual(search(before, query, { limit: 50 }));
      }
    } finally {
      before.close();
      after.close();
    }
  });

  it('builds the same rows as 010 from the same record, and finds the same paragraph', () => {
    const { db } = fileAt13();
    registerBlockText(db);
    try {
      const items = openItems(db);
      writeDocuments(db, items);
      const rebuild = (buildSql: string) => {
        db.exec(`DELETE FROM search_entries; ${buildSql}`);
        return allRows(db);
      };
      const built = rebuild(m010.buildEntriesSql);
      expect(rebuild(m014.buildEntriesSql)).toEqual(built);

      // The paragraphs of a document and where each sits, 010's SQL against 014's.
      const split = (sql: string, doc: object) =>
        db.prepare(`SELECT first, text FROM ${sql} ORDER BY first`).all(JSON.stringify(doc)) as {
          text: string;
        }[];
      const oldLocate = (table: string) => /* sql */ `
        SELECT block AS path FROM (${textBlocks('t.item_id', `${table} t, json_tree(t.doc) j`, 't.item_id = ?', blockOf('j'))})
        WHERE text = ? ORDER BY first LIMIT 1`;
      // writeDocuments left the first item with minutes richDoc(1) and a report richDoc(0).
      for (const [table, doc] of [
        ['item_minutes', richDoc(1)],
        ['item_reports', richDoc(0)],
      ] as const) {
        const old = split(paragraphs('?'), doc);
        expect(old.length).toBeGreaterThan(8);
        expect(split(blockParagraphs('?'), doc).map((row) => row.text)).toEqual(old.map((row) => row.text));
        for (const { text } of old) {
          const where = db.prepare(locateParagraphSql(table)).pluck().get(items[0], text);
          expect(where).toMatch(/^\$\.content\[\d+\]/);
          expect(where).toEqual(db.prepare(oldLocate(table)).pluck().get(items[0], text));
        }
      }
    } finally {
      db.close();
    }
  });

  it('drops the zero-length rows 010 made of a paragraph of empty text nodes, and makes none', () => {
    const { file, db } = fileAt13();
    const items = openItems(db);
    const empty = JSON.stringify({ type: 'doc', content: [para(t('Words.')), para(t(''), t(''))] });
    db.prepare('UPDATE item_minutes SET doc = ? WHERE item_id = ?').run(empty, items[0]);
    const zeroLength = () =>
      db
        .prepare(
          "SELECT count(*) FROM search_entries WHERE length(body) = 0 AND item_id = ? AND field = 'minutes'",
        )
        .pluck()
        .get(items[0]);
    expect(zeroLength()).toBe(1);
    registerBlockText(db);
    migrate(db);
    expect(zeroLength()).toBe(0);
    db.prepare('UPDATE item_minutes SET doc = ? WHERE item_id = ?').run(empty, items[1]);
    const emptyParagraphs =
      "SELECT count(*) FROM search_entries WHERE length(body) = 0 AND field IN ('minutes', 'report')";
    expect(db.prepare(emptyParagraphs).pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM search_entries WHERE body = 'Words.'").pluck().get()).toBe(2);
    db.close();
    void file;
  });

  it('killed in the middle, leaves the file at 13 with 010s triggers, and migrates on the next open', () => {
    const { file, db } = fileAt13();
    const items = openItems(db);
    const empty = JSON.stringify({ type: 'doc', content: [para(t('Words.')), para(t(''))] });
    db.prepare('UPDATE item_minutes SET doc = ? WHERE item_id = ?').run(empty, items[0]);
    const rows = allRows(db);
    const zeroLength = db
      .prepare("SELECT id FROM search_entries WHERE length(body) = 0 AND field IN ('minutes', 'report')")
      .pluck()
      .all() as number[];
    expect(zeroLength.length).toBeGreaterThan(0);
    db.close();
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'migrationKill.ts'), file],
      {
        encoding: 'utf8',
        timeout: PROCESS_TIMEOUT_MS,
      },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout).not.toContain('not killed');

    const after = new Database(file);
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(13);
      const minutesInsert = after
        .prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_minutes_insert'")
        .pluck()
        .get() as string;
      expect(minutesInsert).toContain('group_concat');
      expect(minutesInsert).not.toContain(BLOCK_TEXT);
      expect(allRows(after)).toEqual(rows);
    } finally {
      after.close();
    }
    const reopened = openDatabase(file);
    try {
      expect(reopened.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
      expect(
        reopened.prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_minutes_insert'").pluck().get(),
      ).toContain(BLOCK_TEXT);
      // 014 ran whole this time: the zero-length row 010 made is gone, nothing else changed.
      expect(allRows(reopened)).toEqual(
        rows.filter((row) => !zeroLength.includes((row as { id: number }).id)),
      );
    } finally {
      reopened.close();
    }
  });

  it('refuses a save on a connection without the function, writing nothing', () => {
    const { file, db } = fileAt13();
    registerBlockText(db);
    migrate(db);
    const item = openItems(db)[0]!;
    const rows = allRows(db);
    db.close();
    // As the sqlite3 shell would: the schema reads, searching works, a minutes save is refused.
    const bare = new Database(file);
    try {
      expect(
        bare.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'council'").pluck().get(),
      ).toBeGreaterThan(0);
      expect(() =>
        bare
          .prepare('UPDATE item_minutes SET doc = ? WHERE item_id = ?')
          .run(JSON.stringify(richDoc(1)), item),
      ).toThrow(`no such function: ${BLOCK_TEXT}`);
      expect(allRows(bare)).toEqual(rows);
    } finally {
      bare.close();
    }
  });
});

describe('one paragraph of very many pieces', () => {
  const runs = (n: number) => ({
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: Array.from({ length: n }, (_, k) => t(`word${k} `, k % 2 ? 'bold' : 'italic')),
      },
    ],
  });

  it('200,000 bold and italic runs save, are searchable, and the app answers after', SLOW, async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    await ok(core, 'minutes.save', { itemId: item.id, doc: runs(200_000), baseVersion: 0 });
    expect(await ok(core, 'app.info', {})).toBeTruthy();
    const body = core.db
      .prepare("SELECT body FROM search_entries WHERE item_id = ? AND field = 'minutes'")
      .pluck()
      .get(item.id) as string;
    expect(body.startsWith('word0 word1 word2 ')).toBe(true);
    expect(body.endsWith('word199999 ')).toBe(true);
  });
});

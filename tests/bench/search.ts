// Searching the record (issue 19): `npx tsx tests/bench/search.ts`.
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
import { largest, smallest } from '../../shared/arrays';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { DATA_FILE_NAME, migrate } from '../../electron/store/database';
import { migrations } from '../../electron/store/migrations';
import { PREFIXES, TOKENIZER } from '../../electron/store/migrations/010_search';
import { CANDIDATES, checkSearchIndex, rebuildSearchIndex, search } from '../../electron/store/search';
import type { Committee, Meeting } from '../../shared/domain';
import type { RichDoc, RichNode } from '../../shared/richText';
import { parseSearchQuery } from '../../shared/search/query';
import type { SearchFilters } from '../../shared/search/results';
import { COMMON_TERM, generateRecord, RARE_TERM } from './searchRecord';

const PARAGRAPHS = Number(process.env.SEARCH_PARAGRAPHS ?? 100_000);
const RUNS = Number(process.env.SEARCH_RUNS ?? 60);
const BAR_MS = 50;
const BUILD_BAR_MS = 30_000;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'minutebook-search-bench-'));
const recordDir = path.join(scratch, 'record');
const recordFile = path.join(recordDir, DATA_FILE_NAME);
const baselineFile = path.join(scratch, 'baseline.sqlite3');

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const sizeOf = (db: Database.Database, file: string) => {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(file).size;
};

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// ---- The record and its index ----

function makeRecord() {
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
function makeBaseline(): void {
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

// ---- Queries ----

interface Shape {
  name: string;
  queries: string[];
}

function shapes(rareWords: string[]): Shape[] {
  return [
    { name: 'rare term', queries: [RARE_TERM, ...rareWords.slice(0, 9)] },
    {
      name: 'two-term AND',
      queries: [
        'parking enforcement',
        'budget consultation',
        'housing allocation',
        'safeguarding children',
        'contract award',
        'planning permission',
        'flood risk',
        'carbon emergency',
      ],
    },
    {
      name: 'phrase',
      queries: [
        '"leisure centre"',
        '"treasury management"',
        '"local plan"',
        '"section 106 agreement"',
        '"council tax"',
        '"climate emergency"',
      ],
    },
    { name: 'prefix', queries: ['procure*', 'licen*', 'safeguard*', 'regen*', 'pro*', 'env*', 'hou*'] },
    { name: `common term ("${COMMON_TERM}")`, queries: [COMMON_TERM] },
  ];
}

/** What search() hands FTS5 for the words typed, so the baselines look for the same thing. */
function wordsOf(query: string): string {
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) throw new Error(parsed.message);
  return `{heading body} : (${parsed.match})`;
}

const BASELINE_SQL = (match: string) =>
  `SELECT rowid, snippet(fts, -1, '[', ']', '…', 24) FROM fts WHERE fts MATCH ${match} ORDER BY rank LIMIT 20`;

/** Each query RUNS times in one sqlite3 shell, timed by the shell itself (`.timer on`). */
function shellTimes(queries: string[]): number[] | null {
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const script = [
    '.output /dev/null',
    ...queries.map((q) => `${BASELINE_SQL(literal(wordsOf(q)))};`),
    '.timer on',
    ...Array.from(
      { length: RUNS },
      (_, n) => `${BASELINE_SQL(literal(wordsOf(queries[n % queries.length]!)))};`,
    ),
  ].join('\n');
  const shell = spawnSync('sqlite3', [baselineFile], { input: script, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (shell.error || shell.status !== 0) return null;
  const times = [...shell.stdout.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000);
  return times.length === RUNS ? times : null;
}

function querySection(db: Database.Database, rareWords: string[]): void {
  const baseline = new Database(baselineFile, { readonly: true });
  const plain = baseline.prepare(BASELINE_SQL('?'));
  const count = baseline.prepare('SELECT count(*) FROM fts WHERE fts MATCH ?').pluck();
  const shellVersion = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).stdout?.split(' ')[0] ?? '?';
  console.log(
    `\nQueries, top 20 by relevance with snippets, ${RUNS} timed runs a shape (after one warm-up of each query); ` +
      `ours ranks at most ${CANDIDATES.toLocaleString('en-GB')} newest matches a tier; the shell's timer counts whole milliseconds`,
  );
  console.log(
    `${'shape'.padEnd(26)} ${'matches'.padStart(15)}  ${'search() p50 / p95'.padStart(20)}  ` +
      `${`shell ${shellVersion} p50 / p95`.padStart(25)}  ${'bare SQLite p50 / p95'.padStart(22)}  ratio p95  bar`,
  );
  for (const { name, queries: all } of shapes(rareWords)) {
    const shape = { name, queries: all.filter((q) => (count.get(wordsOf(q)) as number) > 0) };
    if (!shape.queries.length) throw new Error(`The record has no match for any ${name} query`);
    const matches = shape.queries.map((q) => count.get(wordsOf(q)) as number);
    let complete = 0;
    for (const q of shape.queries) {
      search(db, q);
      plain.all(wordsOf(q));
    }
    const ours: number[] = [];
    const bare: number[] = [];
    for (let n = 0; n < RUNS; n += 1) {
      const q = shape.queries[n % shape.queries.length]!;
      ours.push(
        time(() => {
          const result = search(db, q);
          if (!result.ok || result.hits.length === 0) throw new Error(`No hits for ${q}`);
          if (result.complete) complete += 1;
        }),
      );
      const words = wordsOf(q);
      bare.push(time(() => plain.all(words)));
    }
    const shell = shellTimes(shape.queries);
    const reference = shell ?? bare;
    const p95 = percentile(ours, 95);
    const pair = (values: number[]) => `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
    console.log(
      `${shape.name.padEnd(26)} ${`${smallest(matches, 0).toLocaleString('en-GB')}–${largest(matches, 0).toLocaleString('en-GB')}`.padStart(15)}  ` +
        `${pair(ours).padStart(20)}  ${(shell ? pair(shell) : 'no sqlite3 shell').padStart(25)}  ${pair(bare).padStart(22)}  ` +
        `${(p95 / percentile(reference, 95)).toFixed(2).padStart(8)}×  ${p95 <= BAR_MS ? 'PASS' : 'MISS'}` +
        `${complete < RUNS ? `   (ranked among the newest for ${Math.round((100 * (RUNS - complete)) / RUNS)} % of runs)` : ''}`,
    );
  }
  baseline.close();
}

function filterSection(db: Database.Database, committeeId: string): void {
  console.log(`\nThe common term with filters and orders (search() only), p50 / p95 of ${RUNS} runs`);
  const variants: [string, SearchFilters][] = [
    ['one committee', { committeeIds: [committeeId] }],
    ['decisions only', { kinds: ['decision'] }],
    ['declarations only', { kinds: ['declaration'] }],
    ['public content only', { publicOnly: true }],
    ['one municipal year', { from: '2021-05-01', to: '2022-04-30' }],
    ['newest first', { order: 'newest' }],
  ];
  for (const [name, filters] of variants) {
    search(db, COMMON_TERM, filters);
    const times = Array.from({ length: RUNS }, () => time(() => search(db, COMMON_TERM, filters)));
    console.log(
      `  ${name.padEnd(24)} ${ms(percentile(times, 50)).padStart(9)} / ${ms(percentile(times, 95)).padStart(9)}   ${percentile(times, 95) <= BAR_MS ? 'PASS' : 'MISS'}`,
    );
  }
}

function maintenanceSection(db: Database.Database): void {
  const check = time(() => {
    if (!checkSearchIndex(db).ok) throw new Error('The freshly built index failed its check');
  });
  const rebuild = time(() => rebuildSearchIndex(db));
  console.log(
    `\nIntegrity check of the whole index: ${(check / 1000).toFixed(1)} s; rebuilding it from the record: ${(rebuild / 1000).toFixed(1)} s`,
  );
}

// ---- Saving while typing: the triggers' cost ----

const PAGE_CHARS = 3000;
const sentenceWords =
  'the board discussed commissioning of domiciliary care with members asking about continuity of care workers the national living wage provider quality safeguarding and the budget for the coming year'.split(
    ' ',
  );

/** About `chars` characters of minutes in paragraphs of four sentences, a bullet list every sixth block. */
function minutesDoc(chars: number, seed: number): RichDoc {
  const content: RichNode[] = [];
  let size = 0;
  let n = seed;
  const sentence = () => {
    const words = Array.from(
      { length: 14 + (n % 11) },
      (_, i) => sentenceWords[(n * 7 + i * 13) % sentenceWords.length],
    );
    n += 1;
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const para = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  while (size < chars) {
    if (content.length % 6 === 5) {
      const items = [sentence(), sentence(), sentence()];
      content.push({
        type: 'bulletList',
        content: items.map((text) => ({ type: 'listItem', content: [para(text)] })),
      });
      size += items.join('').length;
    } else {
      const text = Array.from({ length: 4 }, sentence).join(' ');
      content.push(para(text));
      size += text.length;
    }
  }
  return { type: 'doc', content };
}

/** The doc with `typed` added to the end of its middle paragraph: one keystroke's worth of change. */
function typeInto(doc: RichDoc, typed: string): RichDoc {
  const content = [...(doc.content ?? [])];
  const middle = content.findIndex((node, index) => index >= content.length / 2 && node.type === 'paragraph');
  const paragraph = content[middle]!;
  const text = paragraph.content![0]!.text!;
  content[middle] = { ...paragraph, content: [{ type: 'text', text: text + typed }] };
  return { ...doc, content };
}

async function saveSection(): Promise<void> {
  const core = openCore(recordDir, { log: () => undefined });
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.router.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as T;
  };
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await call<Meeting>('meetings.create', {
    committeeId: committee.id,
    date: '2026-01-13',
    startTime: '10:00',
  });
  const item = (title: string) =>
    call<{ id: string }>('items.create', {
      meetingId: meeting.id,
      title,
      purpose: 'To consider the report.',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
  // The 100-page meeting: 40 items of 2.5 pages, and the whole meeting typed into one item.
  const docs: { id: string; doc: RichDoc; version: number }[] = [];
  for (let n = 0; n < 41; n += 1) {
    const { id } = await item(
      n < 40 ? `Item ${n + 1} of the bench meeting` : 'The whole meeting in one item',
    );
    const doc = minutesDoc(n < 40 ? (100 * PAGE_CHARS) / 40 : 100 * PAGE_CHARS, n);
    const { version } = await call<{ version: number }>('minutes.save', { itemId: id, doc, baseVersion: 0 });
    docs.push({ id, doc, version });
  }
  const typing = async (target: { id: string; doc: RichDoc; version: number }, saves: number) => {
    const times: number[] = [];
    for (let n = 0; n < saves; n += 1) {
      target.doc = typeInto(target.doc, n % 5 === 4 ? ' ' : 'x');
      const start = performance.now();
      target.version = (
        await call<{ version: number }>('minutes.save', {
          itemId: target.id,
          doc: target.doc,
          baseVersion: target.version,
        })
      ).version;
      times.push(performance.now() - start);
    }
    return times;
  };
  const wholeSave = async (pages: number, seed: number) => {
    const { id } = await item(`Pasted ${seed}`);
    const doc = minutesDoc(pages * PAGE_CHARS, 100 + seed);
    const start = performance.now();
    await call('minutes.save', { itemId: id, doc, baseVersion: 0 });
    return performance.now() - start;
  };
  let pasted = 0;
  const measure = async () => {
    const item = await typing(docs[20]!, RUNS * 2);
    const whole = await typing(docs[40]!, RUNS);
    const paste: number[] = [];
    for (let n = 0; n < 3; n += 1) paste.push(await wholeSave(100, (pasted += 1)));
    return { item, whole, paste };
  };
  const withTriggers = await measure();
  const triggers = core.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'search_%'")
    .pluck()
    .all() as string[];
  core.db.transaction(() => triggers.forEach((name) => core.db.exec(`DROP TRIGGER ${name}`)))();
  const without = await measure();
  core.close();

  console.log(
    `\nSaving minutes through the router while typing (one keystroke's change), in the 100-page meeting inside the ${PARAGRAPHS.toLocaleString('en-GB')}-paragraph record`,
  );
  const line = (name: string, a: number[], b: number[]) =>
    console.log(
      `  ${name.padEnd(46)} with the index ${ms(percentile(a, 50)).padStart(9)} / ${ms(percentile(a, 95)).padStart(9)}` +
        `   without ${ms(percentile(b, 50)).padStart(9)} / ${ms(percentile(b, 95)).padStart(9)}   p50 ${(percentile(a, 50) / percentile(b, 50)).toFixed(2)}×`,
    );
  line('an item of 2.5 pages, p50 / p95', withTriggers.item, without.item);
  line('all 100 pages in one item, p50 / p95', withTriggers.whole, without.whole);
  line('100 pages saved new in one item (3 items), median', withTriggers.paste, without.paste);
}

async function main(): Promise<void> {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  console.log(
    `Search bench: Node ${process.version}, SQLite ${new Database(':memory:').prepare('SELECT sqlite_version()').pluck().get() as string} in better-sqlite3, ${os.cpus().length} cores, load average ${load}`,
  );
  const { db, shape } = makeRecord();
  makeBaseline();
  querySection(db, shape.rareWords);
  filterSection(db, shape.committees[2]!.id);
  maintenanceSection(db);
  db.close();
  await saveSection();
  console.log(
    `\nload average at the end ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(scratch, { recursive: true, force: true }));

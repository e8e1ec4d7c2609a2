// The search bench's measurements of queries: each shape through search() beside plain FTS5 in the
// sqlite3 shell and on a bare connection; filters and orders; checking and rebuilding the index.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { handlers } from '../../electron/api/handlers';
import { createRouter, type Router } from '../../electron/api/router';
import { CANDIDATES, checkSearchIndex, rebuildSearchIndex, search } from '../../electron/store/search';
import { checkSearchIndexCopy } from '../../electron/store/searchIndexCheck';
import { largest, smallest } from '../../shared/arrays';
import { parseSearchQuery } from '../../shared/search/query';
import type { SearchFilters } from '../../shared/search/results';
import { percentile, timed as time, timedAsync } from './common';
import { BAR_MS, ms, RUNS } from './searchCommon';
import { COMMON_TERM, RARE_TERM } from './searchRecord';

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
function shellTimes(baselineFile: string, queries: string[]): number[] | null {
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

/** The API's router over the bench's connection: search.query as the search box and the CLI call it. */
export function routerOver(db: Database.Database, dataFile: string): Router {
  return createRouter(
    handlers,
    { mode: 'open', ctx: { db, dataFile, version: 'bench' } },
    { log: () => undefined },
  );
}

export async function querySection(
  db: Database.Database,
  router: Router,
  rareWords: string[],
  baselineFile: string,
): Promise<void> {
  const baseline = new Database(baselineFile, { readonly: true });
  const plain = baseline.prepare(BASELINE_SQL('?'));
  const count = baseline.prepare('SELECT count(*) FROM fts WHERE fts MATCH ?').pluck();
  const shellVersion = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).stdout?.split(' ')[0] ?? '?';
  console.log(
    `\nQueries, top 20 by relevance with snippets, ${RUNS} timed runs a shape (after one warm-up of each query); ` +
      `ours ranks at most ${CANDIDATES.toLocaleString('en-GB')} newest matches a tier; the bar is on the slower of search() and search.query; the shell's timer counts whole milliseconds`,
  );
  console.log(
    `${'shape'.padEnd(26)} ${'matches'.padStart(15)}  ${'search() p50 / p95'.padStart(20)}  ${'search.query (API) p50 / p95'.padStart(29)}  ` +
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
    const api: number[] = [];
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
      api.push(
        await timedAsync(async () => {
          const answer = await router.call('search.query', { text: q });
          if (!answer.ok) throw new Error(`search.query ${q}: ${answer.error.message}`);
        }),
      );
      const words = wordsOf(q);
      bare.push(time(() => plain.all(words)));
    }
    const shell = shellTimes(baselineFile, shape.queries);
    const reference = shell ?? bare;
    // The bar is for the whole answer through the API (validation, the search, the reply).
    const p95 = Math.max(percentile(ours, 95), percentile(api, 95));
    const pair = (values: number[]) => `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
    console.log(
      `${shape.name.padEnd(26)} ${`${smallest(matches, 0).toLocaleString('en-GB')}–${largest(matches, 0).toLocaleString('en-GB')}`.padStart(15)}  ` +
        `${pair(ours).padStart(20)}  ${pair(api).padStart(29)}  ${(shell ? pair(shell) : 'no sqlite3 shell').padStart(25)}  ${pair(bare).padStart(22)}  ` +
        `${(p95 / percentile(reference, 95)).toFixed(2).padStart(8)}×  ${p95 <= BAR_MS ? 'PASS' : 'MISS'}` +
        `${complete < RUNS ? `   (ranked among the newest for ${Math.round((100 * (RUNS - complete)) / RUNS)} % of runs)` : ''}`,
    );
  }
  baseline.close();
}

export function filterSection(db: Database.Database, committeeId: string): void {
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

export function maintenanceSection(db: Database.Database, dataFile: string): void {
  const check = time(() => {
    if (!checkSearchIndex(db).ok) throw new Error('The freshly built index failed its check');
  });
  // As the checks after opening run it: on a read-only connection of its own, over a copy.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const reader = new Database(dataFile, { readonly: true });
  const copyCheck = time(() => {
    if (!checkSearchIndexCopy(reader).ok) throw new Error('The read-only check failed on a sound index');
  });
  reader.close();
  const rebuild = time(() => rebuildSearchIndex(db));
  console.log(
    `\nIntegrity check of the whole index: ${(check / 1000).toFixed(1)} s on the writer; ${(copyCheck / 1000).toFixed(1)} s read-only in the background (a copy in a worker's temporary schema, never holding the write lock); rebuilding it from the record: ${(rebuild / 1000).toFixed(1)} s`,
  );
}

/** The decisions register's list through the API: every decision, then filtered by committee and words. */
export async function registerSection(router: Router, committeeId: string): Promise<void> {
  const variants: [string, object][] = [
    ['every decision (newest 500 shown)', {}],
    ['one committee, RESOLVED', { committeeIds: [committeeId], keywords: ['RESOLVED'] }],
    [`words ("${COMMON_TERM}")`, { text: COMMON_TERM }],
  ];
  const total = await router.call('decisionRegister.list', { limit: 1 });
  if (!total.ok) throw new Error(total.error.message);
  console.log(
    `\nThe decisions register (decisionRegister.list through the API, ${(total.value as { total: number }).total.toLocaleString('en-GB')} decisions), p50 / p95 of ${Math.min(RUNS, 20)} runs`,
  );
  for (const [name, filters] of variants) {
    const times: number[] = [];
    for (let n = 0; n < Math.min(RUNS, 20); n += 1) {
      times.push(
        await timedAsync(async () => {
          const answer = await router.call('decisionRegister.list', filters);
          if (!answer.ok) throw new Error(answer.error.message);
        }),
      );
    }
    console.log(
      `  ${name.padEnd(36)} ${ms(percentile(times, 50)).padStart(9)} / ${ms(percentile(times, 95)).padStart(9)}`,
    );
  }
}

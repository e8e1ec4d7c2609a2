// `npm run bench`: each figure beside a baseline measured in the same run, as a ratio.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { openCore } from '../../electron/core';
import { openDatabase } from '../../electron/store/database';
import type { Committee, Meeting } from '../../shared/domain';
import { chromiumLaunchOptions } from '../e2e/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/electron/cli.cjs');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

function report(name: string, ours: number, baselineName: string, baseline: number, unit = fmt): void {
  console.log(
    `${name.padEnd(52)} ${unit(ours).padStart(10)}   baseline (${baselineName}) ${unit(baseline).padStart(10)}   ratio ${(ours / baseline).toFixed(2)}×`,
  );
}

/** An agenda item created and read back through the router, against bare prepared statements on the same pragmas. */
async function routerAgainstPreparedStatements(count: number): Promise<void> {
  const core = openCore(path.join(scratch, 'router'), { log: () => undefined });
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Committee',
    kind: 'other',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await call<Meeting>('meetings.create', {
    committeeId: committee.id,
    date: '2026-01-01',
    startTime: '10:00',
  });
  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await core.router.call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  }
  const input = (n: number) => ({
    meetingId: meeting.id,
    title: `Item ${n}`,
    purpose: 'To note the report.',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });

  const routerTimes: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const start = performance.now();
    const item = await call<{ id: string }>('items.create', input(n));
    await call('items.get', { id: item.id });
    routerTimes.push(performance.now() - start);
  }
  core.close();

  // The same schema, pragmas and parent rows, so the ratio is the router's and repositories' own cost.
  const db = openDatabase(path.join(scratch, 'bare.sqlite3'));
  const stamp = new Date().toISOString();
  db.prepare(
    `INSERT INTO committees (id, name, kind, quorum, default_venue, numbering_scheme, created_at, updated_at) VALUES (?, 'Bench', 'other', 3, '', '{n}', ?, ?)`,
  ).run(committee.id, stamp, stamp);
  db.prepare(
    `INSERT INTO meetings (id, committee_id, date, start_time, venue, status, created_at, updated_at) VALUES (?, ?, '2026-01-01', '10:00', '', 'draft', ?, ?)`,
  ).run(meeting.id, committee.id, stamp, stamp);
  const insert = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, purpose, lead_officer_id, exempt, exempt_paragraph, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, 0, NULL, ?, ?)`,
  );
  const select = db.prepare('SELECT * FROM agenda_items WHERE id = ?');
  const bareTimes: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const start = performance.now();
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    insert.run(id, meeting.id, n + 1, `Item ${n}`, 'To note the report.', now, now);
    select.get(id);
    bareTimes.push(performance.now() - start);
  }
  db.close();
  report(
    `agenda item create+read via router, p50 (n=${count})`,
    median(routerTimes),
    'prepared statements, same schema',
    median(bareTimes),
  );
  report(
    `agenda item create+read via router, p95 (n=${count})`,
    percentile(routerTimes, 95),
    'prepared statements, same schema',
    percentile(bareTimes, 95),
  );
}

/** Process start to the first paint of a page with content, five runs each, median. */
async function coldStartToFirstPaint(browser: Browser, runs: number): Promise<void> {
  const staticDir = path.join(scratch, 'static');
  rmSync(staticDir, { recursive: true, force: true });
  writeFileSync(
    path.join(scratch, 'static.html'),
    '<!doctype html><title>Baseline</title><h1>Minutebook</h1>',
  );
  const baselineServer = `
    const http = require('node:http'); const fs = require('node:fs');
    const page = fs.readFileSync(${JSON.stringify(path.join(scratch, 'static.html'))});
    const server = http.createServer((_req, res) => { res.writeHead(200, {'Content-Type': 'text/html'}); res.end(page); });
    server.listen(0, '127.0.0.1', () => console.log('running at http://127.0.0.1:' + server.address().port + '/'));`;

  const measure = async (command: string[], ready: RegExp): Promise<number> => {
    const start = performance.now();
    const child = spawn(process.execPath, command, {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, CI: '1' },
    });
    const url = await firstMatch(child, ready);
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const elapsed = performance.now() - start;
    await page.close();
    child.kill();
    return elapsed;
  };

  const ours: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const dataDir = path.join(scratch, `serve-${run}`);
    ours.push(await measure([cli, 'serve', '--port', '0', '--data', dataDir], /running at (http:\/\/\S+)/));
    baseline.push(await measure(['-e', baselineServer], /running at (http:\/\/\S+)/));
  }
  report(
    `browser mode cold start to first paint, median (n=${runs})`,
    median(ours),
    'bare node http + static page',
    median(baseline),
  );
}

function firstMatch(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

console.log(`Minutebook bench (${os.cpus().length} cores, Node ${process.version})`);
try {
  await routerAgainstPreparedStatements(2000);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await coldStartToFirstPaint(browser, 5);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

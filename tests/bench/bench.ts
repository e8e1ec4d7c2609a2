// `npm run bench`: each figure beside a baseline measured in the same run, as a ratio.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { crc32, deflateRawSync } from 'node:zlib';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { openCore, type Core } from '../../electron/core';
import { exportDocument } from '../../electron/export/exportDocument';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { docxText } from '../../electron/import/docx';
import { parseImportText } from '../../electron/import/parse';
import mammoth from 'mammoth';
import { openDatabase } from '../../electron/store/database';
import { runWorker } from '../../electron/workers/runWorker';
import type { Committee, Meeting } from '../../shared/domain';
import { plainText, type RichDoc, type RichNode } from '../../shared/richText';
import { capitalise } from '../../shared/format';
import { largest } from '../../shared/arrays';
import { chromiumLaunchOptions } from '../e2e/chromium';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/electron/cli.cjs');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-'));

/** Calls the router directly, throwing on a refusal: setting up bench data is not what is measured. */
function caller(core: Core) {
  return async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.router.call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
}

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

// ---- Taking the minutes: a 40-item meeting of about 100 pages ----

const words =
  'the board discussed commissioning of domiciliary care with members asking about continuity of care workers the national living wage provider quality safeguarding and the budget for the coming year while officers answered questions on procurement timescales and the evaluation of the pilot service'.split(
    ' ',
  );

/** About `chars` characters of minutes prose in paragraphs, with a bullet list now and then. */
function minutesDoc(chars: number, seed: number): RichDoc {
  const content: RichDoc['content'] = [];
  let size = 0;
  let n = seed;
  const sentence = () => {
    const length = 14 + (n % 11);
    const picked = Array.from({ length }, (_, i) => words[(n * 7 + i * 13) % words.length]);
    n += 1;
    const text = picked.join(' ');
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

/** The bench committee and its meeting. */
async function benchMeeting(call: ReturnType<typeof caller>, defaultVenue: string): Promise<Meeting> {
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue,
    numberingScheme: '{n}',
  });
  return call<Meeting>('meetings.create', {
    committeeId: committee.id,
    date: '2026-01-13',
    startTime: '10:00',
  });
}

const PAGE_CHARS = 3000;
const ITEMS = 40;
const PAGES = 100;

/** A data folder holding one meeting of 40 items (100 pages in all) and one item holding all 100 pages. */
async function meetingData(dir: string): Promise<{ itemId: string; longItemId: string; meetingId: string }> {
  const core = openCore(dir, { log: () => undefined });
  const call = caller(core);
  const meeting = await benchMeeting(call, '');
  const ids: string[] = [];
  for (let n = 0; n < ITEMS + 1; n += 1) {
    const item = await call<{ id: string }>('items.create', {
      meetingId: meeting.id,
      title: n < ITEMS ? `Item ${n + 1} of the bench meeting` : 'The whole meeting in one item',
      purpose: 'To consider the report.',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const chars = n < ITEMS ? (PAGES * PAGE_CHARS) / ITEMS : PAGES * PAGE_CHARS;
    await call('minutes.save', { itemId: item.id, doc: minutesDoc(chars, n), baseVersion: 0 });
    ids.push(item.id);
  }
  core.close();
  return { itemId: ids[ITEMS / 2]!, longItemId: ids[ITEMS]!, meetingId: meeting.id };
}

/** Records, for each keydown, the time until the frame after it has been produced (rAF, then a task). */
const installLatencyProbe = () => {
  const probe = window as unknown as { __latencies: number[] };
  probe.__latencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.__latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
};

async function typeAndMeasure(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate(installLatencyProbe);
  await page.keyboard.press('ControlOrMeta+End');
  const text = 'The Chair thanked officers for the report and members noted the update. ';
  for (let i = 0; i < keystrokes; i += 1) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]!);
    // One key at a time, as a person types, so each keystroke's frame is measured on its own.
    await page.waitForTimeout(25);
  }
  await page.waitForTimeout(100);
  const latencies = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  // The Ctrl+End press is not a keystroke of text.
  return latencies.slice(1);
}

async function textareaBaseline(browser: Browser, text: string, keystrokes: number): Promise<number[]> {
  const page = await browser.newPage();
  await page.setContent(
    '<!doctype html><title>Baseline</title><textarea aria-label="Minutes" rows="30" cols="100"></textarea>',
  );
  await page.locator('textarea').fill(text);
  await page.locator('textarea').focus();
  const latencies = await typeAndMeasure(page, keystrokes);
  await page.close();
  return latencies;
}

const plainOf = (doc: RichDoc) => plainText(doc);

async function keypressLatency(browser: Browser, keystrokes: number): Promise<void> {
  const dataDir = path.join(scratch, 'latency');
  const { itemId, longItemId } = await meetingData(dataDir);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const launchUrl = await firstMatch(child, /running at (http:\/\/\S+)/);
    const page = await browser.newPage();
    await page.goto(launchUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const [label, id, chars] of [
      [`one item of a ${ITEMS}-item, ${PAGES}-page meeting`, itemId, (PAGES * PAGE_CHARS) / ITEMS],
      [`all ${PAGES} pages in one editor`, longItemId, PAGES * PAGE_CHARS],
    ] as const) {
      await page.evaluate((target) => (window.location.hash = `#/items/${target}`), id);
      const editor = page.getByRole('textbox', { name: /^Minutes of item/ });
      await editor.waitFor();
      await editor.click();
      const ours = await typeAndMeasure(page, keystrokes);
      await page.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor({ timeout: 60_000 });
      const text = plainOf(minutesDoc(chars, 0));
      const baseline = await textareaBaseline(browser, text, keystrokes);
      for (const p of [50, 95]) {
        report(
          `keypress to next frame, ${label}, p${p} (n=${keystrokes})`,
          percentile(ours, p),
          'plain <textarea>, same text',
          percentile(baseline, p),
        );
      }
    }
    await page.close();
  } finally {
    child.kill();
  }
}

/**
 * Typing lag: typing at 20 keys a second without a pause into one item of the 100-page meeting, what
 * the server holds is read every 100 ms by a second client; the age of the newest character it holds
 * (how long ago it was typed) is the lag, beside the save's own acknowledgement time in the page.
 */
async function typingLag(browser: Browser, seconds: number): Promise<void> {
  const dataDir = path.join(scratch, 'typing-lag');
  const { itemId } = await meetingData(dataDir);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const launchUrl = await firstMatch(child, /running at (http:\/\/\S+)/);
    const origin = launchUrl.split('#')[0]!;
    const token = /token=([\w-]+)/.exec(launchUrl)![1]!;
    const held = async () => {
      const response = await fetch(`${origin}api/minutes.get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Minutebook-Token': token },
        body: JSON.stringify({ itemId }),
      });
      return plainText(((await response.json()) as { value: { doc: RichDoc } }).value.doc);
    };
    const page = await browser.newPage();
    // The page's own view: how long each minutes save took to be acknowledged.
    await page.addInitScript(() => {
      const send = window.fetch.bind(window);
      const probe = window as unknown as { __acks: number[] };
      probe.__acks = [];
      window.fetch = async (input, init) => {
        const start = performance.now();
        const response = await send(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url.endsWith('minutes.save')) probe.__acks.push(performance.now() - start);
        return response;
      };
    });
    await page.goto(launchUrl);
    await page.evaluate((target) => (window.location.hash = `#/items/${target}`), itemId);
    const editor = page.getByRole('textbox', { name: /^Minutes of item/ });
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    const before = await held();
    const words = 'Members asked about the timetable and the Director said it would follow. ';
    const typed: { at: number; length: number }[] = [];
    const ages: number[] = [];
    let typing = true;
    const sampler = (async () => {
      while (typing) {
        const at = Date.now();
        const length = (await held()).length - before.length;
        // The newest character the server holds, and when it was typed.
        const newest = typed.filter((entry) => entry.length <= length).at(-1);
        if (newest && length > 0) ages.push(at - newest.at);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const start = Date.now();
    for (let key = 0; Date.now() - start < seconds * 1000; key += 1) {
      await page.keyboard.type(words[key % words.length]!);
      typed.push({ at: Date.now(), length: key + 1 });
      const due = start + (key + 1) * 50;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    typing = false;
    await sampler;
    const acks = await page.evaluate(() => (window as unknown as { __acks: number[] }).__acks);
    const rate = typed.length / ((Date.now() - start) / 1000);
    for (const p of [50, 95]) {
      report(
        `typing lag at ${rate.toFixed(0)} keys/s, newest char held, p${p} (n=${ages.length})`,
        percentile(ages, p),
        'save acknowledged in the page, p95',
        percentile(acks, 95),
      );
    }
    const lag95 = percentile(ages, 95);
    console.log(
      `  typing lag p95 ${lag95.toFixed(0)} ms: ${lag95 <= 600 ? 'PASS' : 'MISS'} (bar: p95 ≤ 600 ms)`,
    );
    await page.close();
  } finally {
    child.kill();
  }
}

/** Saving an item's minutes (2.5 pages): the router's transaction against a bare upsert; and over HTTP. */
async function saveLatency(browser: Browser, count: number): Promise<void> {
  const core = openCore(path.join(scratch, 'save'), { log: () => undefined });
  const call = caller(core);
  const committee = await call<Committee>('committees.create', {
    name: 'Bench',
    kind: 'other',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await call<Meeting>('meetings.create', {
    committeeId: committee.id,
    date: '2026-01-13',
    startTime: '10:00',
  });
  const item = await call<{ id: string }>('items.create', {
    meetingId: meeting.id,
    title: 'Item',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  const docs = Array.from({ length: 20 }, (_, n) => minutesDoc((PAGES * PAGE_CHARS) / ITEMS, n));
  const ours: number[] = [];
  let version = 0;
  for (let n = 0; n < count; n += 1) {
    const start = performance.now();
    version = (
      await call<{ version: number }>('minutes.save', {
        itemId: item.id,
        doc: docs[n % 20],
        baseVersion: version,
      })
    ).version;
    ours.push(performance.now() - start);
  }
  const upsert = core.db.prepare(
    `INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc, plain_text = excluded.plain_text,
       version = excluded.version, updated_at = excluded.updated_at`,
  );
  const bare: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const start = performance.now();
    const doc = docs[n % 20]!;
    core.db
      .transaction(() =>
        upsert.run(item.id, JSON.stringify(doc), plainText(doc), version + n + 1, new Date().toISOString()),
      )
      .immediate();
    bare.push(performance.now() - start);
  }
  core.close();
  for (const p of [50, 95]) {
    report(
      `minutes save (2.5 pages), server side, p${p} (n=${count})`,
      percentile(ours, p),
      'bare upsert in a transaction, same file',
      percentile(bare, p),
    );
  }

  // Change to commit acknowledged, as the page sees it: the save request against a read of the same size.
  const dataDir = path.join(scratch, 'latency');
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const launchUrl = await firstMatch(child, /running at (http:\/\/\S+)/);
    const page = await browser.newPage();
    await page.goto(launchUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const itemId = middleItem(dataDir);
    // Plain JavaScript, so that no build step adds helpers the page does not have.
    const timings = await page.evaluate<{ saves: number[]; reads: number[] }>(`(async ([target, n, doc]) => {
      const token = sessionStorage.getItem('minutebook.token') ?? '';
      async function post(method, body) {
        const response = await fetch('api/' + method, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Minutebook-Token': token },
          body: JSON.stringify(body),
        });
        const result = await response.json();
        if (!result.ok) throw new Error(JSON.stringify(result));
        return result.value;
      }
      let { version } = await post('minutes.get', { itemId: target });
      const saves = [];
      const reads = [];
      for (let i = 0; i < n; i += 1) {
        let start = performance.now();
        version = (await post('minutes.save', { itemId: target, doc, baseVersion: version })).version;
        saves.push(performance.now() - start);
        start = performance.now();
        await post('minutes.get', { itemId: target });
        reads.push(performance.now() - start);
      }
      return { saves, reads };
    })(${JSON.stringify([itemId, Math.min(count, 300), docs[0]])})`);
    for (const p of [50, 95]) {
      report(
        `minutes save, change to commit acknowledged in the page, p${p}`,
        percentile(timings.saves, p),
        'reading the same minutes back',
        percentile(timings.reads, p),
      );
    }
    await page.close();
  } finally {
    child.kill();
  }
}

/** The middle item of the bench meeting. */
function middleItem(dataDir: string): string {
  const db = openDatabase(path.join(dataDir, 'minutebook.sqlite3'));
  try {
    return db
      .prepare('SELECT id FROM agenda_items ORDER BY position LIMIT 1 OFFSET ?')
      .pluck()
      .get(ITEMS / 2) as string;
  } finally {
    db.close();
  }
}

// ---- Word export: a 40-item meeting through the command line, and per page in process ----

/** A data folder holding one 40-item meeting of about `pages` pages of minutes. */
async function exportData(dir: string, pages: number): Promise<{ meetingId: string; markdown: string }> {
  const core = openCore(dir, { log: () => undefined });
  const call = caller(core);
  const meeting = await benchMeeting(call, 'County Hall');
  // The same words as Markdown, for pandoc: headings, paragraphs and bullet lists.
  const markdown: string[] = ['# Bench Scrutiny Board', '', 'Minutes of the meeting held at County Hall', ''];
  for (let n = 0; n < ITEMS; n += 1) {
    const title = `Item ${n + 1} of the bench meeting`;
    const item = await call<{ id: string }>('items.create', {
      meetingId: meeting.id,
      title,
      purpose: 'To consider the report.',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const doc = minutesDoc((pages * PAGE_CHARS) / ITEMS, n);
    await call('minutes.save', { itemId: item.id, doc, baseVersion: 0 });
    markdown.push(`## ${n + 1}. ${title}`, '');
    for (const block of doc.content ?? []) {
      if (block.type === 'bulletList') {
        for (const entry of block.content ?? [])
          markdown.push(`- ${plainText({ type: 'doc', content: entry.content })}`);
      } else markdown.push(plainText({ type: 'doc', content: [block] }));
      markdown.push('');
    }
  }
  core.close();
  return { meetingId: meeting.id, markdown: markdown.join('\n') };
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function wordExport(): Promise<void> {
  const dir = path.join(scratch, 'export-100');
  const { meetingId, markdown } = await exportData(dir, PAGES);
  const out = path.join(scratch, 'minutes.docx');
  const ours: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    ours.push(
      timed(() => {
        const result = spawnSync(process.execPath, [
          cli,
          'export',
          '--data',
          dir,
          '--meeting',
          meetingId,
          '--kind',
          'minutes',
          '--out',
          out,
        ]);
        if (result.status !== 0) throw new Error(`export failed: ${result.stderr.toString()}`);
      }),
    );
  }
  const pandocInstalled = spawnSync('pandoc', ['--version']).status === 0;
  if (pandocInstalled) {
    const source = path.join(scratch, 'minutes.md');
    writeFileSync(source, markdown);
    const theirs: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      theirs.push(
        timed(() => {
          const result = spawnSync('pandoc', [source, '-o', path.join(scratch, 'pandoc.docx')]);
          if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr.toString()}`);
        }),
      );
    }
    report(
      'Export 40-item minutes, CLI whole process (median)',
      median(ours),
      'pandoc md→docx',
      median(theirs),
    );
  } else {
    console.log(
      `Export 40-item minutes, CLI whole process (median) ${fmt(median(ours))} (pandoc is not installed: no baseline)`,
    );
  }
  const soffice = spawnSync('soffice', ['--version']).status === 0;
  if (soffice) {
    spawnSync('soffice', [
      `-env:UserInstallation=file://${path.join(scratch, 'lo')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      scratch,
      out,
    ]);
    const info = spawnSync('pdfinfo', [path.join(scratch, 'minutes.pdf')], { encoding: 'utf8' }).stdout;
    console.log(
      `  (that document is ${/Pages:\s+(\d+)/.exec(info)?.[1] ?? '?'} pages as LibreOffice lays it out)`,
    );
  }

  // In process: milliseconds per page at 20, 100 and 300 pages (should stay flat: linear growth).
  const perPage: { pages: number; ms: number }[] = [];
  for (const pages of [20, 100, 300]) {
    const data = path.join(scratch, `export-${pages}-inproc`);
    const { meetingId: id } = await exportData(data, pages);
    const core = openCore(data, { log: () => undefined });
    const runs: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      await exportDocument(readMeetingRecord(core.db, id, 'public'), { kind: 'minutes' });
      runs.push(performance.now() - start);
    }
    core.close();
    perPage.push({ pages, ms: median(runs) / pages });
  }
  const [small] = perPage;
  for (const { pages, ms } of perPage) {
    report(`Export in process, per page at ${pages} pages (median)`, ms, 'per page at 20 pages', small!.ms);
  }
}

// ---- Import: a 300-item meeting's text, and a 20-page Word document ----

/** Published minutes of a meeting with `items` items, each with narrative, a list and a decision. */
function meetingText(items: number): string {
  const prose = `${capitalise(words.join(' '))}.`;
  const lines = [
    'PLANNING COMMITTEE',
    '',
    'MINUTES of the meeting held on Tuesday 15 March 2022 at 7.00 pm in the Council Chamber, Civic Offices',
    '',
    'Present: Councillor A Smith (Chair), Councillors B Jones, C Brown (Vice-Chair), D White and E Green',
    '',
  ];
  for (let n = 1; n <= items; n += 1) {
    lines.push(
      `${n}. APPLICATION ${n} – LAND AT MILL LANE`,
      '',
      `The Head of Planning presented the report on application ${n}. ${prose}`,
      '',
      '·  The height of the proposed building.',
      '·  The loss of parking.',
      '',
      `It was moved by Councillor B Jones and seconded by Councillor E Green that the application be refused. ${prose}`,
      '',
      'RESOLVED that planning permission be refused for the following reasons:',
      '',
      '(1) The proposed development would be harmful to the character of the area.',
      '(2) The proposal would result in the loss of parking spaces.',
      '',
    );
  }
  return lines.join('\n');
}

async function importParse(): Promise<void> {
  const text = meetingText(300);
  const lines = text.split('\n');
  const ours: number[] = [];
  const scan: number[] = [];
  for (let run = 0; run < 9; run += 1) {
    ours.push(
      timed(() => {
        if (parseImportText(text).items.length !== 300)
          throw new Error('the bench text did not parse into 300 items');
      }),
    );
    // The floor: every line looked at once by one regular expression.
    scan.push(timed(() => lines.filter((line) => /^(?:\d+\.|RESOLVED|\(\d+\)|·)/.test(line)).length));
  }
  report(
    `Parse a 300-item meeting (${(text.length / 1024).toFixed(0)} KB text) (median)`,
    median(ours),
    'one regex over each line',
    median(scan),
  );

  const dir = path.join(scratch, 'import-docx');
  const { meetingId } = await exportData(dir, 20);
  const core = openCore(dir, { log: () => undefined });
  const { bytes } = await exportDocument(readMeetingRecord(core.db, meetingId, 'public'), {
    kind: 'minutes',
  });
  core.close();
  const readOurs: number[] = [];
  const readMammoth: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    parseImportText(await docxText(bytes));
    readOurs.push(performance.now() - start);
    const before = performance.now();
    await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    readMammoth.push(performance.now() - before);
  }
  report(
    `Import a 20-page .docx (${(bytes.length / 1024).toFixed(0)} KB): checked unzip, mammoth, parse`,
    median(readOurs),
    'mammoth raw text alone',
    median(readMammoth),
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

/**
 * Opening a large data file with the checks (header, quick_check) against SQLite opening it and
 * reading its schema version, the least any open can do; and a minutes save on a meeting that has
 * ended (the audit trail reads the text before and after) against one that has not.
 */
async function recordCosts(): Promise<void> {
  const dir = path.join(scratch, 'large');
  const core = openCore(dir, { log: () => undefined });
  const call = caller(core);
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Committee',
    kind: 'other',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meetingOn = (date: string) =>
    call<Meeting>('meetings.create', { committeeId: committee.id, date, startTime: '10:00' });
  const item = async (meetingId: string) =>
    (
      await call<{ id: string }>('items.create', {
        meetingId,
        title: 'Item',
        purpose: '',
        leadOfficerId: null,
        exempt: false,
        exemptParagraph: null,
      })
    ).id;
  // About 50 MB of minutes: 200 past meetings of 10 items with 25 KB each.
  const insert = core.db.prepare(
    'INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at) VALUES (?, ?, ?, 1, ?)',
  );
  for (let m = 0; m < 200; m += 1) {
    const meeting = await meetingOn(
      `20${10 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`,
    );
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push(await item(meeting.id));
    core.db.transaction(() => {
      for (const [i, id] of ids.entries()) {
        const doc = minutesDoc(12_000, m * 10 + i);
        insert.run(id, JSON.stringify(doc), plainText(doc), new Date().toISOString());
      }
    })();
  }
  const ended = await item((await meetingOn('2020-01-15')).id);
  const future = await item((await meetingOn(`${new Date().getFullYear() + 1}-01-15`)).id);
  const saves = (itemId: string) => async () => {
    const times: number[] = [];
    let version = 0;
    for (let index = 0; index < 300; index += 1) {
      const started = performance.now();
      ({ version } = await call<{ version: number }>('minutes.save', {
        itemId,
        baseVersion: version,
        doc: minutesDoc(4000 + index * 10, index),
      }));
      times.push(performance.now() - started);
    }
    return percentile(times, 95);
  };
  const withAudit = await saves(ended)();
  const withoutAudit = await saves(future)();
  report('Minutes save p95, meeting ended (audit trail on)', withAudit, 'meeting not ended', withoutAudit);
  core.close();

  const file = path.join(dir, 'minutebook.sqlite3');
  const megabytes = statSync(file).size / 1048576;
  const opens = (open: () => void) => {
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      open();
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const checked = opens(() => openDatabase(file).close());
  const bare = opens(() => {
    const db = new Database(file, { readonly: true });
    db.pragma('user_version');
    db.close();
  });
  report(
    `Open a ${megabytes.toFixed(0)} MB data file with its checks (median)`,
    checked,
    'SQLite open + user_version',
    bare,
  );
}

// ---- Opening, hostile input and the audit trail's agenda entries (issue 15) ----

/**
 * A data file of about `megabytes` MB: meetings of items with minutes of ~10 KB each, written
 * straight through SQLite in large transactions (what is measured is opening it, not filling it).
 */
async function largeDataFile(dir: string, megabytes: number): Promise<string> {
  const core = openCore(dir, { log: () => undefined });
  const call = caller(core);
  const meeting = await benchMeeting(call, '');
  const insertItem = core.db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, purpose, lead_officer_id, exempt, exempt_paragraph, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', NULL, 0, NULL, ?, ?)`,
  );
  const insertMinutes = core.db.prepare(
    'INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at) VALUES (?, ?, ?, 1, ?)',
  );
  const doc = minutesDoc(5_000, 1);
  const json = JSON.stringify(doc);
  const text = plainText(doc);
  const stamp = new Date().toISOString();
  let position = 0;
  while (statSync(core.dataFile).size < megabytes * 1024 * 1024) {
    core.db.transaction(() => {
      for (let n = 0; n < 2_000; n += 1) {
        position += 1;
        const id = crypto.randomUUID();
        insertItem.run(id, meeting.id, position, `Item ${position}`, stamp, stamp);
        insertMinutes.run(id, json, text, stamp);
      }
    })();
    core.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  core.close();
  return core.dataFile;
}

/** Opening a 1 GB data file with every check made before opening, against SQLite's bare open. */
async function openingALargeFile(): Promise<void> {
  const dir = path.join(scratch, 'gigabyte');
  const file = await largeDataFile(dir, 1024);
  const megabytes = statSync(file).size / 1048576;
  const opens = (open: () => void) => {
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const started = performance.now();
      open();
      times.push(performance.now() - started);
    }
    return median(times);
  };
  const checked = opens(() => openDatabase(file).close());
  const bare = opens(() => {
    const db = new Database(file, { readonly: true });
    db.pragma('user_version');
    db.close();
  });
  report(
    `Open a ${megabytes.toFixed(0)} MB data file with its checks (median)`,
    checked,
    'SQLite open + user_version',
    bare,
  );
  // The full check the app then runs in the background, in its worker, against the same check in process.
  const inWorker = timedAsync(() =>
    runWorker('integrity', { file }, { memoryMb: 256, timeoutMs: 30 * 60 * 1000 }),
  );
  const worker = await inWorker;
  const inProcess = timed(() => {
    const db = new Database(file, { readonly: true });
    db.pragma('quick_check');
    db.close();
  });
  report(
    `Background quick_check of ${megabytes.toFixed(0)} MB in its worker`,
    worker,
    'quick_check in process',
    inProcess,
  );
  rmSync(dir, { recursive: true, force: true });
}

async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** A .docx whose document.xml is `megabytes` MB of Word paragraphs (deflated: a few hundred KB). */
function inflatingDocx(megabytes: number): Buffer {
  const paragraph =
    '<w:p><w:pPr><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">The Committee considered the report of the Director of Finance and resolved to note it. </w:t></w:r></w:p>';
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(
    Math.ceil((megabytes * 1048576) / paragraph.length),
  )}</w:body></w:document>`;
  const entries = new Map<string, Buffer>([
    [
      '[Content_Types].xml',
      Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    ],
    ['word/document.xml', Buffer.from(xml)],
  ]);
  return deflatedZip(entries);
}

/** A zip of deflated entries, as Word writes them. */
function deflatedZip(entries: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const body = deflateRawSync(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.size, 8);
  end.writeUInt16LE(entries.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The ~95 MB-inflating .docx through browser mode: time to its refusal against a 20-page .docx
 * imported the same way; and app.info answered while the hostile one is read, against app.info
 * on an idle server.
 */
async function hostileDocx(): Promise<void> {
  const dataDir = path.join(scratch, 'hostile');
  const { meetingId } = await exportData(dataDir, 20);
  const core = openCore(dataDir, { log: () => undefined });
  const { bytes: normal } = await exportDocument(readMeetingRecord(core.db, meetingId, 'public'), {
    kind: 'minutes',
  });
  core.close();
  const hostile = inflatingDocx(95);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CI: '1' },
  });
  try {
    const launchUrl = await firstMatch(child, /running at (http:\/\/\S+)/);
    const origin = launchUrl.split('#')[0]!;
    const token = /token=([\w-]+)/.exec(launchUrl)![1]!;
    const post = async (method: string, input: unknown) => {
      const response = await fetch(`${origin}api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-minutebook-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; error?: { message: string } };
    };
    const refusals: number[] = [];
    const imports: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      refusals.push(
        await timedAsync(async () => {
          const reply = await post('imports.preview', {
            file: hostile.toString('base64'),
            fileName: 'bomb.docx',
          });
          if (reply.ok) throw new Error('the 95 MB-inflating .docx was not refused');
        }),
      );
      imports.push(
        await timedAsync(async () => {
          const reply = await post('imports.preview', {
            file: Buffer.from(normal).toString('base64'),
            fileName: 'minutes.docx',
          });
          if (!reply.ok) throw new Error(`the 20-page .docx was refused: ${reply.error?.message}`);
        }),
      );
    }
    report(
      `Import of a .docx inflating to 95 MB (${(hostile.length / 1024).toFixed(0)} KB): time to refusal (median)`,
      median(refusals),
      `import of a 20-page .docx (${(normal.length / 1024).toFixed(0)} KB)`,
      median(imports),
    );
    // Other requests while a long import runs: the 20-page one, read again and again.
    const idle: number[] = [];
    for (let n = 0; n < 50; n += 1) idle.push(await timedAsync(() => post('app.info', {})));
    const busy: number[] = [];
    let reading = true;
    const long = (async () => {
      for (let n = 0; n < 5; n += 1) {
        await post('imports.preview', {
          file: Buffer.from(normal).toString('base64'),
          fileName: 'minutes.docx',
        });
      }
      reading = false;
    })();
    while (reading) busy.push(await timedAsync(() => post('app.info', {})));
    await long;
    report(
      `app.info answered while imports run, max (n=${busy.length})`,
      largest(busy, 0),
      'app.info on an idle server, max',
      largest(idle, 0),
    );
  } finally {
    child.kill();
  }
}

/** items.create through the router on a 2,000-item meeting that has ended (audit trail on) and on one that has not. */
async function itemsCreateWithAudit(): Promise<void> {
  const core = openCore(path.join(scratch, 'agenda-audit'), { log: () => undefined });
  const call = caller(core);
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Committee',
    kind: 'other',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meetingOn = (date: string) =>
    call<Meeting>('meetings.create', { committeeId: committee.id, date, startTime: '10:00' });
  const past = await meetingOn('2024-01-15');
  const future = await meetingOn(`${new Date().getFullYear() + 1}-01-15`);
  const create = (meetingId: string, n: number) =>
    call<{ id: string }>('items.create', {
      meetingId,
      title: `Item ${n}`,
      purpose: 'To note the report.',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
  for (let n = 0; n < 2_000; n += 1) {
    await create(past.id, n);
    await create(future.id, n);
  }
  const times = { past: [] as number[], future: [] as number[] };
  for (let n = 0; n < 300; n += 1) {
    for (const [which, meeting] of [
      ['past', past],
      ['future', future],
    ] as const) {
      const started = performance.now();
      await create(meeting.id, 2_000 + n);
      times[which].push(performance.now() - started);
    }
  }
  core.close();
  report(
    'items.create on a 2,000-item ended meeting (audit on), p50',
    median(times.past),
    'the same on a meeting not yet held',
    median(times.future),
  );
}

console.log(`Minutebook bench (${os.cpus().length} cores, Node ${process.version})`);
// `BENCH_ONLY=keypress,typing npm run bench` runs only the sections named (all by default).
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const wanted = (name: string) => !only || only.includes(name);
try {
  if (wanted('router')) await routerAgainstPreparedStatements(2000);
  if (wanted('export')) await wordExport();
  if (wanted('import')) await importParse();
  if (wanted('record')) await recordCosts();
  if (wanted('audit')) await itemsCreateWithAudit();
  if (wanted('hostile')) await hostileDocx();
  if (wanted('open')) await openingALargeFile();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    if (wanted('start')) await coldStartToFirstPaint(browser, 5);
    if (wanted('keypress')) await keypressLatency(browser, 200);
    if (wanted('typing')) await typingLag(browser, 10);
    if (wanted('save')) await saveLatency(browser, 500);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// What the bench's sections share: the built command line and a scratch folder, calling the router
// and a started server, the figures' arithmetic and report line, and the bench meeting with its
// generated minutes.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/store/database';
import type { Committee, Meeting } from '../../shared/domain';
import { plainText, type RichDoc, type RichNode } from '../../shared/richText';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built command line (`npm run bench` builds it first). */
export const cli = path.join(root, 'dist/electron/cli.cjs');

let folder: string | undefined;
/** A path in the bench's scratch folder, made on first use and removed by `removeScratch` at the end. */
export function scratch(...parts: string[]): string {
  folder ??= mkdtempSync(path.join(os.tmpdir(), 'minutebook-bench-'));
  return path.join(folder, ...parts);
}

export function removeScratch(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
}

/** The first capture of `pattern` in the child's output (the URL a started server prints). */
export function firstMatch(child: ChildProcess, pattern: RegExp): Promise<string> {
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
 * Stops a started server and waits for it to exit: it backs up what changed as it closes, and the
 * scratch folder removed under that backup made it print "automatic backup failed … disk I/O error".
 */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill();
  await exited;
}

/** Calls the router directly, throwing on a refusal: setting up bench data is not what is measured. */
export function caller(core: Core) {
  return async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.router.call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
export const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

export function report(name: string, ours: number, baselineName: string, baseline: number, unit = fmt): void {
  console.log(
    `${name.padEnd(52)} ${unit(ours).padStart(10)}   baseline (${baselineName}) ${unit(baseline).padStart(10)}   ratio ${(ours / baseline).toFixed(2)}×`,
  );
}

/**
 * A target's line: PASS or MISS, the figure, and the target beside the yardstick it is set against
 * (issue 21's table). `met` says whether the figure is within the target.
 */
export function verdict(target: string, figure: string, met: boolean, yardstick: string): void {
  console.log(`  ${met ? 'PASS' : 'MISS'}  ${target}: ${figure} (target ${yardstick})`);
}

export function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

// ---- Taking the minutes: a 40-item meeting of about 100 pages ----

export const words =
  'the board discussed commissioning of domiciliary care with members asking about continuity of care workers the national living wage provider quality safeguarding and the budget for the coming year while officers answered questions on procurement timescales and the evaluation of the pilot service'.split(
    ' ',
  );

/** About `chars` characters of minutes prose in paragraphs, with a bullet list now and then. */
export function minutesDoc(chars: number, seed: number, vocabulary: readonly string[] = words): RichDoc {
  const content: RichDoc['content'] = [];
  let size = 0;
  let n = seed;
  const sentence = () => {
    const length = 14 + (n % 11);
    const picked = Array.from({ length }, (_, i) => vocabulary[(n * 7 + i * 13) % vocabulary.length]);
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
export async function benchMeeting(call: ReturnType<typeof caller>, defaultVenue: string): Promise<Meeting> {
  // A document is refused until the council's name is set, as the app's welcome sets it.
  const { style, version } = await call<{ style: Record<string, unknown>; version: number }>(
    'houseStyle.get',
    {},
  );
  await call('houseStyle.save', {
    style: { ...style, councilName: 'Bench Borough Council' },
    baseVersion: version,
  });
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

export const PAGE_CHARS = 3000;
export const ITEMS = 40;
export const PAGES = 100;

/** A data folder holding one meeting of 40 items (100 pages in all) and one item holding all 100 pages. */
export async function meetingData(
  dir: string,
): Promise<{ itemId: string; longItemId: string; meetingId: string }> {
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

/** The middle item of the bench meeting. */
export function middleItem(dataDir: string): string {
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
export async function exportData(
  dir: string,
  pages: number,
): Promise<{ meetingId: string; markdown: string }> {
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

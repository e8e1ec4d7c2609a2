// The crash test: browser mode is started, minutes are typed into three items through the same HTTP
// API the renderer uses, and the server is killed with SIGKILL at a random moment. Before each
// restart the file must pass `PRAGMA integrity_check`; after it, every save the server acknowledged
// must be there (and a save in flight at the kill either wholly there or wholly not).
//
//   node tests/crash/crash.mjs [--kills N] [--seed S]     (npm test: 50; npm run soak: 1,000)
//
// Prints a JSON summary line and exits 1 if anything acknowledged was lost or the file was damaged.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'electron', 'cli.cjs');
const { values } = parseArgs({ options: { kills: { type: 'string' }, seed: { type: 'string' } } });
const kills = Number(values.kills ?? 50);
let seed = Number(values.seed ?? Date.now() % 100000);
const firstSeed = seed;
// A small, repeatable random source (mulberry32), so a failing run can be replayed with --seed.
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-crash-'));
const dataFile = path.join(dataDir, 'minutebook.sqlite3');

function startServer() {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}${stderr}`)), 20000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /running at (http:\/\/127\.0\.0\.1:(\d+)\/)#token=([\w-]+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, origin: match[1], token: match[3] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}): ${out}${stderr}`));
    });
  });
}

const exited = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', resolve);
  });

async function call(server, method, input) {
  const response = await fetch(`${server.origin}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-minutebook-token': server.token },
    body: JSON.stringify(input),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const docOf = (text) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});
const textOf = (doc) => doc?.content?.[0]?.content?.[0]?.text ?? '';

function integrity() {
  const db = new Database(dataFile, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

const summary = {
  kills: 0,
  acknowledged: 0,
  inFlightAtKill: 0,
  inFlightSaved: 0,
  lost: 0,
  damaged: 0,
  seed: firstSeed,
};
const failures = [];
const started = Date.now();

let server = await startServer();
const committee = await call(server, 'committees.create', {
  name: 'Crash Test Committee',
  kind: 'other',
  quorum: 2,
  defaultVenue: '',
  numberingScheme: '{n}',
});
const meeting = await call(server, 'meetings.create', {
  committeeId: committee.id,
  date: '2026-01-15',
  startTime: '10:00',
});
const items = [];
for (const title of ['Minutes of the last meeting', 'Budget monitoring', 'Any other business']) {
  items.push(
    await call(server, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    }),
  );
}
/** Per item: the last save the server acknowledged, and the one in flight. */
const state = new Map(items.map((item) => [item.id, { version: 0, text: '', pending: null, counter: 0 }]));

for (let round = 0; round < kills; round += 1) {
  let alive = true;
  const writers = items.map(async (item) => {
    const entry = state.get(item.id);
    while (alive) {
      entry.counter += 1;
      const text = `${item.title}: paragraph ${entry.counter} ${'typed words '.repeat(1 + Math.floor(random() * 60))}`;
      entry.pending = text;
      try {
        const saved = await call(server, 'minutes.save', {
          itemId: item.id,
          baseVersion: entry.version,
          doc: docOf(text),
        });
        if (!alive) break; // the answer raced the kill: count it as in flight, as the renderer would
        entry.version = saved.version;
        entry.text = text;
        entry.pending = null;
        summary.acknowledged += 1;
      } catch {
        break; // the server is gone
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 5 + random() * 250));
  alive = false;
  server.child.kill('SIGKILL');
  await Promise.all(writers);
  await exited(server.child);
  summary.kills += 1;

  const check = integrity();
  if (check !== 'ok') {
    summary.damaged += 1;
    failures.push(`kill ${round + 1}: integrity_check said ${String(check)}`);
    break;
  }
  server = await startServer();
  for (const item of items) {
    const entry = state.get(item.id);
    const stored = await call(server, 'minutes.get', { itemId: item.id });
    const text = textOf(stored.doc);
    if (entry.pending !== null) summary.inFlightAtKill += 1;
    if (stored.version === entry.version && text === entry.text) {
      // As acknowledged; a save in flight did not commit.
    } else if (entry.pending !== null && stored.version === entry.version + 1 && text === entry.pending) {
      summary.inFlightSaved += 1; // committed, but the answer never arrived
    } else {
      summary.lost += 1;
      failures.push(
        `kill ${round + 1}, ${item.title}: acknowledged version ${entry.version} “${entry.text.slice(0, 40)}…”, found version ${stored.version} “${text.slice(0, 40)}…”`,
      );
    }
    entry.version = stored.version;
    entry.text = text;
    entry.pending = null;
  }
}
server.child.kill('SIGTERM');
await exited(server.child);
summary.finalIntegrity = integrity();
summary.seconds = Math.round((Date.now() - started) / 100) / 10;
rmSync(dataDir, { recursive: true, force: true });
for (const failure of failures) console.error(failure);
console.log(JSON.stringify(summary));
process.exit(failures.length === 0 && summary.finalIntegrity === 'ok' && summary.kills === kills ? 0 : 1);

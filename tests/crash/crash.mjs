// The crash test: browser mode is started, minutes are typed into three items through the same HTTP
// API the renderer uses (three windows, one item each; whole saves and saves of the changed block), and the server is killed with SIGKILL at a
// random moment. The meeting is dated in the past, so every save also writes the audit trail, and
// the server checkpoints its log every few pages (MINUTEBOOK_WAL_AUTOCHECKPOINT), so kills often land
// inside a checkpoint. Before each restart the file must pass `PRAGMA integrity_check`; after EVERY
// kill the app must start (no recovery screen, no notice) and every save the server acknowledged
// must be there (a save in flight at the kill either wholly there or wholly not).
//
//   node tests/crash/crash.mjs [--kills N] [--seed S] [--checkpoint PAGES]   (npm test: 50; npm run soak: 1,000)
//
// Prints a JSON summary line and exits 1 if anything acknowledged was lost or the file was damaged.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'electron', 'cli.cjs');
const { values } = parseArgs({
  options: { kills: { type: 'string' }, seed: { type: 'string' }, checkpoint: { type: 'string' } },
});
const kills = Number(values.kills ?? 50);
/** wal_autocheckpoint for the server, in pages (SQLite's default is 1,000): small, so kills land in checkpoints. */
const checkpointEvery = Number(values.checkpoint ?? 100);
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
    env: { ...process.env, CI: 'true', MINUTEBOOK_WAL_AUTOCHECKPOINT: String(checkpointEvery) },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}${stderr}`)), 20000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /running at (http:\/\/127\.0\.0\.1:(\d+)\/)(?:\?launch=[\w-]+)?#token=([\w-]+)/.exec(out);
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

async function call(server, method, input, window = 'crash-test') {
  const response = await fetch(`${server.origin}api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-minutebook-token': server.token,
      'x-minutebook-window': window,
    },
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
  changesAcknowledged: 0,
  inFlightAtKill: 0,
  inFlightSaved: 0,
  lost: 0,
  damaged: 0,
  refusedStarts: 0,
  seed: firstSeed,
  checkpointEvery,
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
// Dated in the past: the meeting has ended, so every save is in the audit trail too.
const meeting = await call(server, 'meetings.create', {
  committeeId: committee.id,
  date: '2025-01-15',
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
const state = new Map(
  items.map((item) => [item.id, { title: item.title, version: 0, text: '', pending: null, touched: true }]),
);
/** Each writer is a window typing into one item; when its minutes pass ~30 KB it starts a new item. */
const writers = items.map((item, index) => ({ window: `writer-${index + 1}`, itemId: item.id, counter: 0 }));
let itemsMade = items.length;

for (let round = 0; round < kills; round += 1) {
  let alive = true;
  const typing = writers.map(async (writer) => {
    while (alive) {
      let entry = state.get(writer.itemId);
      if (entry.text.length > 30_000) {
        // A new item, so the file keeps growing and checkpoints move many pages, as in real use.
        itemsMade += 1;
        let item;
        try {
          item = await call(
            server,
            'items.create',
            {
              meetingId: meeting.id,
              title: `Item ${itemsMade}`,
              purpose: '',
              leadOfficerId: null,
              exempt: false,
              exemptParagraph: null,
            },
            writer.window,
          );
        } catch {
          break; // the server is gone (the item may or may not have been made: it has no minutes)
        }
        if (!alive) break;
        state.set(item.id, { title: item.title, version: 0, text: '', pending: null, touched: true });
        writer.itemId = item.id;
        entry = state.get(item.id);
      }
      writer.counter += 1;
      // Typing: the minutes grow by up to a few paragraphs at each autosave, so the file grows and a
      // checkpoint often lengthens it (the moment a copy of the file alone would look cut short).
      const text =
        `${entry.text}${entry.text ? ' ' : ''}${writer.window} paragraph ${writer.counter} ${'typed words '.repeat(1 + Math.floor(random() * 400))}`.trimEnd();
      entry.pending = text;
      entry.touched = true;
      const saveId = `${writer.window}-${writer.counter}`;
      entry.pendingSaveId = saveId;
      try {
        // Every other save sends only the changed block, as the editor does after its first save.
        const saved =
          entry.version > 0 && writer.counter % 2 === 0
            ? await call(
                server,
                'minutes.saveChanges',
                {
                  itemId: writer.itemId,
                  baseVersion: entry.version,
                  baseSaveId: entry.saveId,
                  saveId,
                  from: 0,
                  to: 1,
                  blocks: docOf(text).content,
                  length: 1,
                },
                writer.window,
              )
            : await call(
                server,
                'minutes.save',
                { itemId: writer.itemId, baseVersion: entry.version, doc: docOf(text), saveId },
                writer.window,
              );
        if (!alive) break; // the answer raced the kill: count it as in flight, as the renderer would
        entry.version = saved.version;
        entry.saveId = saveId;
        entry.text = text;
        entry.pending = null;
        summary.acknowledged += 1;
        if (entry.version > 1 && writer.counter % 2 === 0) summary.changesAcknowledged += 1;
      } catch {
        break; // the server is gone
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 5 + random() * 250));
  alive = false;
  server.child.kill('SIGKILL');
  await Promise.all(typing);
  await exited(server.child);
  summary.kills += 1;

  const check = integrity();
  if (check !== 'ok') {
    summary.damaged += 1;
    failures.push(`kill ${round + 1}: integrity_check said ${String(check)}`);
    break;
  }
  // The app must start: not refused, not on the recovery screen, nothing to report.
  try {
    server = await startServer();
    const info = await call(server, 'app.info', {});
    if (info.recovery !== null || info.notices.length > 0) {
      summary.refusedStarts += 1;
      failures.push(`kill ${round + 1}: the app started on ${JSON.stringify(info.recovery ?? info.notices)}`);
      break;
    }
  } catch (error) {
    summary.refusedStarts += 1;
    failures.push(`kill ${round + 1}: the app did not start: ${error.message}`);
    break;
  }
  // Every item written to since the last kill, and a few others at random (their saves were checked
  // before; they must stay there).
  const all = [...state.entries()];
  const checked = all.filter(([, entry]) => entry.touched);
  for (let sample = 0; sample < 5 && all.length > 0; sample += 1)
    checked.push(all[Math.floor(random() * all.length)]);
  for (const [itemId, entry] of checked) {
    entry.touched = false;
    const stored = await call(server, 'minutes.get', { itemId });
    const text = textOf(stored.doc);
    if (entry.pending !== null) summary.inFlightAtKill += 1;
    if (stored.version === entry.version && text === entry.text) {
      // As acknowledged; a save in flight did not commit.
    } else if (entry.pending !== null && stored.version === entry.version + 1 && text === entry.pending) {
      summary.inFlightSaved += 1; // committed, but the answer never arrived
      entry.saveId = entry.pendingSaveId; // the change sent next is made from that save's text
    } else {
      summary.lost += 1;
      failures.push(
        `kill ${round + 1}, ${entry.title}: acknowledged version ${entry.version} “${entry.text.slice(0, 40)}…”, found version ${stored.version} “${text.slice(0, 40)}…”`,
      );
    }
    entry.version = stored.version;
    entry.text = text;
    entry.pending = null;
  }
}
if (failures.length === 0) {
  // At the end, every item once more: all that was acknowledged is there.
  for (const [itemId, entry] of state) {
    const stored = await call(server, 'minutes.get', { itemId });
    if (stored.version !== entry.version || textOf(stored.doc) !== entry.text) {
      summary.lost += 1;
      failures.push(`at the end, ${entry.title}: version ${stored.version}, expected ${entry.version}`);
    }
  }
  // Audit entries: one run per window and item, not one per save.
  summary.auditEntries = (await call(server, 'audit.list', { meetingId: meeting.id })).length;
}
server.child.kill('SIGTERM');
await exited(server.child);
summary.finalIntegrity = integrity();
summary.items = state.size;
summary.fileMegabytes = Math.round(statSync(dataFile).size / 104857.6) / 10;
summary.seconds = Math.round((Date.now() - started) / 100) / 10;
rmSync(dataDir, { recursive: true, force: true });
for (const failure of failures) console.error(failure);
console.log(JSON.stringify(summary));
process.exit(
  failures.length === 0 &&
    summary.finalIntegrity === 'ok' &&
    summary.kills === kills &&
    summary.refusedStarts === 0
    ? 0
    : 1,
);

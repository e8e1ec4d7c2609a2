// Bench section `open`: a 1 GB data file opened with its checks, and its background check (issue 15).
import Database from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import { openCore } from '../../electron/core';
import { openDatabase } from '../../electron/store/database';
import { runWorker } from '../../electron/workers/runWorker';
import { plainText } from '../../shared/richText';
import { benchMeeting, caller, median, minutesDoc, report, scratch, timed, timedAsync } from './common';

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
export async function openingALargeFile(): Promise<void> {
  const dir = scratch('gigabyte');
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

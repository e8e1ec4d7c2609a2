// Bench section `record`: the audit trail's cost on a minutes save, and opening a 50 MB data file.
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import path from 'node:path';
import { openCore } from '../../electron/core';
import { openDatabase } from '../../electron/store/database';
import type { Committee, Meeting } from '../../shared/domain';
import { plainText } from '../../shared/richText';
import { caller, median, minutesDoc, percentile, report, scratch } from './common';

/**
 * Opening a large data file with the checks (header, quick_check) against SQLite opening it and
 * reading its schema version, the least any open can do; and a minutes save on a meeting that has
 * ended (the audit trail reads the text before and after) against one that has not.
 */
export async function recordCosts(): Promise<void> {
  const dir = scratch('large');
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

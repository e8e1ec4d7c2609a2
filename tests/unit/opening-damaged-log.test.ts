// Opening the data file whatever state a crash, a sync tool or another program left it in: an intact
// file (with its log, even one cut off in the middle of a checkpoint) always opens; a damaged log is
// kept aside and the officer told; a foreign file is never written to; a folder that cannot be
// used says why in one sentence. Everything on real files, with real processes killed.
// Here: a log that cannot be applied whole is kept aside, and one left by a plain crash is applied.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo, BackupFile, Person } from '../../shared/domain';
import { DATA_FILE_NAME } from '../../electron/store/database';
import { inspectLog } from '../../electron/store/writeAheadLog';
import { ok } from './helpers';
import { open, fileOf, dataFolder, crashWithLog } from './openingSetup';

describe('a log that cannot be applied whole', () => {
  it('is copied aside byte for byte, the file opens with what could be applied, and the latest backup is offered', async () => {
    const dir = await dataFolder();
    const first = open(dir);
    const backup = await ok<BackupFile>(first, 'backups.create', {});
    await first.close();
    crashWithLog(dir, 6, 2);
    // Damage the data of a frame in the middle: SQLite stops there and drops the transactions after.
    const wal = `${fileOf(dir)}-wal`;
    const log = readFileSync(wal);
    const pageSize = log.readUInt32BE(8);
    // A frame inside the last transaction: the ones before it apply, that one is lost.
    const frame = Math.floor((log.length - 32) / (24 + pageSize)) - 2;
    const at = 32 + frame * (24 + pageSize) + 24 + 100;
    log[at] = log[at]! ^ 0xff;
    writeFileSync(wal, log);
    expect(inspectLog(wal).droppedCommits).toBeGreaterThan(0);
    const damagedLog = readFileSync(wal);

    const session = open(dir);
    expect(session.damaged).toBeNull();
    const kept = readdirSync(dir).filter((name) => name.startsWith(`${DATA_FILE_NAME}-wal.damaged-`));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(dir, kept[0]!)).equals(damagedLog)).toBe(true);
    const info = await ok<AppInfo>(session, 'app.info', {});
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]!.message).toMatch(
      /^The data file’s log of recent changes was damaged, so Minutebook could apply it only up to the damage: changes made shortly before Minutebook last stopped may be missing \(\d+ saved changes? could not be read\)\. A copy of the log is kept beside the data file as minutebook\.sqlite3-wal\.damaged-/,
    );
    expect(info.notices[0]!.latestGoodBackup?.id).toBe(backup.id);
    // What came before the damage is there, and the app works.
    expect((await ok<Person[]>(session, 'people.list', {})).length).toBeGreaterThan(0);
    await ok(session, 'people.create', {
      name: 'After the damage',
      honorific: '',
      role: '',
      organisation: '',
      party: '',
      kind: 'officer',
    });
  });

  it('a log left by a plain crash is applied whole and says nothing', async () => {
    const dir = await dataFolder();
    crashWithLog(dir, 4, 5);
    // A kill cuts off only the end: a transaction half-written to the log.
    const wal = `${fileOf(dir)}-wal`;
    const log = readFileSync(wal);
    const pageSize = log.readUInt32BE(8);
    writeFileSync(wal, Buffer.concat([log, log.subarray(32, 32 + 24 + pageSize)]));
    const session = open(dir);
    expect((await ok<AppInfo>(session, 'app.info', {})).notices).toEqual([]);
    expect(await ok<Person[]>(session, 'people.list', {})).toHaveLength(20);
    expect(readdirSync(dir).some((name) => name.includes('.damaged-'))).toBe(false);
  });
});

// Opening the data file whatever state a crash, a sync tool or another program left it in: an intact
// file (with its log, even one cut off in the middle of a checkpoint) always opens; a damaged log is
// kept aside and the officer told; a foreign file is never written to; a folder that cannot be
// used says why in one sentence. Everything on real files, with real processes killed.
// Here: an intact file always opens, whatever its log, and is checked as its size allows.
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppInfo, Committee, Person } from '../../shared/domain';
import { inspectLog } from '../../electron/store/writeAheadLog';
import { ok, tempDir } from './helpers';
import {
  open,
  fileOf,
  withTemporaryFolder,
  dataFolder,
  personInsert,
  crashWithLog,
  aloneIsInconsistent,
  killDuringCheckpoint,
} from './openingSetup';

describe('an intact file always opens', () => {
  it('a file left by SIGKILL in the middle of a checkpoint opens with every committed change, without a copy', async () => {
    const dir = await dataFolder();
    const people = crashWithLog(dir, 120, 100);
    const snapshot = path.join(tempDir(), 'snapshot');
    mkdirSync(snapshot);
    for (const name of readdirSync(dir)) {
      if (statSync(path.join(dir, name)).isFile())
        copyFileSync(path.join(dir, name), path.join(snapshot, name));
    }
    const pristine = readFileSync(fileOf(snapshot));

    // Kill the checkpoint at later and later moments until the file alone is half-written: some
    // pages from after the checkpoint began, some from before.
    let delay = 0;
    let caught = false;
    for (let attempt = 0; attempt < 40 && !caught; attempt += 1) {
      for (const name of readdirSync(snapshot)) {
        copyFileSync(path.join(snapshot, name), path.join(dir, name));
      }
      rmSync(`${fileOf(dir)}-shm`, { force: true });
      await killDuringCheckpoint(dir, delay);
      const started = !readFileSync(fileOf(dir)).equals(pristine);
      const logLeft = existsSync(`${fileOf(dir)}-wal`) && inspectLog(`${fileOf(dir)}-wal`).appliedFrames > 0;
      if (started && logLeft && aloneIsInconsistent(dir)) caught = true;
      else if (!started) delay += 3;
      else delay = Math.max(0, delay - 2);
    }
    expect(caught, 'a kill landed inside the checkpoint').toBe(true);

    // Nothing in the temporary folder is used: the file is never copied to check it.
    const scratch = tempDir();
    await withTemporaryFolder(scratch, async () => {
      const session = open(dir);
      expect(session.damaged).toBeNull();
      const info = await ok<AppInfo>(session, 'app.info', {});
      expect(info.recovery).toBeNull();
      expect(info.notices).toEqual([]);
      const directory = await ok<Person[]>(session, 'people.list', {});
      expect(directory).toHaveLength(people);
    });
    expect(readdirSync(scratch)).toEqual([]);
  }, 180_000);

  it('opens with the temporary folder missing, a crash log beside the file', async () => {
    const dir = await dataFolder();
    crashWithLog(dir, 3, 10);
    await withTemporaryFolder(path.join(tempDir(), 'no-such-folder'), async () => {
      const session = open(dir);
      expect(session.damaged).toBeNull();
      expect(await ok<Person[]>(session, 'people.list', {})).toHaveLength(30);
      await ok(session, 'committees.create', {
        name: 'Cabinet',
        kind: 'cabinet',
        quorum: 3,
        defaultVenue: '',
        numberingScheme: '{n}',
      });
    });
  });

  it('a large file opens at once; the full check runs afterwards in the background and reports damage', async () => {
    const dir = await dataFolder();
    const writer = new Database(fileOf(dir));
    const insert = writer.prepare(personInsert);
    writer.transaction(() => {
      for (let i = 0; i < 9000; i += 1) insert.run(`bulk-${i}`, `Person ${i}`, 'y'.repeat(2000));
    })();
    writer.pragma('wal_checkpoint(TRUNCATE)');
    // Damage a page deep inside the people table: opening never reads it, the full check does.
    const rootPage = writer
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'people'")
      .pluck()
      .get() as number;
    writer.close();
    const bytes = readFileSync(fileOf(dir));
    expect(bytes.length).toBeGreaterThan(16 * 1024 * 1024);
    const pageSize = bytes.readUInt16BE(16);
    const victim = Math.floor(bytes.length / pageSize) - 40;
    expect(victim).toBeGreaterThan(rootPage);
    // Its page header: SQLite's check reads it, opening does not.
    bytes.fill(0x5a, victim * pageSize, victim * pageSize + 12);
    writeFileSync(fileOf(dir), bytes);

    const session = open(dir);
    expect(session.damaged).toBeNull();
    expect((await ok<Committee[]>(session, 'committees.list', {})).map((c) => c.name)).toEqual([
      'Licensing Committee',
    ]);
    const first = await ok<AppInfo>(session, 'app.info', {});
    expect(first.recovery).toBeNull();
    let info = first;
    for (let wait = 0; info.checking && wait < 600; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      info = await ok<AppInfo>(session, 'app.info', {});
    }
    expect(info.checking).toBe(false);
    expect(info.notices).toHaveLength(1);
    expect(info.notices[0]!.message).toMatch(
      /^Minutebook’s check of the data file found damage: SQLite(?:’s check found damage| found it damaged) \(.+\)\. What you type is still being saved where the file is sound, but the file may not open next time\. Restore the latest good backup/,
    );
  }, 120_000);

  it('a small file is checked whole before opening, so damage shows the recovery screen at once', async () => {
    const dir = await dataFolder();
    const session = open(dir);
    const info = await ok<AppInfo>(session, 'app.info', {});
    expect(info).toMatchObject({ checking: false, notices: [], recovery: null });
  });
});

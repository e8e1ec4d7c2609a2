// Opening the data file whatever state a crash, a sync tool or another program left it in: an intact
// file (with its log, even one cut off in the middle of a checkpoint) always opens; a damaged log is
// kept aside and the officer told; a foreign file is never written to; a folder that cannot be
// used says why in one sentence. Everything on real files, with real processes killed.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
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
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, BackupFile, Committee, Person } from '../../shared/domain';
import { Session, type SessionOptions } from '../../electron/session';
import { DATA_FILE_NAME } from '../../electron/store/database';
import { inspectLog } from '../../electron/store/writeAheadLog';
import { ok, tempDir } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
const sessions: Session[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});
function open(dir: string, options: Partial<SessionOptions> = {}): Session {
  const session = Session.open(dir, {
    holder: 'a test',
    backupEveryMs: 0,
    backgroundCheckAfterMs: 0,
    log: () => undefined,
    ...options,
  });
  sessions.push(session);
  return session;
}
const fileOf = (dir: string) => path.join(dir, DATA_FILE_NAME);

/** Runs `run` with TMPDIR (the temporary folder) set to `folder`, then puts it back. */
async function withTemporaryFolder<T>(folder: string, run: () => Promise<T>): Promise<T> {
  const before = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
}

/** A Minutebook data folder with one committee, closed cleanly. */
async function dataFolder(dir = tempDir()): Promise<string> {
  const session = open(dir);
  await ok(session, 'committees.create', {
    name: 'Licensing Committee',
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  await session.close();
  sessions.pop();
  return dir;
}

const personInsert =
  "INSERT INTO people (id, name, honorific, role, organisation, party, kind, created_at, updated_at) VALUES (?, ?, '', ?, '', '', 'member', '', '')";

/**
 * As a crash leaves it: `transactions` committed transactions of people in the log (no checkpoint),
 * each touching the identity row as Minutebook's writes do, and the process gone. Returns how many
 * people the folder then holds.
 */
function crashWithLog(dir: string, transactions: number, perTransaction: number): number {
  const writer = new Database(fileOf(dir));
  writer.pragma('wal_autocheckpoint = 0');
  const insert = writer.prepare(personInsert);
  for (let t = 0; t < transactions; t += 1) {
    writer.transaction(() => {
      for (let i = 0; i < perTransaction; i += 1) {
        insert.run(`p-${t}-${i}`, `Person ${t}.${i}`, 'x'.repeat(1500));
      }
      writer.exec("UPDATE store_identity SET last_write = 'now'");
    })();
  }
  // Copying the file and its log while the connection is open is what a kill leaves behind.
  const crashed = path.join(dir, 'crashed');
  mkdirSync(crashed);
  copyFileSync(fileOf(dir), fileOf(crashed));
  copyFileSync(`${fileOf(dir)}-wal`, `${fileOf(crashed)}-wal`);
  writer.close();
  for (const name of readdirSync(crashed)) {
    rmSync(path.join(dir, name), { force: true });
    copyFileSync(path.join(crashed, name), path.join(dir, name));
  }
  rmSync(crashed, { recursive: true });
  return transactions * perTransaction;
}

/** Whether the data file read alone, without its log, is one SQLite calls damaged (read from a copy). */
function aloneIsInconsistent(dir: string): boolean {
  const copy = path.join(dir, 'alone-copy.sqlite3');
  copyFileSync(fileOf(dir), copy);
  try {
    const db = new Database(copy, { readonly: true });
    try {
      return db.pragma('quick_check', { simple: true }) !== 'ok';
    } finally {
      db.close();
    }
  } catch {
    return true;
  } finally {
    rmSync(copy, { force: true });
  }
}

/** A child process that opens the folder's file, runs a checkpoint, and is killed `afterMs` into it. */
async function killDuringCheckpoint(dir: string, afterMs: number): Promise<void> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('wal_autocheckpoint = 0');
    db.prepare('SELECT count(*) FROM people').get();
    process.stdout.write('checkpointing\\n');
    db.pragma('wal_checkpoint(TRUNCATE)');
    process.stdout.write('finished\\n');
    setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['-e', script, fileOf(dir)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('checkpointing')) resolve();
    });
    child.once('exit', () => reject(new Error(`the child ended early: ${output}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill('SIGKILL');
  await exited;
}

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

describe('foreign files are refused before anything is written to them', () => {
  const foreign: [string, (file: string) => void][] = [
    [
      'a SQLite database of another program with user_version 3',
      (file) => {
        const db = new Database(file);
        db.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Jerusalem')");
        db.pragma('user_version = 3');
        db.close();
      },
    ],
    [
      'a SQLite database of another program in WAL mode, with its log',
      (file) => {
        const db = new Database(file);
        db.pragma('journal_mode = WAL');
        db.pragma('wal_autocheckpoint = 0');
        db.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Jerusalem')");
        db.pragma('user_version = 5');
        copyFileSync(file, `${file}.keep`);
        copyFileSync(`${file}-wal`, `${file}-wal.keep`);
        db.close();
        copyFileSync(`${file}.keep`, file);
        copyFileSync(`${file}-wal.keep`, `${file}-wal`);
        rmSync(`${file}.keep`);
        rmSync(`${file}-wal.keep`);
      },
    ],
  ];
  for (const [name, make] of foreign) {
    it(`${name}: the recovery screen, the file byte for byte as it was`, async () => {
      const dir = tempDir();
      make(fileOf(dir));
      const before = readFileSync(fileOf(dir));
      const logBefore = existsSync(`${fileOf(dir)}-wal`) ? readFileSync(`${fileOf(dir)}-wal`) : null;
      const session = open(dir);
      expect(session.damaged?.message).toMatch(/is a SQLite database, but not one Minutebook wrote\.$/);
      expect((await ok<AppInfo>(session, 'app.info', {})).recovery).not.toBeNull();
      await session.close();
      expect(readFileSync(fileOf(dir)).equals(before)).toBe(true);
      if (logBefore) expect(readFileSync(`${fileOf(dir)}-wal`).equals(logBefore)).toBe(true);
    });
  }
});

/** Makes `dir` read-only the way this machine allows: a read-only mount as root, permissions otherwise. */
function makeReadOnly(dir: string): (() => void) | null {
  if (process.platform === 'win32') return null;
  if (process.getuid?.() === 0) {
    // Root may write through permissions, but not to a file system mounted read-only.
    const staging = `${dir}.staging`;
    spawnSync('cp', ['-a', dir, staging]);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir]).status !== 0) return null;
    spawnSync('cp', ['-a', `${staging}/.`, dir]);
    rmSync(staging, { recursive: true, force: true });
    if (spawnSync('mount', ['-o', 'remount,ro', dir]).status !== 0) {
      spawnSync('umount', [dir]);
      return null;
    }
    return () => spawnSync('umount', [dir]);
  }
  spawnSync('chmod', ['-R', 'a-w', dir]);
  return () => spawnSync('chmod', ['-R', 'u+w', dir]);
}

describe('a folder that cannot be used says why, in one sentence', () => {
  it('a read-only data folder: "Minutebook cannot write to …", not "damaged", and nothing changed', async ({
    skip,
  }) => {
    const dir = await dataFolder();
    const before = readFileSync(fileOf(dir));
    const undo = makeReadOnly(dir);
    if (!undo) return skip('this machine cannot make a folder read-only for this account');
    try {
      expect(() => open(dir)).toThrow(
        new RegExp(
          `^Minutebook cannot write to ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the folder or file is read-only, or your account may not change it\\. Nothing has been changed\\.`,
        ),
      );
      expect(readFileSync(fileOf(dir)).equals(before)).toBe(true);
    } finally {
      undo();
    }
  });

  it('a data file that is a folder', () => {
    const dir = tempDir();
    mkdirSync(fileOf(dir));
    expect(() => open(dir)).toThrow(
      `Minutebook cannot use ${fileOf(dir)}: it is a folder, not a file. Move or rename that folder, or start Minutebook with --data pointing to another folder.`,
    );
  });

  it('a data folder that is a file', () => {
    const file = path.join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'hello');
    expect(() => open(file)).toThrow(
      `Minutebook cannot use ${file} as its data folder: part of that path is a file, not a folder. Start Minutebook with --data pointing to a folder.`,
    );
    expect(readFileSync(file, 'utf8')).toBe('hello');
  });

  it('a full disk when the data file is first made: the disk is full, in one sentence', ({ skip }) => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) {
      return skip('mounting a small tmpfs needs root on Linux, so the full disk cannot be made here');
    }
    const disk = tempDir();
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]).status !== 0) {
      return skip('this machine cannot mount a tmpfs');
    }
    try {
      const filler = path.join(disk, 'filler');
      try {
        for (;;) writeFileSync(filler, Buffer.alloc(4096, 1), { flag: 'a' });
      } catch {
        // Full.
      }
      const dir = path.join(disk, 'data');
      expect(() => open(dir)).toThrow(
        /^The disk holding .* is full, so Minutebook cannot write there\. Free some space and start Minutebook again; nothing has been changed\.$/,
      );
    } finally {
      spawnSync('umount', [disk]);
    }
    expect(statSync(disk).isDirectory()).toBe(true);
  });
});

// What the opening tests share: sessions on real folders (closed after each test), data folders
// with a committee, and the states a crash leaves: a log not checkpointed, a checkpoint cut off.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { Session, type SessionOptions } from '../../electron/session';
import { DATA_FILE_NAME } from '../../electron/store/database';
import { ok, tempDir } from './helpers';

export const root = path.resolve(import.meta.dirname, '../..');
export const sessions: Session[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});
export function open(dir: string, options: Partial<SessionOptions> = {}): Session {
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
export const fileOf = (dir: string) => path.join(dir, DATA_FILE_NAME);

/** Runs `run` with TMPDIR (the temporary folder) set to `folder`, then puts it back. */
export async function withTemporaryFolder<T>(folder: string, run: () => Promise<T>): Promise<T> {
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
export async function dataFolder(dir = tempDir()): Promise<string> {
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

export const personInsert =
  "INSERT INTO people (id, name, honorific, role, organisation, party, kind, created_at, updated_at) VALUES (?, ?, '', ?, '', '', 'member', '', '')";

/**
 * As a crash leaves it: `transactions` committed transactions of people in the log (no checkpoint),
 * each touching the identity row as Minutebook's writes do, and the process gone. Returns how many
 * people the folder then holds.
 */
export function crashWithLog(dir: string, transactions: number, perTransaction: number): number {
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
export function aloneIsInconsistent(dir: string): boolean {
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
export async function killDuringCheckpoint(dir: string, afterMs: number): Promise<void> {
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

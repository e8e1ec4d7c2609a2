// Opening damaged data: each fixture gives the recovery mode (or a clear refusal), never a hang, and
// the damaged file is still on disk afterwards, moved aside only when the officer restores a backup.
// Plus the writer lock, backups and their rotation, and the warnings for sync and network folders.
import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, BackupFile, Committee } from '../../shared/domain';
import { Session } from '../../electron/session';
import { backupsToPrune } from '../../electron/store/backups';
import { DATA_FILE_NAME } from '../../electron/store/database';
import { latestVersion } from '../../electron/store/migrations';
import { storageWarnings } from '../../electron/storage';
import { ok, tempDir } from './helpers';

const sessions: Session[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});
function open(dir: string): Session {
  const session = Session.open(dir, { holder: 'a test', backupEveryMs: 0, log: () => undefined });
  sessions.push(session);
  return session;
}

/** A data folder with one committee in it, closed cleanly (no log left beside it). */
async function dataFolder(name = 'Licensing Committee'): Promise<string> {
  const dir = tempDir();
  const session = open(dir);
  await ok(session, 'committees.create', {
    name,
    kind: 'regulatory',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  await session.close();
  return dir;
}

const fileOf = (dir: string) => path.join(dir, DATA_FILE_NAME);

async function info(session: Session) {
  return ok<AppInfo>(session, 'app.info', {});
}

describe('damaged data files', () => {
  const fixtures: [string, (dir: string) => void | Promise<void>, RegExp][] = [
    ['truncated', (dir) => truncateSync(fileOf(dir), statSync(fileOf(dir)).size - 1000), /cut short/],
    ['cut to nothing', (dir) => truncateSync(fileOf(dir), 0), /only 0 bytes long/],
    [
      'a zeroed page',
      (dir) => {
        const bytes = readFileSync(fileOf(dir));
        const pageSize = bytes.readUInt16BE(16);
        bytes.fill(0, pageSize * 2, pageSize * 3);
        writeFileSync(fileOf(dir), bytes);
      },
      /check found damage|damaged/,
    ],
    [
      'a bad header',
      (dir) => {
        const bytes = readFileSync(fileOf(dir));
        bytes.write('Not a database!!', 0, 'latin1');
        writeFileSync(fileOf(dir), bytes);
      },
      /first bytes are not those of a SQLite database/,
    ],
    [
      'another program’s database',
      (dir) => {
        const other = new Database(fileOf(dir) + '.other');
        other.exec('CREATE TABLE songs (title TEXT)');
        other.close();
        copyFileSync(fileOf(dir) + '.other', fileOf(dir));
      },
      /not one Minutebook wrote/,
    ],
    [
      'a log without its database',
      async (dir) => {
        // A crash leaves the log; then the data file itself is moved away (a sync tool, a user).
        const source = await dataFolder('Planning Committee');
        const writer = new Database(fileOf(source));
        writer.pragma('wal_autocheckpoint = 0');
        writer.exec("UPDATE committees SET name = 'Planning Committee (amended)'");
        copyFileSync(fileOf(source) + '-wal', fileOf(dir) + '-wal');
        writer.close();
        copyFileSync(fileOf(dir), fileOf(dir) + '.moved');
        rmSync(fileOf(dir));
      },
      /missing but its write-ahead log/,
    ],
    [
      'a log from another database',
      async (dir) => {
        const source = await dataFolder('Planning Committee');
        const writer = new Database(fileOf(source));
        writer.pragma('wal_autocheckpoint = 0');
        for (let index = 0; index < 50; index += 1) {
          writer
            .prepare(
              "INSERT INTO people (id, name, honorific, role, organisation, party, kind, created_at, updated_at) VALUES (?, ?, '', '', '', '', 'member', '', '')",
            )
            .run(`person-${index}`, `Person ${index} ${'x'.repeat(400)}`);
        }
        // As Minutebook does in every write.
        writer.exec("UPDATE store_identity SET last_write = 'now'");
        copyFileSync(fileOf(source) + '-wal', fileOf(dir) + '-wal');
        writer.close();
      },
      /write-ahead log \(-wal\) belongs to a different Minutebook database/,
    ],
  ];

  for (const [name, damage, message] of fixtures) {
    it(`${name}: the recovery screen offers the latest good backup; restoring moves the damaged file aside`, async () => {
      const dir = await dataFolder();
      // A good backup first, as the app makes them.
      const first = open(dir);
      const backup = await ok<BackupFile>(first, 'backups.create', {});
      await first.close();
      await damage(dir);
      const damagedBytes = existsSync(fileOf(dir)) ? readFileSync(fileOf(dir)) : null;

      const session = open(dir);
      expect(session.damaged?.message).toMatch(message);
      const shown = await info(session);
      expect(shown.recovery).toMatchObject({ latestGoodBackup: { id: backup.id } });
      // Nothing else answers, and nothing has touched the file.
      const refused = await session.router.call('committees.list', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'damaged' } });
      if (damagedBytes) expect(readFileSync(fileOf(dir)).equals(damagedBytes)).toBe(true);

      const restored = await ok<{ savedAs: string }>(session, 'backups.restore', { id: backup.id });
      expect(restored.savedAs).toMatch(/^minutebook\.sqlite3\.damaged-/);
      if (damagedBytes)
        expect(readFileSync(path.join(dir, restored.savedAs)).equals(damagedBytes)).toBe(true);
      else expect(existsSync(path.join(dir, `${restored.savedAs}-wal`))).toBe(true);
      const committees = await ok<Committee[]>(session, 'committees.list', {});
      expect(committees.map((committee) => committee.name)).toEqual(['Licensing Committee']);
      expect((await info(session)).recovery).toBeNull();
    });
  }

  it('without a backup, starting afresh keeps the damaged file beside the new one', async () => {
    const dir = await dataFolder();
    rmSync(path.join(dir, 'backups'), { recursive: true });
    truncateSync(fileOf(dir), 3000);
    const session = open(dir);
    expect((await info(session)).recovery).toMatchObject({ latestGoodBackup: null });
    const { savedAs } = await ok<{ savedAs: string }>(session, 'recovery.startAfresh', {});
    expect(statSync(path.join(dir, savedAs)).size).toBe(3000);
    expect(await ok(session, 'committees.list', {})).toEqual([]);
  });

  it('a file from a newer Minutebook is refused before anything opens, and left as it was', async () => {
    const dir = await dataFolder();
    const db = new Database(fileOf(dir));
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(fileOf(dir));
    expect(() => open(dir)).toThrow(/written by a newer version of Minutebook \(data version 99/);
    expect(readFileSync(fileOf(dir)).equals(before)).toBe(true);
    // The lock was let go: once the file is fixed, the folder opens.
    const fixed = new Database(fileOf(dir));
    fixed.pragma(`user_version = ${latestVersion}`);
    fixed.close();
    await open(dir).close();
  });
});

describe('one writer per data folder', () => {
  it('refuses a second session on the same folder, saying who has it, and allows it once the first closes', async () => {
    const dir = tempDir();
    const first = open(dir);
    expect(() => open(dir)).toThrow(/already open on this data folder \(a test, process \d+/);
    await first.close();
    await open(dir).close();
  });
});

describe('backups', () => {
  it('are whole SQLite files, checked, and restoring one saves the current file aside first', async () => {
    const dir = await dataFolder();
    const session = open(dir);
    const backup = await ok<BackupFile>(session, 'backups.create', {});
    expect(backup.id).toMatch(/^minutebook-\d{4}-\d{2}-\d{2}T[\d-]+\.sqlite3$/);
    const copy = new Database(path.join(dir, 'backups', backup.id), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(readdirSync(path.join(dir, 'backups')).filter((name) => name.endsWith('.partial'))).toEqual([]);

    await ok(session, 'committees.create', {
      name: 'Cabinet',
      kind: 'cabinet',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const restored = await ok<{ savedAs: string }>(session, 'backups.restore', { id: backup.id });
    expect(restored.savedAs).toMatch(/^before-restore-/);
    expect((await ok<Committee[]>(session, 'committees.list', {})).map((c) => c.name)).toEqual([
      'Licensing Committee',
    ]);
    // What was there before the restore is itself a backup that can be restored.
    await ok(session, 'backups.restore', { id: restored.savedAs });
    expect((await ok<Committee[]>(session, 'committees.list', {})).map((c) => c.name).sort()).toEqual([
      'Cabinet',
      'Licensing Committee',
    ]);
  });

  it('are made on close when something changed, and not when nothing did', async () => {
    const dir = tempDir();
    const session = open(dir);
    await session.close();
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
    const again = open(dir);
    await ok(again, 'committees.create', {
      name: 'Cabinet',
      kind: 'cabinet',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    await again.close();
    expect(readdirSync(path.join(dir, 'backups'))).toHaveLength(1);
  });

  it('refuse a name that is not a backup', async () => {
    const session = open(tempDir());
    const result = await session.router.call('backups.restore', { id: '../minutebook.sqlite3' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('keep the last 3 of today and the last of each of the 7 days before', () => {
    const today = new Date(2026, 10, 22, 16, 0);
    const backups: BackupFile[] = [];
    const add = (day: number, hour: number) =>
      backups.push({
        id: `minutebook-2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}-00-00-000.sqlite3`,
        takenAt: `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000`,
        bytes: 1,
        kind: 'backup',
      });
    for (let day = 10; day <= 22; day += 1) for (const hour of [9, 11, 13, 15]) add(day, hour);
    backups.push({
      id: 'before-restore-2026-11-01T09-00-00-000.sqlite3',
      takenAt: '2026-11-01T09:00:00.000',
      bytes: 1,
      kind: 'before restore',
    });
    backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
    const pruned = new Set(backupsToPrune(backups, today).map((file) => file.id));
    const kept = backups.filter((file) => !pruned.has(file.id)).map((file) => file.takenAt.slice(0, 13));
    expect(kept).toEqual([
      '2026-11-22T15',
      '2026-11-22T13',
      '2026-11-22T11',
      '2026-11-21T15',
      '2026-11-20T15',
      '2026-11-19T15',
      '2026-11-18T15',
      '2026-11-17T15',
      '2026-11-16T15',
      '2026-11-15T15',
      '2026-11-01T09',
    ]);
  });
});

describe('where the data folder lives', () => {
  it('warns about sync folders and network file systems, not about a local disk', () => {
    const none = () => '';
    expect(
      storageWarnings('C:\\Users\\ann\\OneDrive - Anytown Council\\Minutebook', 'win32', none)[0],
    ).toMatch(/inside OneDrive/);
    expect(storageWarnings('/Users/ann/Dropbox/Minutebook', 'darwin', none)[0]).toMatch(/inside Dropbox/);
    expect(
      storageWarnings(
        '/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/Minutebook',
        'darwin',
        none,
      )[0],
    ).toMatch(/iCloud Drive/);
    expect(storageWarnings('G:\\My Drive\\Minutebook', 'win32', none)[0]).toMatch(/Google Drive/);
    expect(storageWarnings('\\\\fileserver\\democratic\\Minutebook', 'win32', none)[0]).toMatch(
      /network share/,
    );
    const mounts = 'server:/export /mnt/share nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n';
    expect(storageWarnings('/mnt/share/minutes', 'linux', () => mounts)[0]).toMatch(
      /network file system \(nfs4/,
    );
    expect(storageWarnings('/home/ann/.config/Minutebook', 'linux', () => mounts)).toEqual([]);
    expect(storageWarnings('C:\\Users\\ann\\AppData\\Roaming\\Minutebook', 'win32', none)).toEqual([]);
  });
});

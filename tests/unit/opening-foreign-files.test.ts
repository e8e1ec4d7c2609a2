// Opening the data file whatever state a crash, a sync tool or another program left it in: an intact
// file (with its log, even one cut off in the middle of a checkpoint) always opens; a damaged log is
// kept aside and the officer told; a foreign file is never written to; a folder that cannot be
// used says why in one sentence. Everything on real files, with real processes killed.
// Here: foreign files are refused before anything is written to them.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/domain';
import { ok, tempDir } from './helpers';
import { open, fileOf } from './openingSetup';

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

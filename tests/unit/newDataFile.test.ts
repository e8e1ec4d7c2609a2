// A new data file copied from the build's empty database (electron/store/newDataFile.ts) is the file
// the migrations make, with an identity of its own; a template of another schema version is not used.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openChecked } from '../../electron/store/database';
import { latestVersion } from '../../electron/store/migrations';
import { writeTemplate } from '../../electron/store/newDataFile';
import { tempDir } from './helpers';

const schema = (db: Database.Database) =>
  db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
const identity = (db: Database.Database) =>
  (db.prepare('SELECT database_id FROM store_identity').get() as { database_id: string }).database_id;

function template(): string {
  const file = path.join(tempDir(), 'empty.sqlite3');
  writeTemplate(file, (target) => openChecked(target, null).db);
  return file;
}

describe('a new data file from the template', () => {
  it('is the file the migrations make, with its own identity, and nothing left beside it', () => {
    const empty = template();
    const migrated = openChecked(path.join(tempDir(), 'minutebook.sqlite3'), null).db;
    const folder = tempDir();
    const copied = openChecked(path.join(folder, 'minutebook.sqlite3'), empty).db;
    const second = openChecked(path.join(tempDir(), 'minutebook.sqlite3'), empty).db;
    const original = new Database(empty, { readonly: true });
    try {
      expect(schema(copied)).toEqual(schema(migrated));
      for (const pragma of [
        'user_version',
        'application_id',
        'journal_mode',
        'synchronous',
        'foreign_keys',
      ]) {
        expect(copied.pragma(pragma, { simple: true })).toEqual(migrated.pragma(pragma, { simple: true }));
      }
      expect(copied.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(copied.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(identity(copied)).toMatch(/^[0-9a-f]{32}$/);
      expect(new Set([identity(copied), identity(second), identity(original)]).size).toBe(3);
      expect(readdirSync(folder).filter((name) => name.includes('.new'))).toEqual([]);
    } finally {
      for (const db of [migrated, copied, second, original]) db.close();
    }
  });

  it('is made by the migrations when the template is of another version, or missing', () => {
    const older = path.join(tempDir(), 'older.sqlite3');
    copyFileSync(template(), older);
    const edit = new Database(older);
    edit.pragma(`user_version = ${latestVersion - 1}`);
    edit.close();
    for (const given of [older, path.join(tempDir(), 'missing.sqlite3')]) {
      const file = path.join(tempDir(), 'minutebook.sqlite3');
      const db = openChecked(file, given).db;
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
        expect(existsSync(file)).toBe(true);
      } finally {
        db.close();
      }
    }
  });
});

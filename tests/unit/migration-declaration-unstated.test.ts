// Migration 020 (a declaration whose kind, or whose withdrawal, the minutes do not say): a file an
// older Minutebook wrote keeps its declarations as recorded (each kind and withdrawal stated, as it
// was entered, and searched as before), and a kill in the middle of the migration leaves the file at
// 19, which the app then opens and migrates.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { dataFileIn } from '../../electron/paths';
import { registerBlockText } from '../../electron/store/blockText';
import { migrations } from '../../electron/store/migrations';
import type { AttendanceDetail } from '../../shared/attendance';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const stamp = '2025-01-01T00:00:00.000Z';
const meetingId = '0b6f2a4e-1c1d-4c1e-9a51-0000000000a1';

/** A data folder at version 19 with two declarations: one pecuniary (left the room), one non-registrable. */
function folderAt19(): string {
  const dir = tempDir();
  const db = new Database(dataFileIn(dir));
  db.pragma('foreign_keys = ON');
  registerBlockText(db);
  for (const migration of migrations.filter((m) => m.version <= 19)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  db.exec(`
    INSERT INTO committees (id, name, kind, quorum, created_at, updated_at) VALUES ('c', 'Cabinet', 'cabinet', 3, '${stamp}', '${stamp}');
    INSERT INTO meetings (id, committee_id, date, start_time, status, created_at, updated_at)
      VALUES ('${meetingId}', 'c', '2024-07-01', '18:00', 'minutes drafted', '${stamp}', '${stamp}');
    INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at)
      VALUES ('i', '${meetingId}', 1, 'Leisure contract', '${stamp}', '${stamp}');
    INSERT INTO people (id, name, honorific, kind, created_at, updated_at) VALUES
      ('p1', 'Ann Pike', 'Councillor', 'member', '${stamp}', '${stamp}'),
      ('p2', 'Ben Hale', 'Councillor', 'member', '${stamp}', '${stamp}');
    INSERT INTO committee_members (id, committee_id, person_id, role, created_at) VALUES
      ('s1', 'c', 'p1', 'member', '${stamp}'), ('s2', 'c', 'p2', 'member', '${stamp}');
    INSERT INTO attendance (meeting_id, person_id, kind, status, position, updated_at) VALUES
      ('${meetingId}', 'p1', 'member', 'present', 1, '${stamp}'), ('${meetingId}', 'p2', 'member', 'present', 2, '${stamp}');
    INSERT INTO declarations (id, meeting_id, item_id, person_id, category, interest, withdrew, created_at, updated_at) VALUES
      ('d1', '${meetingId}', 'i', 'p1', 'disclosable pecuniary', 'as a director of the operator', 1, '${stamp}', '${stamp}'),
      ('d2', '${meetingId}', 'i', 'p2', 'non-registrable', '', 0, '${stamp}', '${stamp}');
  `);
  db.close();
  return dir;
}

const searchRows = (db: Database.Database) =>
  db.prepare(`SELECT field, body FROM search_entries WHERE kind = 'declaration' ORDER BY body`).all();

describe('migration 020', SLOW, () => {
  it('killed in the middle, leaves the file at 19; then opens, and old declarations keep what they said', async () => {
    const dir = folderAt19();
    const file = dataFileIn(dir);
    const before = new Database(file);
    const rowsBefore = searchRows(before);
    before.close();
    expect(rowsBefore).toEqual([
      {
        field: 'declaration',
        body: 'Councillor Ann Pike, disclosable pecuniary interest: as a director of the operator (left the room)',
      },
      { field: 'declaration', body: 'Councillor Ben Hale, non-registrable interest' },
    ]);
    const sql = migrations.find((m) => m.version === 20)!.sql;
    // The migration as the app runs it (one transaction), killed before it commits.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.env.FILE);
         db.exec('BEGIN IMMEDIATE'); db.exec(process.env.SQL); db.pragma('user_version = 20');
         process.kill(process.pid, 'SIGKILL');`,
      ],
      {
        env: { ...process.env, FILE: file, SQL: sql },
        cwd: path.resolve(__dirname, '../..'),
        timeout: PROCESS_TIMEOUT_MS,
      },
    );
    expect(child.signal).toBe('SIGKILL');
    const after = new Database(file);
    try {
      expect(after.pragma('user_version', { simple: true })).toBe(19);
      const columns = after.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('declarations');
      expect(columns).not.toContain('category_stated');
      expect(searchRows(after)).toEqual(rowsBefore);
    } finally {
      after.close();
    }

    const core = openCore(dir, { log: () => undefined });
    try {
      const { register } = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId });
      expect(register.declarations.map((d) => [d.personId, d.category, d.withdrew])).toEqual([
        ['p1', 'disclosable pecuniary', true],
        ['p2', 'non-registrable', false],
      ]);
      expect(searchRows(core.db)).toEqual(rowsBefore);
    } finally {
      core.close();
    }
  });
});

// Migration 021 (each nation's kinds of interest, and the withdrawal in the minutes' words): a file
// at 20 keeps every declaration as recorded (kind, stated or not, withdrawal, its search rows), the
// approved record's guard and the search's triggers work on the table made again, and a Scottish
// "non-financial" interest can then be kept as its kind.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { dataFileIn } from '../../electron/paths';
import { updateDeclaration } from '../../electron/store/attendance';
import { registerBlockText } from '../../electron/store/blockText';
import { migrations } from '../../electron/store/migrations';
import type { AttendanceDetail } from '../../shared/attendance';
import { ok, SLOW, tempDir } from './helpers';

const stamp = '2025-01-01T00:00:00.000Z';
const meetingId = '0b6f2a4e-1c1d-4c1e-9a51-0000000000a1';
const approvedId = '0b6f2a4e-1c1d-4c1e-9a51-0000000000a2';

function folderAt20(): string {
  const dir = tempDir();
  const db = new Database(dataFileIn(dir));
  db.pragma('foreign_keys = ON');
  registerBlockText(db);
  for (const migration of migrations.filter((m) => m.version <= 20)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  db.exec(`
    INSERT INTO committees (id, name, kind, quorum, created_at, updated_at) VALUES ('c', 'Cabinet', 'cabinet', 3, '${stamp}', '${stamp}');
    INSERT INTO meetings (id, committee_id, date, start_time, status, created_at, updated_at) VALUES
      ('${meetingId}', 'c', '2024-07-01', '18:00', 'minutes drafted', '${stamp}', '${stamp}'),
      ('${approvedId}', 'c', '2024-06-01', '18:00', 'minutes drafted', '${stamp}', '${stamp}');
    INSERT INTO agenda_items (id, meeting_id, position, title, created_at, updated_at) VALUES
      ('i', '${meetingId}', 1, 'Leisure contract', '${stamp}', '${stamp}'),
      ('j', '${approvedId}', 1, 'Budget', '${stamp}', '${stamp}');
    INSERT INTO people (id, name, honorific, kind, created_at, updated_at) VALUES
      ('p1', 'Ann Pike', 'Councillor', 'member', '${stamp}', '${stamp}'),
      ('p2', 'Ben Hale', 'Councillor', 'member', '${stamp}', '${stamp}');
    INSERT INTO committee_members (id, committee_id, person_id, role, created_at) VALUES
      ('s1', 'c', 'p1', 'member', '${stamp}'), ('s2', 'c', 'p2', 'member', '${stamp}');
    INSERT INTO attendance (meeting_id, person_id, kind, status, position, updated_at) VALUES
      ('${meetingId}', 'p1', 'member', 'present', 1, '${stamp}'), ('${meetingId}', 'p2', 'member', 'present', 2, '${stamp}'),
      ('${approvedId}', 'p1', 'member', 'present', 1, '${stamp}');
    INSERT INTO declarations (id, meeting_id, item_id, person_id, category, interest, withdrew, category_stated,
      withdrawal_stated, created_at, updated_at) VALUES
      ('d1', '${meetingId}', 'i', 'p1', 'disclosable pecuniary', 'as a director of the operator', 1, 1, 1, '${stamp}', '${stamp}'),
      ('d2', '${meetingId}', 'i', 'p2', 'non-registrable', '', 0, 0, 0, '${stamp}', '${stamp}'),
      ('d3', '${approvedId}', 'j', 'p1', 'other registrable', 'as a trustee', 0, 1, 1, '${stamp}', '${stamp}');
    INSERT INTO approvals (id, meeting_id, approved_by_meeting_id, approved_on, recorded_at, snapshot)
      VALUES ('a', '${approvedId}', '${meetingId}', '2024-07-01', '${stamp}', '{}');
    UPDATE meetings SET status = 'minutes approved' WHERE id = '${approvedId}';
  `);
  db.close();
  return dir;
}

const searchRows = (db: Database.Database) =>
  db.prepare(`SELECT field, body FROM search_entries WHERE kind = 'declaration' ORDER BY body`).all();

describe('migration 021', SLOW, () => {
  it('keeps every declaration as recorded, and then takes each nation’s kinds', async () => {
    const dir = folderAt20();
    const before = new Database(dataFileIn(dir));
    const rowsBefore = searchRows(before);
    before.close();
    const core = openCore(dir, { log: () => undefined });
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBe(21);
      const { register } = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId });
      expect(
        register.declarations.map((d) => [d.id, d.category, d.interest, d.withdrew, d.withdrawalWords]),
      ).toEqual([
        ['d1', 'disclosable pecuniary', 'as a director of the operator', true, ''],
        ['d2', 'unstated', '', null, ''],
      ]);
      expect(searchRows(core.db)).toEqual(rowsBefore);
      // The approved minutes' declaration is still guarded.
      expect(() => core.db.prepare(`DELETE FROM declarations WHERE id = 'd3'`).run()).toThrow(
        /approved record/,
      );
      // A Scottish kind, with the minutes' words for the withdrawal, and the search follows.
      updateDeclaration(core.db, 'd2', {
        itemId: 'i',
        personId: 'p2',
        category: 'non-financial',
        interest: 'as a member of the golf club',
        withdrew: true,
        withdrawalWords: 'left the meeting for that item',
      });
      const after = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId });
      expect(after.register.declarations[1]).toMatchObject({
        category: 'non-financial',
        withdrew: true,
        withdrawalWords: 'left the meeting for that item',
      });
      expect(searchRows(core.db)).toContainEqual({
        field: 'declaration',
        body: 'Councillor Ben Hale, non-financial interest: as a member of the golf club (left the room)',
      });
    } finally {
      core.close();
    }
  });
});

// Migration 016 (the law an exempt item is exempt under): a file an older Minutebook wrote keeps its
// meaning (its exempt items, approved ones too, read as exempt under Schedule 12A with their
// paragraphs, and nothing in them is rewritten), and a kill in the middle of the migration leaves the
// file at 15, which the app then opens and migrates.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { dataFileIn } from '../../electron/paths';
import { migrations } from '../../electron/store/migrations';
import type { AgendaItem } from '../../shared/domain';
import { exported } from './exported';
import { nameCouncil, ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const stamp = '2025-01-01T00:00:00.000Z';
const ids = {
  approved: '0b6f2a4e-1c1d-4c1e-9a51-000000000001',
  draft: '0b6f2a4e-1c1d-4c1e-9a51-000000000002',
  approvedItem: '0b6f2a4e-1c1d-4c1e-9a51-000000000003',
  welshItem: '0b6f2a4e-1c1d-4c1e-9a51-000000000004',
};

/** A data folder at version 15, with an approved meeting's exempt item and a draft meeting's. */
function folderAt15(): string {
  const dir = tempDir();
  const db = new Database(dataFileIn(dir));
  db.pragma('foreign_keys = ON');
  const upTo = (from: number, to: number) => {
    for (const migration of migrations.filter((m) => m.version >= from && m.version <= to)) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  };
  // The rows are written before 008 fixes approved meetings, as they were in a file of that age.
  upTo(1, 7);
  db.prepare(
    `INSERT INTO committees (id, name, kind, quorum, created_at, updated_at) VALUES ('c', 'Cabinet', 'cabinet', 3, ?, ?)`,
  ).run(stamp, stamp);
  const meeting = db.prepare(
    `INSERT INTO meetings (id, committee_id, date, start_time, status, created_at, updated_at) VALUES (?, 'c', ?, '18:00', ?, ?, ?)`,
  );
  const item = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, exempt, exempt_paragraph, created_at, updated_at)
     VALUES (?, ?, 1, ?, 1, ?, ?, ?)`,
  );
  meeting.run(ids.approved, '2024-06-01', 'minutes approved', stamp, stamp);
  item.run(ids.approvedItem, ids.approved, 'Sale of the depot', 3, stamp, stamp);
  meeting.run(ids.draft, '2024-07-01', 'draft', stamp, stamp);
  item.run(ids.welshItem, ids.draft, 'Staffing', 14, stamp, stamp);
  upTo(8, 15);
  db.close();
  return dir;
}

describe('migration 016', SLOW, () => {
  it('killed in the middle, leaves the file at 15; then opens, and old exempt items keep their meaning', async () => {
    const dir = folderAt15();
    const file = dataFileIn(dir);
    const sql = migrations.find((m) => m.version === 16)!.sql;
    // The migration as the app runs it (one transaction), killed before it commits.
    const child = spawnSync(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.env.FILE);
         db.exec('BEGIN IMMEDIATE'); db.exec(process.env.SQL); db.pragma('user_version = 16');
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
      expect(after.pragma('user_version', { simple: true })).toBe(15);
      const columns = after.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('agenda_items');
      expect(columns).not.toContain('exempt_basis');
    } finally {
      after.close();
    }

    const core = openCore(dir, { log: () => undefined });
    try {
      for (const [id, paragraph] of [
        [ids.approvedItem, 3],
        [ids.welshItem, 14],
      ] as const) {
        expect(await ok<AgendaItem>(core, 'items.get', { id })).toMatchObject({
          exempt: true,
          exemptBasis: 'schedule 12A',
          exemptParagraph: paragraph,
        });
      }
      // Nothing rewritten: the rows keep no basis, and read as they meant.
      const stored = core.db.prepare('SELECT exempt_basis FROM agenda_items').pluck().all();
      expect(stored).toEqual([null, null]);
      await nameCouncil(core);
      const { doc } = await exported(core, { meetingId: ids.approved, kind: 'minutes', edition: 'public' });
      expect(doc.text).toContain('paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972');
    } finally {
      core.close();
    }
  });
});

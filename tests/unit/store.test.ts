import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import {
  createAgendaItem,
  deleteAgendaItem,
  listAgendaItems,
  moveAgendaItem,
} from '../../electron/store/agendaItems';
import { createCommittee, getCommittee, updateCommittee } from '../../electron/store/committees';
import { DATA_FILE_NAME, openDatabase, schemaVersion } from '../../electron/store/database';
import { createMeeting } from '../../electron/store/meetings';
import { addMember, listMembers, updateMembershipRole } from '../../electron/store/memberships';
import { latestVersion } from '../../electron/store/migrations';
import { createPerson } from '../../electron/store/people';
import { tempDir } from './helpers';

function freshDb() {
  const db = openDatabase(path.join(tempDir(), DATA_FILE_NAME));
  return db;
}

const committeeInput = {
  name: 'Licensing Committee',
  kind: 'regulatory' as const,
  quorum: 3,
  defaultVenue: 'Committee Room 2',
  numberingScheme: '{n}/{yy}',
};

const item = (meetingId: string, title: string) => ({
  meetingId,
  title,
  purpose: '',
  leadOfficerId: null,
  exempt: false,
  exemptParagraph: null,
});

describe('opening the database', () => {
  it('migrates an empty file to the latest schema with every table', () => {
    const db = freshDb();
    expect(schemaVersion(db)).toBe(latestVersion);
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all();
    expect(tables).toEqual([
      'actions',
      'agenda_items',
      'approvals',
      'attendance',
      'attendance_movements',
      'attendance_text',
      'audit_log',
      'call_ins',
      'committee_members',
      'committees',
      'decision_clauses',
      'decision_notices',
      'decisions',
      'declarations',
      'import_sources',
      'item_minutes',
      'item_people',
      'item_publication',
      'item_reports',
      'item_updates',
      'kept_minutes',
      'key_decisions',
      'meetings',
      'officer_decisions',
      'people',
      'recorded_votes',
      'replaced_minutes',
      'search_entries',
      'search_index',
      'search_index_config',
      'search_index_data',
      'search_index_docsize',
      'search_index_idx',
      'settings',
      'store_identity',
    ]);
    db.close();
  });

  it('reads back journal_mode = wal, synchronous = FULL (2) and foreign keys on', () => {
    const db = freshDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('is idempotent: reopening a migrated file changes nothing', () => {
    const file = path.join(tempDir(), DATA_FILE_NAME);
    const first = openDatabase(file);
    createCommittee(first, committeeInput);
    first.close();
    const second = openDatabase(file);
    expect(schemaVersion(second)).toBe(latestVersion);
    expect(second.prepare('SELECT count(*) FROM committees').pluck().get()).toBe(1);
    second.close();
  });

  it('refuses a file from a newer Minutebook with a clear message and leaves its bytes untouched', () => {
    const file = path.join(tempDir(), DATA_FILE_NAME);
    const future = new Database(file);
    future.pragma('journal_mode = DELETE');
    future.exec('CREATE TABLE things_from_the_future (id TEXT)');
    future.pragma(`user_version = ${latestVersion + 5}`);
    future.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Minutebook.*has not been changed/s);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database without changing it', () => {
    const file = path.join(tempDir(), DATA_FILE_NAME);
    writeFileSync(file, 'These are not the minutes you are looking for.'.repeat(200));
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(
      /cannot be opened: its first bytes are not those of a SQLite database/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('repositories', () => {
  it('round-trips a committee, with partial updates', () => {
    const db = freshDb();
    const created = createCommittee(db, committeeInput);
    // Remote attendance does not count unless the committee says so (England's rule); deadlines
    // follow England's law and a five-working-day call-in unless the committee says otherwise.
    expect(created).toEqual({
      id: created.id,
      ...committeeInput,
      remoteCounts: false,
      nation: 'england',
      callInDays: 5,
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    updateCommittee(db, created.id, { quorum: 4 });
    expect(getCommittee(db, created.id)).toEqual({ ...created, quorum: 4 });
    db.close();
  });

  it('keeps one chair: appointing a new chair makes the old one a member', () => {
    const db = freshDb();
    const committee = createCommittee(db, committeeInput);
    const person = (name: string) =>
      createPerson(db, {
        name,
        honorific: 'Councillor',
        role: '',
        organisation: '',
        party: '',
        kind: 'member',
      });
    const first = addMember(db, {
      committeeId: committee.id,
      personId: person('Ada Quill').id,
      role: 'chair',
    });
    const second = addMember(db, {
      committeeId: committee.id,
      personId: person('Ben Rook').id,
      role: 'member',
    });
    updateMembershipRole(db, second.id, 'chair');
    const roles = Object.fromEntries(listMembers(db, committee.id).map((m) => [m.person.name, m.role]));
    expect(roles).toEqual({ 'Ada Quill': 'member', 'Ben Rook': 'chair' });
    expect(first.role).toBe('chair');
    db.close();
  });

  it('numbers agenda items in order, moves them, and closes up after a delete', () => {
    const db = freshDb();
    const committee = createCommittee(db, committeeInput);
    const meeting = createMeeting(db, {
      committeeId: committee.id,
      date: '2026-03-17',
      startTime: '18:30',
      venue: '',
    });
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((title) => createAgendaItem(db, item(meeting.id, title)));
    const titles = () => listAgendaItems(db, meeting.id).map((i) => `${i.number}${i.title}`);
    expect(titles()).toEqual(['1A', '2B', '3C', '4D']);
    moveAgendaItem(db, d!.id, 1);
    expect(titles()).toEqual(['1D', '2A', '3B', '4C']);
    moveAgendaItem(db, a!.id, 99);
    expect(titles()).toEqual(['1D', '2B', '3C', '4A']);
    deleteAgendaItem(db, b!.id);
    expect(titles()).toEqual(['1D', '2C', '3A']);
    expect(c!.number).toBe(3);
    db.close();
  });

  it('refuses an exempt item without its Schedule 12A paragraph at the database too', () => {
    const db = freshDb();
    const committee = createCommittee(db, committeeInput);
    const meeting = createMeeting(db, {
      committeeId: committee.id,
      date: '2026-03-17',
      startTime: '18:30',
      venue: '',
    });
    expect(() => createAgendaItem(db, { ...item(meeting.id, 'Secret'), exempt: true })).toThrow(
      /CHECK constraint/,
    );
    db.close();
  });

  it('finds a meeting’s agenda through its index, not a table scan', () => {
    const db = freshDb();
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position')
      .all('x') as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toContain('USING INDEX agenda_items_by_meeting');
    db.close();
  });

  it('deleting a committee takes its meetings and items with it, but not the people', () => {
    const core = openCore(tempDir());
    const db = core.db;
    const committee = createCommittee(db, committeeInput);
    const meeting = createMeeting(db, {
      committeeId: committee.id,
      date: '2026-03-17',
      startTime: '18:30',
      venue: '',
    });
    createAgendaItem(db, item(meeting.id, 'A'));
    createPerson(db, {
      name: 'Ada Quill',
      honorific: '',
      role: '',
      organisation: '',
      party: '',
      kind: 'officer',
    });
    db.prepare('DELETE FROM committees WHERE id = ?').run(committee.id);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('meetings'), count('agenda_items'), count('people')]).toEqual([0, 0, 1]);
    core.close();
  });
});

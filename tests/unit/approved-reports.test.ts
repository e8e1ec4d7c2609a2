// An approved meeting's item reports are as read-only as its minutes (QA): the router refuses a
// save with the sentence every approved-record refusal gives, the database refuses any other writer,
// and reopening the minutes lets the report be edited again, in the audit trail like the minutes.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, ItemReport, Meeting } from '../../shared/domain';
import type { Core } from '../../electron/core';
import { doc, fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function refusal(core: Core, method: string, input: unknown) {
  const result = await core.router.call(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  return (result as { ok: false; error: { code: string; message: string } }).error;
}

async function approved() {
  const core = tempCore();
  const f = await fullMeeting(core);
  const next = await ok<Meeting>(core, 'meetings.create', {
    committeeId: f.committee.id,
    date: '2021-04-12',
    startTime: '14:00',
  });
  await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
  return { core, f };
}

describe('an approved meeting’s reports', () => {
  it('refuses a save through the router, with the same sentence as the minutes, and keeps the report', async () => {
    const { core, f } = await approved();
    const before = await ok<ItemReport>(core, 'reports.get', { itemId: f.publicItem.id });
    const minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
    const minutesRefusal = await refusal(core, 'minutes.save', {
      itemId: f.publicItem.id,
      baseVersion: minutes.version,
      doc: doc(p('Changed')),
    });
    const change = (itemId: string, baseVersion: number) => ({
      itemId,
      baseVersion,
      doc: doc(p('A silently changed report.')),
      contactPoints: 'Someone else',
      backgroundPapers: '',
    });
    const exempt = await ok<ItemReport>(core, 'reports.get', { itemId: f.exemptItem.id });
    for (const input of [change(f.publicItem.id, before.version), change(f.exemptItem.id, exempt.version)]) {
      const error = await refusal(core, 'reports.save', input);
      expect(error).toEqual(minutesRefusal);
      expect(error.code).toBe('approved');
    }
    expect(await ok<ItemReport>(core, 'reports.get', { itemId: f.publicItem.id })).toEqual(before);
    expect(await ok<ItemReport>(core, 'reports.get', { itemId: f.exemptItem.id })).toEqual(exempt);
  });

  it('is refused by any other writer of the file too', async () => {
    const { core, f } = await approved();
    const other = new Database(core.dataFile);
    try {
      expect(() =>
        other.prepare("UPDATE item_reports SET contact_points = 'x' WHERE item_id = ?").run(f.publicItem.id),
      ).toThrow(/approved record/);
      expect(() => other.prepare('DELETE FROM item_reports WHERE item_id = ?').run(f.publicItem.id)).toThrow(
        /approved record/,
      );
    } finally {
      other.close();
    }
  });

  it('can be edited again once the minutes are reopened, and the change is in the audit trail', async () => {
    const { core, f } = await approved();
    await ok(core, 'meetings.reopen', { id: f.meeting.id, reason: 'The report named the wrong officer.' });
    const before = await ok<ItemReport>(core, 'reports.get', { itemId: f.publicItem.id });
    await ok(core, 'reports.save', {
      itemId: f.publicItem.id,
      baseVersion: before.version,
      doc: doc(p('The corrected report.')),
      contactPoints: 'Emma James',
      backgroundPapers: '',
    });
    const trail = await ok<AuditEntry[]>(core, 'audit.list', {
      meetingId: f.meeting.id,
      itemId: f.publicItem.id,
    });
    expect(trail[0]).toMatchObject({ subject: 'report', change: 'changed' });
    expect(trail[0]!.before).toContain('The Panel is to receive an update on the Strategy.');
    expect(trail[0]!.after).toBe('The corrected report.\nContact points: Emma James');
  });
});

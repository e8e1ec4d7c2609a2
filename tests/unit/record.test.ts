// The record stays whole: approving minutes makes them read-only in the database itself, reopening
// needs a reason, every change after the meeting's end is in the audit trail with before and after,
// and the export gives the approved version unless asked for the current one.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/decisions';
import type { AuditEntry, Meeting, MeetingDetail } from '../../shared/domain';
import type { Core } from '../../electron/core';
import { readDocx } from './docx';
import { doc, fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function refused(core: Core, method: string, input: unknown) {
  const result = await core.router.call(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  return (result as { ok: false; error: { code: string; message: string } }).error;
}

async function minutesText(core: Core, meetingId: string, version?: 'approved' | 'current') {
  const { base64 } = await ok<{ base64: string }>(core, 'exports.build', {
    meetingId,
    kind: 'minutes',
    edition: 'confidential',
    ...(version ? { version } : {}),
  });
  return (await readDocx(new Uint8Array(Buffer.from(base64, 'base64')))).text;
}

async function approvedMeeting() {
  const core = tempCore();
  const f = await fullMeeting(core);
  const next = await ok<Meeting>(core, 'meetings.create', {
    committeeId: f.committee.id,
    date: '2021-04-12',
    startTime: '14:00',
  });
  const minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
  await ok(core, 'minutes.save', {
    itemId: f.publicItem.id,
    baseVersion: minutes.version,
    doc: doc(p('The Panel noted the strategy as approved text.')),
  });
  const approvedMeetingValue = await ok<Meeting>(core, 'meetings.approve', {
    id: f.meeting.id,
    approvedByMeetingId: next.id,
  });
  return { core, f, next, approvedMeeting: approvedMeetingValue };
}

describe('approving minutes', () => {
  it('records the approving meeting and date, and the database refuses every change to the record', async () => {
    const { core, f, next, approvedMeeting: meeting } = await approvedMeeting();
    expect(meeting).toMatchObject({
      status: 'minutes approved',
      approvedAt: '2021-04-12',
      approvedByMeetingId: next.id,
    });
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: f.meeting.id });
    expect(detail.approvals).toEqual([
      expect.objectContaining({
        approvedOn: '2021-04-12',
        approvedByLabel: 'Adult Care and Well Being Overview and Scrutiny Panel, Monday 12 April 2021',
        reopenedAt: null,
      }),
    ]);

    const decisions = await ok<Decision[]>(core, 'decisions.list', { itemId: f.publicItem.id });
    const minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
    const attempts: [string, unknown][] = [
      ['minutes.save', { itemId: f.publicItem.id, baseVersion: minutes.version, doc: doc(p('Changed')) }],
      [
        'decisions.update',
        { id: decisions[0]!.id, baseVersion: decisions[0]!.version, qualifier: 'by a majority' },
      ],
      ['decisions.delete', { id: decisions[0]!.id }],
      ['decisions.create', { itemId: f.publicItem.id, keyword: 'AGREED' }],
      ['attendance.setMember', { meetingId: f.meeting.id, personId: f.people.chair.id, status: 'apologies' }],
      ['attendance.setText', { meetingId: f.meeting.id, section: 'present', text: 'Nobody' }],
      ['items.update', { id: f.publicItem.id, title: 'Another title' }],
      ['items.delete', { id: f.exemptItem.id }],
      ['itemPeople.set', { itemId: f.publicItem.id, role: 'attendee', people: [] }],
      ['meetings.update', { id: f.meeting.id, venue: 'Elsewhere' }],
      ['meetings.update', { id: f.meeting.id, status: 'minutes drafted' }],
      ['meetings.delete', { id: f.meeting.id }],
      ['committees.delete', { id: f.committee.id }],
      ['meetings.delete', { id: next.id }],
    ];
    for (const [method, input] of attempts) {
      const error = await refused(core, method, input);
      expect(['approved', 'conflict'], `${method}: ${error.message}`).toContain(error.code);
      expect(error.message).toMatch(/approved|record/);
    }
    expect(await minutesText(core, f.meeting.id, 'current')).toContain(
      'The Panel noted the strategy as approved text.',
    );
  });

  it('is refused by any other writer of the file too, and the approved snapshot cannot be edited', async () => {
    const { core, f } = await approvedMeeting();
    const other = new Database(core.dataFile);
    try {
      expect(() =>
        other.prepare("UPDATE item_minutes SET plain_text = 'x' WHERE item_id = ?").run(f.publicItem.id),
      ).toThrow(/approved record/);
      expect(() =>
        other.prepare("UPDATE meetings SET status = 'draft' WHERE id = ?").run(f.meeting.id),
      ).toThrow(/approved record/);
      expect(() => other.prepare("UPDATE approvals SET snapshot = '{}'").run()).toThrow(/approved record/);
      expect(() => other.prepare('DELETE FROM approvals').run()).toThrow(/approved record/);
    } finally {
      other.close();
    }
  });

  it('needs a later meeting', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const earlier = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-01-11',
      startTime: '14:00',
    });
    expect(
      (await refused(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: f.meeting.id }))
        .message,
    ).toMatch(/later meeting/);
    expect(
      (await refused(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: earlier.id }))
        .message,
    ).toMatch(/before the meeting/);
    expect(
      (await refused(core, 'meetings.update', { id: f.meeting.id, status: 'minutes approved' })).message,
    ).toMatch(/Approve minutes/);
  });
});

describe('reopening approved minutes', () => {
  it('needs a reason; then edits are allowed, audited with before and after, and the export stays as approved', async () => {
    const { core, f, next } = await approvedMeeting();
    expect((await refused(core, 'meetings.reopen', { id: f.meeting.id, reason: '' })).message).toMatch(
      /reason/,
    );
    const reopened = await ok<Meeting>(core, 'meetings.reopen', {
      id: f.meeting.id,
      reason: 'The chair noted a misspelt name at the approving meeting.',
    });
    expect(reopened).toMatchObject({
      status: 'minutes drafted',
      approvedAt: null,
      approvedByMeetingId: null,
    });

    const minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
    await ok(core, 'minutes.save', {
      itemId: f.publicItem.id,
      baseVersion: minutes.version,
      doc: doc(p('The Panel noted the strategy as corrected text.')),
    });

    const trail = await ok<AuditEntry[]>(core, 'audit.list', {
      meetingId: f.meeting.id,
      itemId: f.publicItem.id,
    });
    const [change, reopening, approval] = trail;
    expect(change).toMatchObject({
      subject: 'minutes',
      change: 'changed',
      before: 'The Panel noted the strategy as approved text.',
      after: 'The Panel noted the strategy as corrected text.',
    });
    expect(reopening).toMatchObject({
      change: 'reopened',
      reason: 'The chair noted a misspelt name at the approving meeting.',
    });
    expect(approval).toMatchObject({ change: 'approved' });
    expect(approval!.after).toContain('Monday 12 April 2021');
    // The approving meeting's date once, not "…, Monday 12 April 2021, on Monday 12 April 2021".
    expect(approval!.after!.split('Monday 12 April 2021')).toHaveLength(2);
    expect(reopening!.after!.split('Monday 12 April 2021')).toHaveLength(2);

    // The export gives the approved version, signed; the current one when asked, marked draft.
    const approvedText = await minutesText(core, f.meeting.id);
    expect(approvedText).toContain('approved text');
    expect(approvedText).not.toContain('corrected text');
    expect(approvedText).toMatch(/Signed …+ Chair/);
    const currentText = await minutesText(core, f.meeting.id, 'current');
    expect(currentText).toContain('corrected text');
    expect(currentText).not.toMatch(/Signed …+ Chair/);

    // Approved again: a second approval, and the export now gives the corrected version.
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: f.meeting.id });
    expect(detail.approvals).toHaveLength(2);
    expect(detail.approvals[0]!.reopenReason).toMatch(/misspelt/);
    expect(await minutesText(core, f.meeting.id)).toContain('corrected text');
  });
});

describe('the audit trail', () => {
  it('records decisions and attendance changed after the meeting, one entry per run of typing', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const minutesEntries = async () =>
      (
        await ok<AuditEntry[]>(core, 'audit.list', { meetingId: f.meeting.id, itemId: f.publicItem.id })
      ).filter((entry) => entry.subject === 'minutes');
    const entriesBefore = (await minutesEntries()).length;
    let minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
    for (const text of ['First draft', 'First draft, extended', 'First draft, extended again']) {
      minutes = await ok(core, 'minutes.save', {
        itemId: f.publicItem.id,
        baseVersion: minutes.version,
        doc: doc(p(text)),
      });
    }
    const [decision] = await ok<Decision[]>(core, 'decisions.list', { itemId: f.publicItem.id });
    await ok(core, 'decisions.update', {
      id: decision!.id,
      baseVersion: decision!.version,
      qualifier: 'by a majority',
    });
    await ok(core, 'attendance.setMember', {
      meetingId: f.meeting.id,
      personId: f.people.chair.id,
      status: 'apologies',
    });

    const all = await ok<AuditEntry[]>(core, 'audit.list', { meetingId: f.meeting.id });
    // Three saves in a row: one entry more, from the fixture's text to the last save's.
    const entries = await minutesEntries();
    expect(entries).toHaveLength(entriesBefore + 1);
    expect(entries[0]!.before).toMatch(/^The Panel received an update/);
    expect(entries[0]!.after).toBe('First draft, extended again');
    const decisionEntry = all.find((entry) => entry.subject === 'decisions')!;
    expect(decisionEntry.before).toContain('RESOLVED (unanimously)');
    expect(decisionEntry.after).toContain('RESOLVED (by a majority)');
    const attendanceEntry = all[0]!;
    expect(attendanceEntry.subject).toBe('attendance');
    expect(attendanceEntry.before).toMatch(/^Present: .*Harriet Okafor/);
    // Each sentence once: not "Present: Present: …" nor "Apologies: Apologies for absence …".
    expect(attendanceEntry.before).not.toContain('Present: Present:');
    expect(attendanceEntry.after).toMatch(/Apologies for absence were received from .*Harriet Okafor/);
    expect(attendanceEntry.after).not.toContain('Apologies: Apologies');
    // Per item: the item's own entries (and approvals), not the meeting's attendance.
    const itemTrail = await ok<AuditEntry[]>(core, 'audit.list', {
      meetingId: f.meeting.id,
      itemId: f.publicItem.id,
    });
    expect(itemTrail.map((entry) => entry.subject)).not.toContain('attendance');
    expect(itemTrail.map((entry) => entry.subject)).toContain('decisions');
  });

  it('is not written for a meeting that has not ended', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const today = new Date();
    const iso = `${today.getFullYear() + 1}-01-15`;
    const future = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: iso,
      startTime: '10:00',
    });
    await ok(core, 'attendance.setMember', {
      meetingId: future.id,
      personId: f.people.chair.id,
      status: 'present',
    });
    expect(await ok<AuditEntry[]>(core, 'audit.list', { meetingId: future.id })).toEqual([]);
    // Marked as drafted, it has ended.
    await ok(core, 'meetings.update', { id: future.id, status: 'minutes drafted' });
    await ok(core, 'attendance.setMember', {
      meetingId: future.id,
      personId: f.people.chair.id,
      status: 'apologies',
    });
    expect(await ok<AuditEntry[]>(core, 'audit.list', { meetingId: future.id })).toHaveLength(1);
  });
});

// Approving minutes, and reopening them. The database refuses changes to an approved meeting's
// record (migration 008); these are the only two ways in and out of 'minutes approved'.
import type { Approval, Meeting } from '../../shared/domain';
import { formatLongDate } from '../../shared/format';
import { AppError } from '../../shared/result';
import { getCommittee } from './committees';
import type { Db } from './database';
import { getMeeting } from './meetings';
import { APPROVED_REFUSAL } from './migrations/008_record';
import { newId, now, statement } from './rows';

interface ApprovalRow {
  id: string;
  approved_by_meeting_id: string;
  approved_on: string;
  recorded_at: string;
  reopened_at: string | null;
  reopen_reason: string | null;
}

/** "Cabinet, Monday 12 April 2021". */
/** The error the database raises for any change to an approved meeting's record (migration 008). */
export const isApprovedRefusal = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_TRIGGER' &&
  (error as Error).message === APPROVED_REFUSAL;

export function meetingLabel(db: Db, meeting: Meeting): string {
  return `${getCommittee(db, meeting.committeeId).name}, ${formatLongDate(meeting.date)}`;
}

export function listApprovals(db: Db, meetingId: string): Approval[] {
  const rows = statement(
    db,
    `SELECT id, approved_by_meeting_id, approved_on, recorded_at, reopened_at, reopen_reason
     FROM approvals WHERE meeting_id = ? ORDER BY recorded_at, rowid`,
  ).all(meetingId) as ApprovalRow[];
  return rows.map((row) => ({
    id: row.id,
    approvedOn: row.approved_on,
    approvedByMeetingId: row.approved_by_meeting_id,
    approvedByLabel: meetingLabel(db, getMeeting(db, row.approved_by_meeting_id)),
    recordedAt: row.recorded_at,
    reopenedAt: row.reopened_at,
    reopenReason: row.reopen_reason,
  }));
}

/** The record as last approved (the JSON the export reads), or null if never approved. */
export function approvedSnapshot(db: Db, meetingId: string): string | null {
  const row = statement(
    db,
    'SELECT snapshot FROM approvals WHERE meeting_id = ? ORDER BY recorded_at DESC, rowid DESC LIMIT 1',
  ).get(meetingId) as { snapshot: string } | undefined;
  return row?.snapshot ?? null;
}

interface ApprovedNumbers {
  minuteNumbers: Record<string, string>;
  exclusionMinutes: Record<string, string> | null;
}

const approvedNumbersRead = new WeakMap<Db, Map<string, ApprovedNumbers | null>>();

/**
 * The minute numbers the minutes were approved with, while they stay approved (null if they never
 * were, or were reopened); only those two fields are read out of the snapshot. The exclusion
 * minutes' numbers are null in a version approved before they were kept.
 */
export function approvedMinuteNumbers(db: Db, meetingId: string): ApprovedNumbers | null {
  const row = statement(
    db,
    `SELECT id, reopened_at FROM approvals WHERE meeting_id = ?
     ORDER BY recorded_at DESC, rowid DESC LIMIT 1`,
  ).get(meetingId) as { id: string; reopened_at: string | null } | undefined;
  if (!row || row.reopened_at !== null) return null;
  // A snapshot never changes (the database refuses it), so its numbers are read out of it once:
  // every meeting of the year asks for them, as each one's numbers run on from the approved ones.
  let cache = approvedNumbersRead.get(db);
  if (!cache) approvedNumbersRead.set(db, (cache = new Map<string, ApprovedNumbers | null>()));
  if (cache.has(row.id)) return cache.get(row.id)!;
  const numbers = statement(
    db,
    `SELECT json_extract(snapshot, '$.detail.minuteNumbers') AS numbers,
            json_extract(snapshot, '$.detail.exclusionMinutes') AS exclusions
     FROM approvals WHERE id = ?`,
  ).get(row.id) as { numbers: string | null; exclusions: string | null };
  const value =
    numbers.numbers === null
      ? null
      : {
          minuteNumbers: JSON.parse(numbers.numbers) as Record<string, string>,
          exclusionMinutes:
            numbers.exclusions === null ? null : (JSON.parse(numbers.exclusions) as Record<string, string>),
        };
  cache.set(row.id, value);
  return value;
}

/**
 * Records the approval and makes the record read-only. `snapshot` is called once the checks pass,
 * to give the record as approved.
 */
export function approveMinutes(
  db: Db,
  input: { meetingId: string; approvedByMeetingId: string; approvedOn: string },
  snapshot: () => string,
): Approval {
  const meeting = getMeeting(db, input.meetingId);
  if (meeting.status === 'minutes approved') {
    throw new AppError('conflict', 'These minutes are already approved.');
  }
  if (input.approvedByMeetingId === meeting.id) {
    throw new AppError(
      'invalid_input',
      'Minutes are approved at a later meeting, not at the meeting they record.',
    );
  }
  const approving = getMeeting(db, input.approvedByMeetingId);
  if (approving.date < meeting.date) {
    throw new AppError(
      'invalid_input',
      `The approving meeting (${formatLongDate(approving.date)}) is before the meeting these minutes record (${formatLongDate(meeting.date)}).`,
    );
  }
  if (input.approvedOn < meeting.date) {
    throw new AppError(
      'invalid_input',
      `Minutes cannot be approved (${formatLongDate(input.approvedOn)}) before the meeting they record (${formatLongDate(meeting.date)}).`,
    );
  }
  const id = newId();
  statement(
    db,
    `INSERT INTO approvals (id, meeting_id, approved_by_meeting_id, approved_on, recorded_at, snapshot)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, meeting.id, approving.id, input.approvedOn, now(), snapshot());
  statement(
    db,
    `UPDATE meetings SET status = 'minutes approved', approved_at = ?, approved_by_meeting_id = ?, updated_at = ?
     WHERE id = ?`,
  ).run(input.approvedOn, approving.id, now(), meeting.id);
  return listApprovals(db, meeting.id).at(-1)!;
}

/** Reopens approved minutes for correction. The approved version stays, as it was approved. */
export function reopenMinutes(db: Db, meetingId: string, reason: string): Approval | undefined {
  const meeting = getMeeting(db, meetingId);
  const open = statement(db, 'SELECT id FROM approvals WHERE meeting_id = ? AND reopened_at IS NULL').get(
    meetingId,
  ) as { id: string } | undefined;
  if (meeting.status !== 'minutes approved') {
    throw new AppError('conflict', 'These minutes are not approved, so there is nothing to reopen.');
  }
  const stamp = now();
  if (open) {
    statement(db, 'UPDATE approvals SET reopened_at = ?, reopen_reason = ? WHERE id = ?').run(
      stamp,
      reason,
      open.id,
    );
  }
  statement(
    db,
    `UPDATE meetings SET status = 'minutes drafted', approved_at = NULL, approved_by_meeting_id = NULL,
     updated_at = ? WHERE id = ?`,
  ).run(stamp, meetingId);
  return listApprovals(db, meetingId).at(-1);
}

/** A meeting whose minutes were ever approved, or which approved another's, stays on the record. */
export function checkNotOnRecord(db: Db, meetingIds: string[]): void {
  for (const id of meetingIds) {
    const row = statement(
      db,
      `SELECT (SELECT count(*) FROM approvals WHERE meeting_id = ?) AS approved,
              (SELECT count(*) FROM approvals WHERE approved_by_meeting_id = ?) AS approving`,
    ).get(id, id) as { approved: number; approving: number };
    if (row.approved > 0) {
      throw new AppError(
        'conflict',
        'This meeting’s minutes have been approved, so the meeting is part of the record and cannot be deleted.',
      );
    }
    if (row.approving > 0) {
      throw new AppError(
        'conflict',
        'This meeting approved the minutes of an earlier meeting, so it is part of the record and cannot be deleted.',
      );
    }
  }
}

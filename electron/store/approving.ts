// Approving a meeting's minutes as a whole: the approval, the record as it stands kept as the approved
// version (the snapshot every later export of it reads), and the approval in the audit trail.
import type { Meeting } from '../../shared/domain';
import { approvedAt } from '../../shared/format';
import { approveMinutes } from './approvals';
import { recordEvent } from './audit';
import type { Db } from './database';
import { readAll, snapshotOf } from './meetingRecord';
import { getMeeting } from './meetings';

export function approveRecord(
  db: Db,
  input: { meetingId: string; approvedByMeetingId: string; approvedOn?: string },
): Meeting {
  const { meetingId, approvedByMeetingId } = input;
  const on = input.approvedOn ?? getMeeting(db, approvedByMeetingId).date;
  const approval = approveMinutes(db, { meetingId, approvedByMeetingId, approvedOn: on }, () => {
    const record = readAll(db, meetingId);
    const meeting = {
      ...record.detail.meeting,
      status: 'minutes approved' as const,
      approvedAt: on,
      approvedByMeetingId,
    };
    return snapshotOf({ ...record, detail: { ...record.detail, meeting } });
  });
  recordEvent(db, meetingId, 'approved', `Approved at ${approvedAt(approval.approvedByLabel, on)}`, null);
  return getMeeting(db, meetingId);
}

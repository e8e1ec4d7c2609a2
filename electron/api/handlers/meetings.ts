// Meetings, and approving and reopening their minutes.
import { AppError } from '../../../shared/result';
import { getCommittee } from '../../store/committees';
import { createMeeting, deleteMeeting, findMeetings, getMeeting, updateMeeting } from '../../store/meetings';
import type { Handlers } from '../context';
import { checkPerson } from './checks';
import { approvedAt } from '../../../shared/format';
import { meetingDetail } from '../../store/meetingRecord';
import { approveRecord } from '../../store/approving';
import { checkNotOnRecord, reopenMinutes } from '../../store/approvals';
import { recordEvent } from '../../store/audit';

export const meetingsHandlers = {
  'meetings.list': (filter, { db }) => {
    if (filter.committeeId) getCommittee(db, filter.committeeId);
    return findMeetings(db, filter);
  },
  'meetings.get': ({ id }, { db }) => meetingDetail(db, id),
  'meetings.create': ({ committeeId, date, startTime, venue }, { db }) => {
    const committee = getCommittee(db, committeeId);
    return createMeeting(db, { committeeId, date, startTime, venue: venue ?? committee.defaultVenue });
  },
  'meetings.update': ({ id, ...patch }, { db }) => {
    const current = getMeeting(db, id);
    checkPerson(db, patch.contactOfficerId);
    if (patch.status !== undefined && patch.status !== current.status) {
      if (current.status === 'minutes approved') {
        throw new AppError(
          'approved',
          'These minutes have been approved. To change them, reopen them with a reason first.',
        );
      }
      if (patch.status === 'minutes approved') {
        throw new AppError(
          'invalid_input',
          'Minutes are approved with “Approve minutes”, which records the meeting that approved them.',
        );
      }
    }
    return updateMeeting(db, id, patch);
  },
  'meetings.delete': ({ id }, { db }) => {
    checkNotOnRecord(db, [id]);
    deleteMeeting(db, id);
    return { id };
  },
  'meetings.approve': ({ id, approvedByMeetingId, approvedOn }, { db }) =>
    approveRecord(db, { meetingId: id, approvedByMeetingId, approvedOn }),
  'meetings.reopen': ({ id, reason }, { db }) => {
    const approval = reopenMinutes(db, id, reason);
    recordEvent(
      db,
      id,
      'reopened',
      approval
        ? `Reopened; approved at ${approvedAt(approval.approvedByLabel, approval.approvedOn)}`
        : 'Reopened',
      reason,
    );
    return getMeeting(db, id);
  },
} satisfies Partial<Handlers>;

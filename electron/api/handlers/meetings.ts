import { formatMinuteNumber, municipalYearBounds } from '../../../shared/numbering';
import { AppError } from '../../../shared/result';
import {
  createAgendaItem,
  deleteAgendaItem,
  getAgendaItem,
  itemsBeforeMeetingInYear,
  listAgendaItems,
  moveAgendaItem,
  publishedNumbers,
  updateAgendaItem,
} from '../../store/agendaItems';
import { getCommittee } from '../../store/committees';
import { createMeeting, deleteMeeting, getMeeting, updateMeeting } from '../../store/meetings';
import type { MeetingDetail } from '../../../shared/domain';
import type { Db } from '../../store/database';
import type { Handlers } from '../router';
import { checkPerson } from './checks';
import { formatLongDate } from '../../../shared/format';
import { readAll, snapshotOf } from '../../export/record';
import { approveMinutes, checkNotOnRecord, listApprovals, reopenMinutes } from '../../store/approvals';
import { listAudit, recordEvent } from '../../store/audit';

export function meetingDetail(db: Db, id: string): MeetingDetail {
  const meeting = getMeeting(db, id);
  const committee = getCommittee(db, meeting.committeeId);
  const items = listAgendaItems(db, id);
  const before = itemsBeforeMeetingInYear(db, meeting, municipalYearBounds(meeting.date).first);
  const published = publishedNumbers(db, id);
  const minuteNumbers = Object.fromEntries(
    items.map((item) => [
      item.id,
      published[item.id] ?? formatMinuteNumber(committee.numberingScheme, before + item.number, meeting.date),
    ]),
  );
  return { meeting, committee, items, minuteNumbers, approvals: listApprovals(db, id) };
}

export const meetingHandlers = {
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
  'meetings.approve': ({ id, approvedByMeetingId, approvedOn }, { db }) => {
    const approving = getMeeting(db, approvedByMeetingId);
    const on = approvedOn ?? approving.date;
    const approval = approveMinutes(db, { meetingId: id, approvedByMeetingId, approvedOn: on }, () => {
      const record = readAll(db, id);
      const meeting = {
        ...record.detail.meeting,
        status: 'minutes approved' as const,
        approvedAt: on,
        approvedByMeetingId,
      };
      return snapshotOf({ ...record, detail: { ...record.detail, meeting } });
    });
    recordEvent(
      db,
      id,
      'approved',
      `Approved at ${approval.approvedByLabel}, on ${formatLongDate(on)}`,
      null,
    );
    return getMeeting(db, id);
  },
  'meetings.reopen': ({ id, reason }, { db }) => {
    const approval = reopenMinutes(db, id, reason);
    recordEvent(
      db,
      id,
      'reopened',
      approval
        ? `Reopened; approved at ${approval.approvedByLabel} on ${formatLongDate(approval.approvedOn)}`
        : 'Reopened',
      reason,
    );
    return getMeeting(db, id);
  },
  'audit.list': ({ meetingId, itemId }, { db }) => {
    getMeeting(db, meetingId);
    return listAudit(db, { meetingId, itemId });
  },

  'items.get': ({ id }, { db }) => getAgendaItem(db, id),
  'items.create': (input, { db }) => {
    getMeeting(db, input.meetingId);
    checkPerson(db, input.leadOfficerId);
    return createAgendaItem(db, input);
  },
  'items.update': ({ id, ...patch }, { db }) => {
    const current = getAgendaItem(db, id);
    checkPerson(db, patch.leadOfficerId);
    // Making an item public clears its paragraph; making it exempt needs one.
    const exempt = patch.exempt ?? current.exempt;
    const exemptParagraph = exempt ? (patch.exemptParagraph ?? current.exemptParagraph) : null;
    if (exempt && exemptParagraph === null) {
      throw new AppError(
        'invalid_input',
        'An exempt item needs the Schedule 12A paragraph it is exempt under.',
      );
    }
    return updateAgendaItem(db, id, { ...patch, exempt, exemptParagraph });
  },
  'items.delete': ({ id }, { db }) => {
    deleteAgendaItem(db, id);
    return { id };
  },
  'items.move': ({ id, toNumber }, { db }) => moveAgendaItem(db, id, toNumber),
} satisfies Partial<Handlers>;

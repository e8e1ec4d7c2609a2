// A document of a meeting, from the request the API takes: the record is read from the store in the
// edition asked for (approved or current) and laid out as the model the preview draws; and what to
// check before the minutes are saved. The Word file is made in documentOf.ts, which loads docx: the
// server and the app's main process load this file as they start, and docx only when they export.
import type { ParsedInput } from '../../shared/api';
import { minutesWarnings } from '../../shared/attendance';
import { documentModel, type DocumentModel } from '../../shared/document';
import { AppError } from '../../shared/result';
import { getAgendaItem } from '../store/agendaItems';
import { getAttendance } from '../store/attendance';
import type { Db } from '../store/database';
import { listDecisions } from '../store/decisions';
import { meetingDetail, readMeetingRecord } from '../store/meetingRecord';

export type Request = ParsedInput<'exports.build'>;

export function checkItem(db: Db, { meetingId, itemId }: Pick<Request, 'meetingId' | 'itemId'>): void {
  if (itemId && getAgendaItem(db, itemId).meetingId !== meetingId) {
    throw new AppError('invalid_input', 'That agenda item is not on this meeting’s agenda.');
  }
}

/**
 * The document as the preview draws it. The public edition is made by the store (forPublication)
 * before anything is laid out, exactly as for the Word file: the page never receives what it may not
 * show, so it has nothing to filter.
 */
export function previewOf(db: Db, request: Request): DocumentModel {
  const { meetingId, kind, itemId, edition, version } = request;
  checkItem(db, request);
  return documentModel(readMeetingRecord(db, meetingId, edition, version), { kind, itemId });
}

/**
 * The minutes' unresolved vote and quorum warnings, as they stand now; none for other documents.
 * None either for minutes saved as approved (approved and not reopened, or the approved version of
 * reopened ones): that record is fixed, so there is nothing to put right before saving it.
 */
export function warningsOf(db: Db, { meetingId, kind, version }: ParsedInput<'exports.warnings'>): string[] {
  const detail = meetingDetail(db, meetingId);
  if (kind !== 'minutes') return [];
  const approved = detail.approvals.length > 0;
  if (detail.meeting.status === 'minutes approved' || (approved && version === 'approved')) return [];
  const { register } = getAttendance(db, detail);
  return minutesWarnings(register, (itemId) => listDecisions(db, itemId));
}

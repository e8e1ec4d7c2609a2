// A Word document of a meeting, from the request the API takes: the record is read from the store
// in the edition asked for (approved or current), then handed to the exporter.
import type { ParsedInput } from '../../shared/api';
import { AppError } from '../../shared/result';
import { documentFor } from '../export/exportDocument';
import { getAgendaItem } from '../store/agendaItems';
import type { Db } from '../store/database';
import { readMeetingRecord } from '../store/meetingRecord';

export function documentOf(db: Db, request: ParsedInput<'exports.build'>) {
  const { meetingId, kind, itemId, edition, version } = request;
  if (itemId && getAgendaItem(db, itemId).meetingId !== meetingId) {
    throw new AppError('invalid_input', 'That agenda item is not on this meeting’s agenda.');
  }
  return documentFor(readMeetingRecord(db, meetingId, edition, version), { kind, itemId });
}

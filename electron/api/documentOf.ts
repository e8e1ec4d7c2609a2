// A meeting's document for the exporter (the export worker, the command line's export): the record
// read in the edition asked for and handed to docx. Apart from documents.ts, which the router loads
// as the server starts, so that docx (a megabyte of code) is loaded only where a Word file is made.
import { documentFor } from '../export/exportDocument';
import type { Db } from '../store/database';
import { requireCouncilName } from '../store/houseStyle';
import { readMeetingRecord } from '../store/meetingRecord';
import { checkItem, type Request } from './documents';

export function documentOf(db: Db, request: Request) {
  const { meetingId, kind, itemId, edition, version } = request;
  requireCouncilName(db);
  checkItem(db, request);
  return documentFor(readMeetingRecord(db, meetingId, edition, version), { kind, itemId });
}

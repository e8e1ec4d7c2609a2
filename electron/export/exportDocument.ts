// One entry point for every Word document of a meeting: minutes, agenda or an item's report, laid
// out from the meeting's record (a value; the exporters never read the database) by the document
// model the app's preview shows too, then written as Word.
import type { exportKinds } from '../../shared/api';
import { documentModel, type DocumentRequest } from '../../shared/document';
import { clean } from '../../shared/document/text';
import { AppError } from '../../shared/result';
import type { MeetingRecord } from '../../shared/meetingRecord';
import { wordDocument } from './word';
import { packDocument } from './pack';

export type ExportKind = (typeof exportKinds)[number];
export type { DocumentRequest };

export interface ExportedDocument {
  /** A file name the officer would choose: "Cabinet 2026-03-15 minutes (public).docx". */
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Lays out the document from a record already read (in the edition it is for) and names the file;
 * the bytes are packed when asked for, so a refusal comes before anything else is done.
 */
export function documentFor(
  record: MeetingRecord,
  request: DocumentRequest,
): { fileName: string; build: () => Promise<Uint8Array> } {
  if (request.kind === 'report' && !request.itemId) {
    throw new AppError('invalid_input', 'Say which item’s report to export.');
  }
  const document = wordDocument(documentModel(record, request));
  return {
    fileName: fileNameFor(record, request),
    build: () => packDocument(document),
  };
}

export async function exportDocument(
  record: MeetingRecord,
  request: DocumentRequest,
): Promise<ExportedDocument> {
  const { fileName, build: pack } = documentFor(record, request);
  return { fileName, bytes: await pack() };
}

function fileNameFor(record: MeetingRecord, request: DocumentRequest): string {
  const { committee, meeting } = record.detail;
  const item = record.items.find((entry) => entry.item.id === request.itemId)?.item;
  const what = request.kind === 'report' && item ? `report ${item.number} ${item.title}` : request.kind;
  const stem = clean(`${committee.name} ${meeting.date} ${what}`)
    // Characters Windows, macOS or a council's file share refuse in a file name.
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  return `${stem} (${record.edition}).docx`;
}

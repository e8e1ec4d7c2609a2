// One entry point for every Word document of a meeting: minutes, agenda or an item's report, laid
// out from the meeting's record (a value; the exporters never read the database).
import { Packer } from 'docx';
import type { exportKinds } from '../../shared/api';
import { AppError } from '../../shared/result';
import { agendaDocument } from './agendaDocument';
import { minutesDocument } from './minutesDocument';
import type { MeetingRecord } from '../../shared/meetingRecord';
import { reportDocument } from './reportDocument';
import { clean } from './word';

export type ExportKind = (typeof exportKinds)[number];

/** Which document of a meeting's record: its minutes, its agenda, or one item's report. */
export interface DocumentRequest {
  kind: ExportKind;
  /** The item whose report it is (kind 'report'). */
  itemId?: string;
}

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
  const document = build(record, request);
  return {
    fileName: fileNameFor(record, request),
    build: async () => new Uint8Array(await Packer.toBuffer(document)),
  };
}

export async function exportDocument(
  record: MeetingRecord,
  request: DocumentRequest,
): Promise<ExportedDocument> {
  const { fileName, build: pack } = documentFor(record, request);
  return { fileName, bytes: await pack() };
}

function build(record: MeetingRecord, request: DocumentRequest) {
  switch (request.kind) {
    case 'minutes':
      return minutesDocument(record);
    case 'agenda':
      return agendaDocument(record);
    case 'report':
      return reportDocument(record, request.itemId!);
  }
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

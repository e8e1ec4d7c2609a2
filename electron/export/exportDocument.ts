// One entry point for every Word export, used by the API (app and browser) and the command line.
import { Packer } from 'docx';
import type { exportKinds } from '../../shared/api';
import { AppError } from '../../shared/result';
import type { Db } from '../store/database';
import { agendaDocument } from './agendaDocument';
import { minutesDocument } from './minutesDocument';
import { readMeetingRecord, type Edition, type MeetingRecord } from './record';
import { reportDocument } from './reportDocument';
import { clean } from './word';

export type ExportKind = (typeof exportKinds)[number];

export interface ExportRequest {
  meetingId: string;
  kind: ExportKind;
  /** The item whose report it is (kind 'report'). */
  itemId?: string;
  edition: Edition;
  /** Minutes that have been approved: as approved (the default) or as they stand now. */
  version?: 'approved' | 'current';
}

export interface ExportedDocument {
  /** A file name the officer would choose: "Cabinet 2026-03-15 minutes (public).docx". */
  fileName: string;
  bytes: Uint8Array;
}

/** Reads the meeting (synchronously, one moment) and builds the document. */
export function documentFor(
  db: Db,
  request: ExportRequest,
): { fileName: string; build: () => Promise<Uint8Array> } {
  if (request.kind === 'report' && !request.itemId) {
    throw new AppError('invalid_input', 'Say which item’s report to export.');
  }
  const record = readMeetingRecord(db, request.meetingId, request.edition, request.version);
  const document = build(record, request);
  return {
    fileName: fileNameFor(record, request),
    build: async () => new Uint8Array(await Packer.toBuffer(document)),
  };
}

export async function exportDocument(db: Db, request: ExportRequest): Promise<ExportedDocument> {
  const { fileName, build: pack } = documentFor(db, request);
  return { fileName, bytes: await pack() };
}

function build(record: MeetingRecord, request: ExportRequest) {
  switch (request.kind) {
    case 'minutes':
      return minutesDocument(record);
    case 'agenda':
      return agendaDocument(record);
    case 'report':
      return reportDocument(record, request.itemId!);
  }
}

function fileNameFor(record: MeetingRecord, request: ExportRequest): string {
  const { committee, meeting } = record.detail;
  const item = record.items.find((entry) => entry.item.id === request.itemId)?.item;
  const what = request.kind === 'report' && item ? `report ${item.number} ${item.title}` : request.kind;
  const stem = clean(`${committee.name} ${meeting.date} ${what}`)
    // Characters Windows, macOS or a council's file share refuse in a file name.
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  return `${stem} (${request.edition}).docx`;
}

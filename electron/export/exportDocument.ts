// One entry point for every Word document of a meeting: minutes, agenda or an item's report, laid
// out from the meeting's record (a value; the exporters never read the database) by the document
// model the app's preview shows too, then written as Word.
import type { exportKinds } from '../../shared/api';
import { documentModel, type DocumentModel, type DocumentRequest } from '../../shared/document';
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
  const model = documentModel(record, request);
  refuseBeyondWord(model);
  const document = wordDocument(model);
  return {
    fileName: fileNameFor(record, request),
    build: () => packDocument(document),
  };
}

/**
 * The most paragraphs, runs of formatted text and table cells one Word file is built with. docx
 * keeps an object tree of about 2.5 kB a run until the file is packed: 120,000 runs take about
 * 300 MB, inside the export worker's 448 MB (electron/workers/jobs.ts). A document beyond this is
 * refused before anything is built — at once, with how large it is — instead of the worker climbing
 * to its memory limit for half a minute to be stopped there (which still guards what this does not count).
 */
export const MAX_WORD_PIECES = 120_000;

function refuseBeyondWord(model: DocumentModel): void {
  let pieces = 0;
  for (const block of model.blocks) {
    pieces +=
      block.type === 'table'
        ? block.header.length + block.rows.reduce((n, row) => n + row.length, 0)
        : Math.max(1, block.runs.length);
  }
  if (pieces > MAX_WORD_PIECES) {
    throw new AppError(
      'invalid_input',
      `This document is too large to make as one Word file; it has ${pieces.toLocaleString('en-GB')} paragraphs and formatted passages, and one file can hold ${MAX_WORD_PIECES.toLocaleString('en-GB')}. Move some of the minutes into the items' reports, or split the meeting, and export again.`,
    );
  }
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

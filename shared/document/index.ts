// One entry point for every document of a meeting: minutes, agenda or an item's report, laid out
// from the meeting's record in the edition it was read for (the public edition is made before this,
// from forPublication, so nothing here can reach what the public may not see).
import type { MeetingRecord } from '../meetingRecord';
import { AppError } from '../result';
import { agendaModel } from './agenda';
import { minutesModel } from './minutes';
import type { DocumentKind, DocumentModel } from './model';
import { reportModel } from './report';

export type { Block, DocumentKind, DocumentModel, ListKind, ListPlace, Run } from './model';
export { ListCounter, listKinds, listLevels } from './model';

/** Which document of a meeting's record: its minutes, its agenda, or one item's report. */
export interface DocumentRequest {
  kind: DocumentKind;
  /** The item whose report it is (kind 'report'). */
  itemId?: string;
}

export function documentModel(record: MeetingRecord, request: DocumentRequest): DocumentModel {
  switch (request.kind) {
    case 'minutes':
      return minutesModel(record);
    case 'agenda':
      return agendaModel(record);
    case 'report':
      if (!request.itemId) throw new AppError('invalid_input', 'Say which item’s report to export.');
      return reportModel(record, request.itemId);
  }
}

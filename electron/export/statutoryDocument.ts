// One entry point for the statutory cycle's Word documents, laid out from values read beforehand
// (the exporters never read the database): the notice of key decisions, decision notices, an
// officer decision record and the register of officer decisions.
import type {
  DecisionNoticesDocument,
  KeyDecisionsDocument,
  OfficerDecisionsDocument,
} from '../../shared/statutory';
import { decisionNoticeDocument } from './decisionNoticeDocument';
import { keyDecisionsDocument } from './keyDecisionsDocument';
import { officerDecisionDocument } from './officerDecisionDocument';
import { clean } from '../../shared/document/text';
import { packDocument } from './pack';

export type StatutoryDocument =
  | { kind: 'key decisions'; value: KeyDecisionsDocument }
  | { kind: 'decision notice'; value: DecisionNoticesDocument }
  | { kind: 'officer decision'; value: OfficerDecisionsDocument };

export function statutoryDocumentFor(document: StatutoryDocument): {
  fileName: string;
  build: () => Promise<Uint8Array>;
} {
  const laidOut =
    document.kind === 'key decisions'
      ? keyDecisionsDocument(document.value)
      : document.kind === 'decision notice'
        ? decisionNoticeDocument(document.value)
        : officerDecisionDocument(document.value);
  return {
    fileName: fileNameFor(document),
    build: () => packDocument(laidOut),
  };
}

function fileNameFor(document: StatutoryDocument): string {
  let stem: string;
  let edition = '';
  switch (document.kind) {
    case 'key decisions':
      stem = `${document.value.committee.name} key decisions ${document.value.from} to ${document.value.to}`;
      break;
    case 'decision notice': {
      const { committee, meeting, entries } = document.value;
      const one = entries.length === 1 ? ` ${entries[0]!.minuteNumber}` : '';
      stem = `${committee.name} ${meeting.date} decision notice${entries.length === 1 ? '' : 's'}${one}`;
      edition = ` (${document.value.edition})`;
      break;
    }
    case 'officer decision': {
      const { register, entries } = document.value;
      stem = register
        ? `Officer decisions register ${register.from} to ${register.to}`
        : `Officer decision ${entries[0]?.decidedOn ?? ''} ${entries[0]?.reference || entries[0]?.title || ''}`;
      edition = ` (${document.value.edition})`;
      break;
    }
  }
  const safe = clean(stem)
    // Characters Windows, macOS or a council's file share refuse in a file name.
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  return `${safe}${edition}.docx`;
}

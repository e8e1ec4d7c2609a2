// A statutory-cycle Word document from the request the API takes: the value is read from the store
// (public editions made there), then handed to the exporter.
import type { ParsedInput } from '../../shared/api';
import { AppError } from '../../shared/result';
import { statutoryDocumentFor, type StatutoryDocument } from '../export/statutoryDocument';
import type { Db } from '../store/database';
import { readDecisionNotices } from '../store/decisionNotices';
import { getHouseStyle, requireCouncilName } from '../store/houseStyle';
import { styleForDocument } from '../store/recordText';
import { localToday } from '../store/houseCalendar';
import { bodyMembersOn, listKeyDecisions } from '../store/keyDecisions';
import { getCommittee } from '../store/committees';
import { listOfficerDecisions, officerDecisionEntry } from '../store/officerDecisions';

export type StatutoryRequest = ParsedInput<'statutoryExports.build'>;

export function statutoryDocumentOf(db: Db, request: StatutoryRequest, today: string = localToday()) {
  requireCouncilName(db);
  return statutoryDocumentFor(readStatutoryDocument(db, request, today));
}

function readStatutoryDocument(db: Db, request: StatutoryRequest, today: string): StatutoryDocument {
  const style = styleForDocument(getHouseStyle(db).value);
  switch (request.kind) {
    case 'key decisions': {
      const committee = getCommittee(db, request.committeeId);
      return {
        kind: 'key decisions',
        value: {
          style,
          committee,
          members: bodyMembersOn(db, committee.id, request.from),
          from: request.from,
          to: request.to,
          madeOn: today,
          entries: listKeyDecisions(db, committee.id, today, { from: request.from, to: request.to }),
        },
      };
    }
    case 'decision notice': {
      const notices = readDecisionNotices(db, request.meetingId, today, request.edition, request.decisionId);
      if (request.decisionId && notices.entries.length === 0) {
        throw new AppError('invalid_input', 'That decision was not taken at this meeting.');
      }
      return { kind: 'decision notice', value: { ...notices, style } };
    }
    case 'officer decision':
      return {
        kind: 'officer decision',
        value: {
          style,
          edition: request.edition,
          register: null,
          madeOn: today,
          entries: [officerDecisionEntry(db, request.id, request.edition)],
        },
      };
    case 'officer register':
      return {
        kind: 'officer decision',
        value: {
          style,
          edition: request.edition,
          register: { from: request.from, to: request.to },
          madeOn: today,
          entries: listOfficerDecisions(db, { from: request.from, to: request.to }, request.edition),
        },
      };
  }
}

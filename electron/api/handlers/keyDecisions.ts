// The notice of key decisions (forward plan) of an executive body.
import { localToday } from '../../store/houseCalendar';
import {
  createKeyDecision,
  deleteKeyDecision,
  listKeyDecisions,
  updateKeyDecision,
} from '../../store/keyDecisions';
import type { Handlers } from '../context';

export const keyDecisionsHandlers = {
  'keyDecisions.list': ({ committeeId, from, to, today }, { db }) =>
    listKeyDecisions(db, committeeId, today ?? localToday(), { from, to }),
  'keyDecisions.create': ({ committeeId, ...fields }, { db }) =>
    createKeyDecision(db, committeeId, {
      itemId: fields.itemId ?? null,
      reference: fields.reference ?? '',
      matter: fields.matter,
      decisionMaker: fields.decisionMaker ?? '',
      decisionDate: fields.decisionDate,
      documents: fields.documents ?? '',
      documentsFrom: fields.documentsFrom ?? '',
      contact: fields.contact ?? '',
      noticePublishedOn: fields.noticePublishedOn ?? null,
      private: fields.private ?? false,
      exemptParagraph: fields.exemptParagraph ?? null,
      privateReasons: fields.privateReasons ?? '',
      urgencyRoute: fields.urgencyRoute ?? 'none',
      routeAgreedBy: fields.routeAgreedBy ?? '',
      routeNoticeOn: fields.routeNoticeOn ?? null,
      routeReasons: fields.routeReasons ?? '',
      status: fields.status ?? 'planned',
    }),
  'keyDecisions.update': ({ id, baseVersion, ...patch }, { db }) => {
    // Taking an entry out of private clears its paragraph.
    const fields = patch.private === false ? { ...patch, exemptParagraph: null } : patch;
    return updateKeyDecision(db, id, baseVersion, fields);
  },
  'keyDecisions.delete': ({ id }, { db }) => {
    deleteKeyDecision(db, id);
    return { id };
  },
} satisfies Partial<Handlers>;

// The register of officer decisions.
import {
  createOfficerDecision,
  deleteOfficerDecision,
  listOfficerDecisions,
  updateOfficerDecision,
} from '../../store/officerDecisions';
import type { Handlers } from '../context';

export const officerDecisionsHandlers = {
  'officerDecisions.list': ({ from, to }, { db }) => listOfficerDecisions(db, { from, to }),
  'officerDecisions.create': (fields, { db }) =>
    createOfficerDecision(db, {
      kind: fields.kind,
      reference: fields.reference ?? '',
      title: fields.title,
      decision: fields.decision ?? '',
      decidedOn: fields.decidedOn,
      officerId: fields.officerId ?? null,
      authority: fields.authority ?? '',
      reasons: fields.reasons ?? '',
      alternatives: fields.alternatives ?? '',
      consultation: fields.consultation ?? '',
      interests: fields.interests ?? '',
      dispensations: fields.dispensations ?? '',
      exemptParagraph: fields.exemptParagraph ?? null,
      publishedOn: fields.publishedOn ?? null,
    }),
  'officerDecisions.update': ({ id, baseVersion, ...patch }, { db }) =>
    updateOfficerDecision(db, id, baseVersion, patch),
  'officerDecisions.delete': ({ id }, { db }) => {
    deleteOfficerDecision(db, id);
    return { id };
  },
} satisfies Partial<Handlers>;

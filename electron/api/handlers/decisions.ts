// An item's decisions.
import { getAgendaItem } from '../../store/agendaItems';
import {
  createDecision,
  deleteDecision,
  listDecisions,
  setClauses,
  updateDecision,
} from '../../store/decisions';
import { getPerson } from '../../store/people';
import { claimVersion } from '../../store/rows';
import { getHouseStyle } from '../../store/houseStyle';
import type { Handlers } from '../context';
import { checkPerson } from './checks';

export const decisionsHandlers = {
  'decisions.list': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return listDecisions(db, itemId);
  },
  'decisions.create': ({ clauseStyle, ...input }, { db }) => {
    getAgendaItem(db, input.itemId);
    return createDecision(db, { ...input, clauseStyle: clauseStyle ?? getHouseStyle(db).value.clauseStyle });
  },
  'decisions.update': ({ id, baseVersion, clauses, ...patch }, { db }) => {
    claimVersion(db, 'decisions', id, baseVersion, 'decision');
    checkPerson(db, patch.moverId);
    checkPerson(db, patch.seconderId);
    for (const vote of patch.vote?.recorded ?? []) getPerson(db, vote.personId);
    if (clauses) setClauses(db, id, clauses);
    return updateDecision(db, id, patch);
  },
  'decisions.delete': ({ id }, { db }) => {
    deleteDecision(db, id);
    return { id };
  },
} satisfies Partial<Handlers>;

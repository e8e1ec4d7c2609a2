// What is recorded on an agenda item: its minutes, decisions, actions and post-meeting updates.
import { emptyDoc } from '../../../shared/richText';
import {
  createAction,
  createUpdate,
  deleteAction,
  deleteUpdate,
  listActions,
  listUpdates,
  updateAction,
  updateUpdate,
} from '../../store/actions';
import { getAgendaItem } from '../../store/agendaItems';
import {
  createDecision,
  deleteDecision,
  listDecisions,
  setClauses,
  updateDecision,
} from '../../store/decisions';
import { listItemPeople, setItemPeople } from '../../store/itemPeople';
import { getMinutes, saveMinutes } from '../../store/minutes';
import { getPerson } from '../../store/people';
import { claimVersion } from '../../store/rows';
import { getHouseStyle } from '../../store/settings';
import type { Handlers } from '../router';
import { checkPerson } from './checks';

export const minutesHandlers = {
  'minutes.get': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return getMinutes(db, itemId);
  },
  'minutes.save': ({ itemId, doc, baseVersion }, { db }) => {
    getAgendaItem(db, itemId);
    return saveMinutes(db, itemId, doc, baseVersion);
  },
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
  'itemPeople.list': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return listItemPeople(db, itemId);
  },
  'itemPeople.set': ({ itemId, role, people }, { db }) => {
    getAgendaItem(db, itemId);
    for (const { personId } of people) getPerson(db, personId);
    return setItemPeople(db, itemId, role, people);
  },
  'actions.list': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return listActions(db, itemId);
  },
  'actions.create': ({ id, itemId, text = '', ownerId = null, dueOn = null, status = 'open' }, { db }) => {
    getAgendaItem(db, itemId);
    checkPerson(db, ownerId);
    return createAction(db, { id, itemId, text, ownerId, dueOn, status });
  },
  'actions.update': ({ id, baseVersion, ...patch }, { db }) => {
    claimVersion(db, 'actions', id, baseVersion, 'action');
    checkPerson(db, patch.ownerId);
    return updateAction(db, id, patch);
  },
  'actions.delete': ({ id }, { db }) => {
    deleteAction(db, id);
    return { id };
  },
  'updates.list': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return listUpdates(db, itemId);
  },
  'updates.create': ({ itemId, heading, doc }, { db }) => {
    getAgendaItem(db, itemId);
    return createUpdate(db, { itemId, heading, doc: doc ?? emptyDoc() });
  },
  'updates.update': ({ id, baseVersion, ...patch }, { db }) => {
    claimVersion(db, 'item_updates', id, baseVersion, 'update');
    return updateUpdate(db, id, patch);
  },
  'updates.delete': ({ id }, { db }) => {
    deleteUpdate(db, id);
    return { id };
  },
} satisfies Partial<Handlers>;

// Actions arising from an item.
import { createAction, deleteAction, listActions, updateAction } from '../../store/actions';
import { getAgendaItem } from '../../store/agendaItems';
import { claimVersion } from '../../store/rows';
import type { Handlers } from '../context';
import { checkPerson } from './checks';

export const actionsHandlers = {
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
} satisfies Partial<Handlers>;

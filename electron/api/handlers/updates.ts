// Post-meeting updates to an item.
import { emptyDoc } from '../../../shared/richText';
import { createUpdate, deleteUpdate, listUpdates, updateUpdate } from '../../store/updates';
import { getAgendaItem } from '../../store/agendaItems';
import { claimVersion } from '../../store/rows';
import type { Handlers } from '../context';

export const updatesHandlers = {
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

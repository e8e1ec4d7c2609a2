// An item's minutes, and who presented it and attended for it.
import { getAgendaItem } from '../../store/agendaItems';
import { listItemPeople, setItemPeople } from '../../store/itemPeople';
import { getMinutes, saveMinutes, saveMinutesChanges } from '../../store/minutes';
import { getPerson } from '../../store/people';
import type { Handlers } from '../context';

export const minutesHandlers = {
  'minutes.get': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return getMinutes(db, itemId);
  },
  'minutes.save': ({ itemId, doc, baseVersion, saveId, baseSaveId }, { db }) => {
    getAgendaItem(db, itemId);
    return saveMinutes(db, itemId, doc, baseVersion, { saveId, baseSaveId });
  },
  'minutes.saveChanges': ({ itemId, baseVersion, saveId, baseSaveId, ...delta }, { db }) => {
    getAgendaItem(db, itemId);
    return saveMinutesChanges(db, itemId, delta, baseVersion, { saveId, baseSaveId });
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
} satisfies Partial<Handlers>;

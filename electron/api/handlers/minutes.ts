// An item's minutes, and who presented it and attended for it; and the typed text a save could not
// put in the minutes, kept (electron/store/keptMinutes.ts).
import { applyDelta } from '../../../shared/richDelta';
import { getAgendaItem } from '../../store/agendaItems';
import { listItemPeople, setItemPeople } from '../../store/itemPeople';
import {
  discardKeptMinutes,
  getKeptMinutes,
  keepMinutes,
  listKeptMinutes,
  textOfSave,
} from '../../store/keptMinutes';
import {
  getMinutes,
  getMinutesVersion,
  replaceMinutes,
  saveMinutes,
  saveMinutesChanges,
} from '../../store/minutes';
import { recordKept } from '../../store/audit';
import { getPerson } from '../../store/people';
import type { Handlers } from '../context';
import { keepingRefused } from '../keepRefused';

export const minutesHandlers = {
  'minutes.get': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return getMinutes(db, itemId);
  },
  'minutes.version': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return { itemId, version: getMinutesVersion(db, itemId) };
  },
  'minutes.save': ({ itemId, doc, baseVersion, saveId, baseSaveId, tentative }, { db, caller }) => {
    getAgendaItem(db, itemId);
    const window = caller.window ?? null;
    // Refused (another window's save first, approved minutes): the text is kept, not dropped.
    return keepingRefused(
      () => saveMinutes(db, itemId, doc, baseVersion, { saveId, baseSaveId, window }),
      tentative
        ? null
        : (reason) => {
            if (keepMinutes(db, itemId, doc, reason, { window, saveId, baseVersion }))
              recordKept(db, itemId, { kept: reason }, doc, window);
          },
    );
  },
  'minutes.saveChanges': (
    { itemId, baseVersion, saveId, baseSaveId, tentative, ...delta },
    { db, caller },
  ) => {
    getAgendaItem(db, itemId);
    const window = caller.window ?? null;
    // A refused change is kept as the whole text it makes of the text it was made from, where that
    // text is still known (the minutes, a kept copy, or a text another window's save replaced).
    const keep = (reason: 'conflict' | 'approved') => {
      const base = textOfSave(db, itemId, baseSaveId);
      const doc = base && applyDelta(base, delta);
      if (doc && keepMinutes(db, itemId, doc, reason, { window, saveId, baseVersion }))
        recordKept(db, itemId, { kept: reason }, doc, window);
    };
    return keepingRefused(
      () => saveMinutesChanges(db, itemId, delta, baseVersion, { saveId, baseSaveId, window }),
      tentative ? null : keep,
    );
  },
  'keptMinutes.keep': ({ itemId, doc, reason }, { db, caller }) => {
    getAgendaItem(db, itemId);
    // Typing after a refusal replaces the window's kept copy: the trail has the refusal's entry only.
    const window = caller.window ?? null;
    if (keepMinutes(db, itemId, doc, reason, { window }))
      recordKept(db, itemId, { kept: reason }, doc, window);
    return { itemId };
  },
  'keptMinutes.list': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return listKeptMinutes(db, itemId);
  },
  'keptMinutes.use': ({ itemId, keptId }, { db, caller }) => {
    getAgendaItem(db, itemId);
    const kept = getKeptMinutes(db, itemId, keptId);
    const saved = replaceMinutes(db, itemId, kept.doc, caller.window ?? null);
    discardKeptMinutes(db, itemId, keptId);
    return saved;
  },
  'keptMinutes.discard': ({ itemId, keptId }, { db, caller }) => {
    getAgendaItem(db, itemId);
    const { doc } = getKeptMinutes(db, itemId, keptId);
    discardKeptMinutes(db, itemId, keptId);
    recordKept(db, itemId, { discarded: true }, doc, caller.window ?? null);
    return { id: keptId };
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

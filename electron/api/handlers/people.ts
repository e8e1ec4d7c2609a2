// The people directory.
import { createPerson, deletePerson, listPeople, updatePerson } from '../../store/people';
import { checkNotInAttendance } from '../../store/attendance';
import { checkNotInItems } from '../../store/itemPeople';
import { checkNotDecisionMaker } from '../../store/officerDecisions';
import type { Handlers } from '../context';

export const peopleHandlers = {
  'people.list': (_input, { db }) => listPeople(db),
  'people.create': (input, { db }) => createPerson(db, input),
  'people.update': ({ id, ...patch }, { db }) => updatePerson(db, id, patch),
  'people.delete': ({ id }, { db }) => {
    checkNotInItems(db, id);
    checkNotInAttendance(db, id);
    checkNotDecisionMaker(db, id);
    deletePerson(db, id);
    return { id };
  },
} satisfies Partial<Handlers>;

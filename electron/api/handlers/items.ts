// Agenda items.
import { AppError } from '../../../shared/result';
import {
  createAgendaItem,
  deleteAgendaItem,
  getAgendaItem,
  moveAgendaItem,
  updateAgendaItem,
} from '../../store/agendaItems';
import { getMeeting } from '../../store/meetings';
import { noteItemAdded } from '../../store/publication';
import type { Handlers } from '../context';
import { checkPerson } from './checks';

export const itemsHandlers = {
  'items.get': ({ id }, { db }) => getAgendaItem(db, id),
  'items.create': (input, { db }) => {
    getMeeting(db, input.meetingId);
    checkPerson(db, input.leadOfficerId);
    const item = createAgendaItem(db, input);
    // Added after the agenda went out: a late item, needing the chair's urgency reason.
    noteItemAdded(db, item.id);
    return item;
  },
  'items.update': ({ id, ...patch }, { db }) => {
    const current = getAgendaItem(db, id);
    checkPerson(db, patch.leadOfficerId);
    // Making an item public clears its paragraph; making it exempt needs one.
    const exempt = patch.exempt ?? current.exempt;
    const exemptParagraph = exempt ? (patch.exemptParagraph ?? current.exemptParagraph) : null;
    if (exempt && exemptParagraph === null) {
      throw new AppError(
        'invalid_input',
        'An exempt item needs the Schedule 12A paragraph it is exempt under.',
      );
    }
    return updateAgendaItem(db, id, { ...patch, exempt, exemptParagraph });
  },
  'items.delete': ({ id }, { db }) => {
    deleteAgendaItem(db, id);
    return { id };
  },
  'items.move': ({ id, toNumber }, { db }) => moveAgendaItem(db, id, toNumber),
} satisfies Partial<Handlers>;

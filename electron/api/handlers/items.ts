// Agenda items.
import { exemptionProblem } from '../../../shared/exemptBasis';
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
    // Making an item public clears its basis and paragraph; making it exempt needs them (a basis left
    // out is Schedule 12A, as before the basis was kept). Moving to the 1960 Act drops the paragraph.
    const exempt = patch.exempt ?? current.exempt;
    const exemptBasis = exempt ? (patch.exemptBasis ?? current.exemptBasis ?? 'schedule 12A') : null;
    const exemptParagraph =
      !exempt || exemptBasis === '1960 Act'
        ? null
        : patch.exemptParagraph !== undefined
          ? patch.exemptParagraph
          : exemptBasis === current.exemptBasis
            ? current.exemptParagraph
            : null;
    const problem = exemptionProblem(exempt, exemptBasis, exemptParagraph);
    if (problem) throw new AppError('invalid_input', problem);
    return updateAgendaItem(db, id, { ...patch, exempt, exemptBasis, exemptParagraph });
  },
  'items.delete': ({ id }, { db }) => {
    deleteAgendaItem(db, id);
    return { id };
  },
  'items.move': ({ id, toNumber }, { db }) => moveAgendaItem(db, id, toNumber),
} satisfies Partial<Handlers>;

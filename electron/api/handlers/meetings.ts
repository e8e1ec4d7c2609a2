import { formatMinuteNumber, municipalYearBounds } from '../../../shared/numbering';
import { AppError } from '../../../shared/result';
import {
  createAgendaItem,
  deleteAgendaItem,
  getAgendaItem,
  itemsBeforeMeetingInYear,
  listAgendaItems,
  moveAgendaItem,
  updateAgendaItem,
} from '../../store/agendaItems';
import { getCommittee } from '../../store/committees';
import {
  createDecision,
  deleteDecision,
  listDecisions,
  setClauses,
  updateDecision,
} from '../../store/decisions';
import type { Db } from '../../store/database';
import { createMeeting, deleteMeeting, getMeeting, updateMeeting } from '../../store/meetings';
import { getMinutes, saveMinutes } from '../../store/minutes';
import { getPerson } from '../../store/people';
import type { Handlers } from '../router';

export const meetingHandlers = {
  'meetings.get': ({ id }, { db }) => {
    const meeting = getMeeting(db, id);
    const committee = getCommittee(db, meeting.committeeId);
    const items = listAgendaItems(db, id);
    const before = itemsBeforeMeetingInYear(db, meeting, municipalYearBounds(meeting.date).first);
    const minuteNumbers = Object.fromEntries(
      items.map((item) => [
        item.id,
        formatMinuteNumber(committee.numberingScheme, before + item.number, meeting.date),
      ]),
    );
    return { meeting, committee, items, minuteNumbers };
  },
  'meetings.create': ({ committeeId, date, startTime, venue }, { db }) => {
    const committee = getCommittee(db, committeeId);
    return createMeeting(db, { committeeId, date, startTime, venue: venue ?? committee.defaultVenue });
  },
  'meetings.update': ({ id, ...patch }, { db }) => updateMeeting(db, id, patch),
  'meetings.delete': ({ id }, { db }) => {
    deleteMeeting(db, id);
    return { id };
  },

  'items.get': ({ id }, { db }) => getAgendaItem(db, id),
  'items.create': (input, { db }) => {
    getMeeting(db, input.meetingId);
    checkPerson(db, input.leadOfficerId);
    return createAgendaItem(db, input);
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
  'decisions.create': (input, { db }) => {
    getAgendaItem(db, input.itemId);
    return createDecision(db, input);
  },
  'decisions.update': ({ id, clauses, ...patch }, { db }) => {
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
  'items.move': ({ id, toNumber }, { db }) => moveAgendaItem(db, id, toNumber),
} satisfies Partial<Handlers>;

/** The person named (lead officer, mover, seconder) must be in the directory. */
function checkPerson(db: Db, personId: string | null | undefined): void {
  if (personId) getPerson(db, personId);
}

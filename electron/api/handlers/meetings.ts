import { formatMinuteNumber, municipalYearBounds } from '../../../shared/numbering';
import { AppError } from '../../../shared/result';
import {
  createAgendaItem,
  deleteAgendaItem,
  getAgendaItem,
  itemsBeforeMeetingInYear,
  listAgendaItems,
  moveAgendaItem,
  publishedNumbers,
  updateAgendaItem,
} from '../../store/agendaItems';
import { getCommittee } from '../../store/committees';
import { createMeeting, deleteMeeting, getMeeting, updateMeeting } from '../../store/meetings';
import type { MeetingDetail } from '../../../shared/domain';
import type { Db } from '../../store/database';
import type { Handlers } from '../router';
import { checkPerson } from './checks';

export function meetingDetail(db: Db, id: string): MeetingDetail {
  const meeting = getMeeting(db, id);
  const committee = getCommittee(db, meeting.committeeId);
  const items = listAgendaItems(db, id);
  const before = itemsBeforeMeetingInYear(db, meeting, municipalYearBounds(meeting.date).first);
  const published = publishedNumbers(db, id);
  const minuteNumbers = Object.fromEntries(
    items.map((item) => [
      item.id,
      published[item.id] ?? formatMinuteNumber(committee.numberingScheme, before + item.number, meeting.date),
    ]),
  );
  return { meeting, committee, items, minuteNumbers };
}

export const meetingHandlers = {
  'meetings.get': ({ id }, { db }) => meetingDetail(db, id),
  'meetings.create': ({ committeeId, date, startTime, venue }, { db }) => {
    const committee = getCommittee(db, committeeId);
    return createMeeting(db, { committeeId, date, startTime, venue: venue ?? committee.defaultVenue });
  },
  'meetings.update': ({ id, ...patch }, { db }) => {
    checkPerson(db, patch.contactOfficerId);
    return updateMeeting(db, id, patch);
  },
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
  'items.move': ({ id, toNumber }, { db }) => moveAgendaItem(db, id, toNumber),
} satisfies Partial<Handlers>;

// A meeting's publication and deadlines.
import { getAgendaItem } from '../../store/agendaItems';
import { keyDecisionsOfMeeting } from '../../store/keyDecisions';
import {
  publishAgenda,
  publishNote,
  readMeetingDeadlines,
  setItemPublication,
} from '../../store/publication';
import type { Handlers } from '../context';

export const publicationHandlers = {
  'publication.get': ({ meetingId }, { db }) => ({
    ...readMeetingDeadlines(db, meetingId),
    keyDecisionItems: [...keyDecisionsOfMeeting(db, meetingId).keys()],
  }),
  'publication.publishAgenda': ({ meetingId, publishedOn }, { db }) => {
    publishAgenda(db, meetingId, publishedOn);
    return readMeetingDeadlines(db, meetingId);
  },
  'publication.setItem': ({ itemId, publishedOn, urgencyReason }, { db }) => {
    setItemPublication(db, itemId, { publishedOn, urgencyReason });
    return readMeetingDeadlines(db, getAgendaItem(db, itemId).meetingId);
  },
  'publication.publishNote': ({ meetingId, publishedOn }, { db }) => {
    publishNote(db, meetingId, publishedOn);
    return readMeetingDeadlines(db, meetingId);
  },
} satisfies Partial<Handlers>;

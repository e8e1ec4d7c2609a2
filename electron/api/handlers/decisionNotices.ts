// Decision notices and call-ins.
import {
  deleteCallIn,
  readDecisionNotices,
  recordCallIn,
  saveDecisionNotice,
  updateCallIn,
} from '../../store/decisionNotices';
import { localToday } from '../../store/houseCalendar';
import type { Handlers } from '../context';

export const decisionNoticesHandlers = {
  'decisionNotices.list': ({ meetingId, today }, { db }) =>
    readDecisionNotices(db, meetingId, today ?? localToday()),
  'decisionNotices.save': ({ decisionId, ...patch }, { db }) =>
    readDecisionNotices(db, saveDecisionNotice(db, decisionId, patch), localToday()),
  'callIns.record': ({ decisionId, ...input }, { db }) => recordCallIn(db, decisionId, input),
  'callIns.update': ({ id, ...patch }, { db }) => updateCallIn(db, id, patch),
  'callIns.delete': ({ id }, { db }) => {
    deleteCallIn(db, id);
    return { id };
  },
} satisfies Partial<Handlers>;

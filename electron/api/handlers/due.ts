// "What is due".
import { whatIsDue } from '../../store/due';
import { localToday } from '../../store/houseCalendar';
import type { Handlers } from '../context';

export const dueHandlers = {
  'due.list': ({ today }, { db }) => whatIsDue(db, today ?? localToday()),
} satisfies Partial<Handlers>;

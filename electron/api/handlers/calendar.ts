// The council's calendar settings.
import { getHouseCalendar, saveHouseCalendar } from '../../store/houseCalendar';
import type { Handlers } from '../context';

export const calendarHandlers = {
  'calendar.get': (_input, { db }) => {
    const { value, version } = getHouseCalendar(db);
    return { calendar: value, version };
  },
  'calendar.save': ({ calendar, baseVersion }, { db }) => {
    const { value, version } = saveHouseCalendar(db, calendar, baseVersion);
    return { calendar: value, version };
  },
} satisfies Partial<Handlers>;

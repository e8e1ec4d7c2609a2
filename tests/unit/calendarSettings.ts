// The four nations' calendar settings the calendar tests count with.
import { calendarSettings } from '../../shared/calendar';

export const england = calendarSettings('england');
export const wales = calendarSettings('wales');
export const scotland = calendarSettings('scotland');
export const ni = calendarSettings('ni');
export const settingsOf = { england, wales, scotland, ni } as const;

// The council's own calendar settings, kept with the house settings (one per data file): its
// closure days (a Christmas shutdown) and whether its constitution counts clear days on working days
// only. With a committee's nation they make the CalendarSettings every deadline is counted on.
import { type CalendarSettings, type IsoDate, type Nation, calendarSettings } from '../calendar';

export interface HouseCalendar {
  /** Days the council's offices are closed besides weekends and bank holidays, in date order. */
  closureDays: IsoDate[];
  /** True (the default): clear days leave out weekends, bank holidays and closure days. */
  clearDaysExcludeNonWorkingDays: boolean;
}

export const defaultHouseCalendar: HouseCalendar = {
  closureDays: [],
  clearDaysExcludeNonWorkingDays: true,
};

/** In date order, each day once. */
export const normaliseClosureDays = (days: readonly IsoDate[]): IsoDate[] => [...new Set(days)].sort();

/** The settings a committee's deadlines are counted on: its nation, with the council's calendar. */
export function settingsFor(nation: Nation, house: HouseCalendar): CalendarSettings {
  return calendarSettings(nation, {
    closureDays: house.closureDays,
    clearDaysExcludeNonWorkingDays: house.clearDaysExcludeNonWorkingDays,
  });
}

// The council's own calendar settings, kept with the house settings (one per data file): its
// closure days (a Christmas shutdown) and whether its constitution counts clear days on working days
// only. With a committee's nation they make the CalendarSettings every deadline is counted on.
import { z } from 'zod';
import {
  type CalendarSettings,
  type IsoDate,
  type Nation,
  calendarSettings,
  firstBankHolidayYear,
  isIsoDate,
  lastBankHolidayYear,
} from '../calendar';

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

/** A date the calendar can count on: written YYYY-MM-DD, in a year whose bank holidays it knows. */
export const calendarDate = (label: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${label} is missing.` : `${label} must be text like 2026-03-15.`,
    })
    .refine(isIsoDate, { error: `${label} must be a real date written YYYY-MM-DD, e.g. 2026-03-15.` })
    .refine(
      (value) => {
        const year = Number(value.slice(0, 4));
        return !isIsoDate(value) || (year >= firstBankHolidayYear && year <= lastBankHolidayYear);
      },
      {
        error: `${label} must fall between ${firstBankHolidayYear} and ${lastBankHolidayYear}, the years whose bank holidays Minutebook knows.`,
      },
    );

export const houseCalendarFields = {
  closureDays: z
    .array(calendarDate('A closure day'))
    .max(1000, { error: 'At most 1,000 closure days can be kept.' }),
  clearDaysExcludeNonWorkingDays: z.boolean({
    error: 'Whether clear days leave out weekends and holidays is true or false.',
  }),
};

/** Stored settings read back: anything missing or no longer valid falls back to the default. */
export function houseCalendarFrom(stored: unknown): HouseCalendar {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const closure = houseCalendarFields.closureDays.safeParse(record.closureDays);
  const counting = houseCalendarFields.clearDaysExcludeNonWorkingDays.safeParse(
    record.clearDaysExcludeNonWorkingDays,
  );
  return {
    closureDays: closure.success ? normaliseClosureDays(closure.data) : [],
    clearDaysExcludeNonWorkingDays: counting.success ? counting.data : true,
  };
}

/** In date order, each day once. */
export const normaliseClosureDays = (days: readonly IsoDate[]): IsoDate[] => [...new Set(days)].sort();

/** The settings a committee's deadlines are counted on: its nation, with the council's calendar. */
export function settingsFor(nation: Nation, house: HouseCalendar): CalendarSettings {
  return calendarSettings(nation, {
    closureDays: house.closureDays,
    clearDaysExcludeNonWorkingDays: house.clearDaysExcludeNonWorkingDays,
  });
}

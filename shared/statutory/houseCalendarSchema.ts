// The council's calendar settings' validation: the zod schemas of a date the calendar can count on
// and of the settings, and stored settings read back. Apart from houseCalendar.ts (and not exported
// from shared/statutory) so that the renderer loads without zod.
import { z } from 'zod';
import { firstBankHolidayYear, isIsoDate, lastBankHolidayYear } from '../calendar';
import { normaliseClosureDays, type HouseCalendar } from './houseCalendar';

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

// Working days: Monday to Friday, except the nation's bank holidays and the council's closure days.
// The loops run on day numbers against sets built once per nation and per list of closure days.
import { bankHolidayDays, checkDayKnown } from './bankHolidays';
import { type IsoDate, fromDayNumber, toDayNumber, weekdayNames, weekdayOf } from './isoDate';
import { type CalendarSettings, calendarSettingsProblems } from './settings';

const closureSets = new WeakMap<readonly IsoDate[], ReadonlySet<number>>();

/** The closure days as day numbers; throws on a closure day that is not a date. */
function closureDaysOf(settings: CalendarSettings): ReadonlySet<number> {
  let closures = closureSets.get(settings.closureDays);
  if (!closures) {
    const problems = calendarSettingsProblems(settings);
    if (problems.length > 0) throw new RangeError(`Calendar settings: ${problems.join('; ')}`);
    closures = new Set(settings.closureDays.map(toDayNumber));
    closureSets.set(settings.closureDays, closures);
  }
  return closures;
}

/** Why day number `day` is not a working day, or undefined when it is one. */
export function nonWorkingReasonOfDay(day: number, settings: CalendarSettings): string | undefined {
  checkDayKnown(day);
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return weekdayNames[weekday];
  const holiday = bankHolidayDays(settings.nation).get(day);
  if (holiday) return holiday;
  if (closureDaysOf(settings).has(day)) return 'council closure day';
  return undefined;
}

/** isWorkingDay on a day number. */
export function isWorkingDayNumber(day: number, settings: CalendarSettings): boolean {
  return nonWorkingReasonOfDay(day, settings) === undefined;
}

/**
 * Why a day is not a working day, in words ('Saturday', 'Good Friday', 'council closure day'),
 * or undefined when it is one. A bank holiday on a weekend is reported as the weekend day.
 */
export function nonWorkingReason(date: IsoDate, settings: CalendarSettings): string | undefined {
  return nonWorkingReasonOfDay(toDayNumber(date), settings);
}

/** True on a weekday that is neither a bank holiday in the nation nor a council closure day. */
export function isWorkingDay(date: IsoDate, settings: CalendarSettings): boolean {
  return nonWorkingReason(date, settings) === undefined;
}

/** addWorkingDays on day numbers. */
export function addWorkingDayNumbers(day: number, n: number, settings: CalendarSettings): number {
  if (!Number.isInteger(n)) throw new RangeError(`${n} is not a whole number of working days`);
  const step = n < 0 ? -1 : 1;
  for (let counted = 0; counted < Math.abs(n);) {
    day += step;
    if (isWorkingDayNumber(day, settings)) counted += 1;
  }
  return day;
}

/**
 * The nth working day after `date` (n > 0) or before it (n < 0), not counting `date` itself,
 * whether or not it is a working day; `date` itself when n is 0. Publication on a Thursday plus
 * 5 working days is the next Thursday when no holiday falls between.
 */
export function addWorkingDays(date: IsoDate, n: number, settings: CalendarSettings): IsoDate {
  return fromDayNumber(addWorkingDayNumbers(toDayNumber(date), n, settings));
}

/**
 * The nth working day of a period "beginning with" `date` (n ≥ 1): `date` counts as the first
 * when it is a working day. "Before the end of seven working days beginning with the day on which
 * the meeting is held" is nthWorkingDayFrom(meeting, 7).
 */
export function nthWorkingDayFrom(date: IsoDate, n: number, settings: CalendarSettings): IsoDate {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`${n} is not a whole number of working days from 1`);
  return fromDayNumber(addWorkingDayNumbers(toDayNumber(date) - 1, n, settings));
}

/** `date` when it is a working day, else the working day before it. */
export function workingDayOnOrBefore(date: IsoDate, settings: CalendarSettings): IsoDate {
  return isWorkingDay(date, settings) ? date : addWorkingDays(date, -1, settings);
}

/** `date` when it is a working day, else the working day after it. */
export function workingDayOnOrAfter(date: IsoDate, settings: CalendarSettings): IsoDate {
  return isWorkingDay(date, settings) ? date : addWorkingDays(date, 1, settings);
}

/**
 * The weekdays from `from` to `to`, both included, that are not working days (bank holidays and
 * closure days), with the reason for each: what a deadline skipped over, for showing the officer.
 */
export function holidaysBetween(
  from: IsoDate,
  to: IsoDate,
  settings: CalendarSettings,
): { date: IsoDate; reason: string }[] {
  const skipped: { date: IsoDate; reason: string }[] = [];
  for (let day = toDayNumber(from); day <= toDayNumber(to); day += 1) {
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) continue;
    const reason = nonWorkingReasonOfDay(day, settings);
    if (reason) skipped.push({ date: fromDayNumber(day), reason });
  }
  return skipped;
}

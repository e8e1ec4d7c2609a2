// Clear days: the whole days between publishing a document and the meeting (or decision) it is
// for. The day of publication and the day of the meeting are never clear days (R v Hereford
// Justices (1820), approved in R v Swansea City Council, ex p Elitestone Ltd (1993)). Whether
// weekends, bank holidays and closure days count is settled by neither statute nor case law and
// constitutions differ: by default they do not (the cautious reading, and the one most
// constitutions write down); `clearDaysExcludeNonWorkingDays: false` counts every calendar day.
import { checkDayKnown } from './bankHolidays';
import { type IsoDate, fromDayNumber, toDayNumber } from './isoDate';
import type { CalendarSettings } from './settings';
import { addWorkingDayNumbers, isWorkingDayNumber } from './workingDays';

function isClearDayNumber(day: number, settings: CalendarSettings): boolean {
  if (settings.clearDaysExcludeNonWorkingDays) return isWorkingDayNumber(day, settings);
  checkDayKnown(day);
  return true;
}

/** True when a day between publication and meeting counts towards the clear days. */
export function isClearDay(date: IsoDate, settings: CalendarSettings): boolean {
  return isClearDayNumber(toDayNumber(date), settings);
}

/**
 * The clear days between publication and the meeting: the days strictly between them that count.
 * 0 when the meeting is the day after publication, the same day, or earlier.
 */
export function clearDaysBetween(published: IsoDate, meeting: IsoDate, settings: CalendarSettings): number {
  let clear = 0;
  const last = toDayNumber(meeting);
  for (let day = toDayNumber(published) + 1; day < last; day += 1) {
    if (isClearDayNumber(day, settings)) clear += 1;
  }
  return clear;
}

/**
 * The latest date to publish so that at least `clearDays` clear days fall before the meeting.
 * It is always a working day (the office publishes on working days): when the last possible
 * calendar day is a weekend, bank holiday or closure day, it is the working day before that.
 * With the default settings exactly `clearDays` clear days then lie between it and the meeting.
 */
export function publishBy(meeting: IsoDate, clearDays: number, settings: CalendarSettings): IsoDate {
  if (!Number.isInteger(clearDays) || clearDays < 0) {
    throw new RangeError(`${clearDays} is not a whole number of clear days`);
  }
  let day = toDayNumber(meeting);
  for (let counted = 0; counted < clearDays;) {
    day -= 1;
    if (isClearDayNumber(day, settings)) counted += 1;
  }
  // The latest working day before the earliest clear day.
  day -= 1;
  return fromDayNumber(isWorkingDayNumber(day, settings) ? day : addWorkingDayNumbers(day, -1, settings));
}

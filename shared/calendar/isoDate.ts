// Calendar dates as ISO strings ('2023-04-07') and whole day numbers, with no time of day and no
// time zone. Every calculation in the calendar is integer arithmetic on day numbers (days since
// Thursday 1 January 1970); Date is used only, in UTC, to turn a day number into year-month-day
// and back, so summer time and the machine's zone can never move a date.

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

const msPerDay = 86_400_000;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real date written YYYY-MM-DD (so '2023-02-29' is not). */
export function isIsoDate(text: string): boolean {
  const match = isoPattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day number of a date; throws a RangeError naming the value when it is not a date. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`'${date}' is not a date written YYYY-MM-DD`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / msPerDay;
}

/** The date of a day number. */
export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * msPerDay).toISOString().slice(0, 10);
}

/** The date `days` calendar days after (or, when negative, before) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to`: 1 from a day to the next, negative when `to` is earlier. */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 for Sunday … 6 for Saturday (day 0, 1 January 1970, was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export const weekdayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** True on Saturdays and Sundays. */
export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(toDayNumber(date));
  return weekday === 0 || weekday === 6;
}

/** The year of a date, as a number. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

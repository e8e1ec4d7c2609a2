// The bank holidays of each nation: the library's table (bankHolidays.data.ts) with the corrections
// applied, held by day number. A weekend day that is also a holiday (New Year's Day on a Saturday)
// stays listed, as the library lists it; its substitute weekday is listed as well.
import { bankHolidayCorrections, isRuledOut } from './bankHolidayCorrections';
import { firstYear, lastYear, libraryBankHolidays } from './bankHolidays.data';
import { type IsoDate, fromDayNumber, toDayNumber } from './isoDate';
import type { Nation } from './settings';

export { firstYear as firstBankHolidayYear, lastYear as lastBankHolidayYear };

export interface BankHoliday {
  date: IsoDate;
  name: string;
}

const firstKnownDay = toDayNumber(`${firstYear}-01-01`);
const lastKnownDay = toDayNumber(`${lastYear}-12-31`);
const letters: Record<Nation, string> = { england: 'E', wales: 'W', scotland: 'S', ni: 'N' };
const byNation = new Map<Nation, ReadonlyMap<number, string>>();

/** The nation's bank holidays by day number, built once. */
export function bankHolidayDays(nation: Nation): ReadonlyMap<number, string> {
  const built = byNation.get(nation);
  if (built) return built;
  const holidays = new Map<number, string>();
  for (const [date, nationLetters, name] of libraryBankHolidays) {
    if (!nationLetters.includes(letters[nation]) || isRuledOut(date, nation, name)) continue;
    const day = toDayNumber(date);
    // Two names on one date (a holiday and another's substitute): keep both, in words.
    const existing = holidays.get(day);
    holidays.set(day, existing ? `${existing} and ${name}` : name);
  }
  for (const correction of bankHolidayCorrections) {
    if (!correction.nations.includes(nation)) continue;
    if (correction.change === 'add') holidays.set(toDayNumber(correction.date), correction.name);
    else holidays.delete(toDayNumber(correction.date));
  }
  byNation.set(nation, holidays);
  return holidays;
}

/** Throws a RangeError, in words, for a day whose year the calendar does not know. */
export function checkDayKnown(day: number): void {
  if (day < firstKnownDay || day > lastKnownDay) {
    throw new RangeError(
      `Bank holidays are known for ${firstYear} to ${lastYear}; ${fromDayNumber(day)} is outside those years`,
    );
  }
}

/** The name of the bank holiday on a date in a nation, or undefined when it is not one. */
export function bankHoliday(date: IsoDate, nation: Nation): string | undefined {
  const day = toDayNumber(date);
  checkDayKnown(day);
  return bankHolidayDays(nation).get(day);
}

/** The bank holidays of a year in a nation, in date order. */
export function bankHolidaysIn(year: number, nation: Nation): BankHoliday[] {
  const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
  checkDayKnown(first);
  const last = toDayNumber(`${year}-12-31`);
  return [...bankHolidayDays(nation)]
    .filter(([day]) => day >= first && day <= last)
    .sort(([a], [b]) => a - b)
    .map(([day, name]) => ({ date: fromDayNumber(day), name }));
}

// The working-day and clear-day calendar (shared/calendar) against worked examples counted by hand:
// each test's name says which days were counted, so a reader can check it on a wall calendar.
// Here: working days and each nation's bank holidays, checked against rules written out by hand.
import { describe, expect, it } from 'vitest';
import { bankHolidaysFromLibrary } from '../../build/bank-holidays';
import {
  type Nation,
  addWorkingDays,
  bankHoliday,
  bankHolidayCorrections,
  bankHolidaysIn,
  calendarSettings,
  callInPeriod,
  deadlinesReport,
  fromDayNumber,
  isWorkingDay,
  nations,
  nonWorkingReason,
  parseNation,
  toDayNumber,
  weekdayOf,
} from '../../shared/calendar';
import { libraryBankHolidays } from '../../shared/calendar/bankHolidays.data';
import { england, wales, scotland, ni } from './calendarSettings';

describe('working days', () => {
  it('Thu 6 April 2023 + 1 working day is Tue 11 in England (Good Friday 7, Easter Monday 10) but Mon 10 in Scotland', () => {
    expect(addWorkingDays('2023-04-06', 1, england)).toBe('2023-04-11');
    expect(addWorkingDays('2023-04-06', 1, scotland)).toBe('2023-04-10');
    expect(addWorkingDays('2023-04-11', -1, england)).toBe('2023-04-06');
    expect(addWorkingDays('2023-04-08', 0, england)).toBe('2023-04-08');
  });

  it('knows the 2022 and 2023 one-off holidays in all four nations, and that Mon 30 May 2022 was a working day', () => {
    for (const settings of [england, wales, scotland, ni]) {
      expect(isWorkingDay('2022-05-30', settings)).toBe(true);
      expect(nonWorkingReason('2022-06-02', settings)).toBe('Spring bank holiday');
      expect(nonWorkingReason('2022-06-03', settings)).toBe('Queen’s Platinum Jubilee');
      expect(nonWorkingReason('2022-09-19', settings)).toBe("Queen Elizabeth's Funeral Day");
      expect(nonWorkingReason('2023-05-08', settings)).toBe("King Charles III's Coronation");
      expect(nonWorkingReason('2023-05-13', settings)).toBe('Saturday');
    }
  });

  // The weekday bank holidays of 2022 and 2023 as GOV.UK lists them.
  const govUk: Record<string, string> = {
    'england 2022': '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
    'wales 2022': '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
    'scotland 2022': '01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27',
    'ni 2022': '01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27',
    'england 2023': '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
    'wales 2023': '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
    'scotland 2023': '01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26',
    'ni 2023': '01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26',
  };
  it.each(Object.entries(govUk))('%s: the weekday bank holidays are %s', (key, expected) => {
    const [nation, year] = key.split(' ') as [Nation, string];
    const weekdays = bankHolidaysIn(Number(year), nation)
      .filter(({ date }) => ![0, 6].includes(weekdayOf(toDayNumber(date))))
      .map(({ date }) => date.slice(5));
    expect(weekdays.join(' ')).toBe(expected);
  });

  it('matches the rules written out independently for every year 2000–2070, in all four nations', () => {
    for (const nation of nations) {
      for (let year = 2000; year <= 2070; year += 1) {
        const calendar = bankHolidaysIn(year, nation)
          .map(({ date }) => date)
          .filter((date) => ![0, 6].includes(weekdayOf(toDayNumber(date))));
        expect(calendar, `${nation} ${year}`).toEqual(statutoryWeekdayHolidays(year, nation));
      }
    }
  });

  it('corrects the library: Royal Wedding 29 April 2011, Spring bank holiday 4 June 2012 (not 28 May), Golden Jubilee 3–4 June 2002, no St Andrew’s Day before 2007', () => {
    expect(isWorkingDay('2011-04-29', england)).toBe(false);
    expect(isWorkingDay('2012-05-28', scotland)).toBe(true);
    expect(nonWorkingReason('2012-06-04', ni)).toBe('Spring bank holiday');
    expect(isWorkingDay('2012-06-05', wales)).toBe(false);
    expect(isWorkingDay('2002-05-27', england)).toBe(true);
    expect([isWorkingDay('2002-06-03', england), isWorkingDay('2002-06-04', england)]).toEqual([
      false,
      false,
    ]);
    expect(bankHoliday('2005-11-30', 'scotland')).toBeUndefined();
    expect(bankHoliday('2007-11-30', 'scotland')).toBe('St Andrew’s Day');
  });

  it('has the bank holidays the installed date-holidays gives (after an upgrade: npx tsx build/bank-holidays.ts)', () => {
    expect(bankHolidaysFromLibrary()).toEqual(libraryBankHolidays);
  });

  it('still needs every correction (delete one the library has come to agree with)', () => {
    const letter = { england: 'E', wales: 'W', scotland: 'S', ni: 'N' } as const;
    for (const correction of bankHolidayCorrections) {
      for (const nation of correction.nations) {
        const inLibrary = libraryBankHolidays.some(
          ([date, letters]) => date === correction.date && letters.includes(letter[nation]),
        );
        expect(inLibrary, `${correction.date} ${nation}`).toBe(correction.change === 'remove');
      }
    }
  });

  it('refuses what it cannot answer, in words', () => {
    expect(() => isWorkingDay('2023-02-29', england)).toThrow(
      "'2023-02-29' is not a date written YYYY-MM-DD",
    );
    expect(() => isWorkingDay('1999-12-31', england)).toThrow('Bank holidays are known for 2000 to 2070');
    expect(() =>
      isWorkingDay('2023-06-12', calendarSettings('england', { closureDays: ['27/12/2023'] })),
    ).toThrow("closure day '27/12/2023'");
    expect(() => callInPeriod('2023-06-12', 0, england)).toThrow('whole number of working days');
    expect(() => deadlinesReport({ date: '2023-06-12', nation: 'mercia' as Nation })).toThrow(
      "'mercia' is not a nation",
    );
    expect(parseNation('Northern Ireland')).toBe('ni');
    expect(parseNation('GB-SCT')).toBe('scotland');
    expect(parseNation('Mercia')).toBeUndefined();
  });
});

/**
 * The weekday bank holidays of a year from the Banking and Financial Dealings Act 1971 schedule
 * and the proclamations, written out without the library: fixed days that fall at a weekend move
 * to the next weekday not already a holiday; then the one-off changes.
 */
function statutoryWeekdayHolidays(year: number, nation: Nation): string[] {
  const day = (month: number, date: number) =>
    toDayNumber(`${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
  const weekday = (d: number) => weekdayOf(d);
  const nthMonday = (month: number, n: number) => {
    const first = day(month, 1);
    return first + ((8 - weekday(first)) % 7) + 7 * (n - 1);
  };
  const lastMonday = (month: number) => {
    const last = day(month + 1, 1) - 1;
    return last - ((weekday(last) + 6) % 7);
  };
  // Easter Sunday (anonymous Gregorian computus).
  const a = year % 19,
    b = Math.floor(year / 100),
    c = year % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const easter = day(Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);

  const fixed = [day(1, 1)];
  if (nation === 'scotland') fixed.push(day(1, 2));
  if (nation === 'ni') fixed.push(day(3, 17), day(7, 12));
  if (nation === 'scotland' && year >= 2007) fixed.push(day(11, 30));
  fixed.push(day(12, 25), day(12, 26));
  const holidays = new Set<number>();
  for (const date of fixed) {
    let moved = date;
    while (weekday(moved) === 0 || weekday(moved) === 6 || holidays.has(moved)) moved += 1;
    holidays.add(moved);
  }
  holidays.add(easter - 2);
  if (nation !== 'scotland') holidays.add(easter + 1);
  holidays.add(nthMonday(5, 1));
  holidays.add(lastMonday(5));
  holidays.add(nation === 'scotland' ? nthMonday(8, 1) : lastMonday(8));

  const oneOffs: Record<number, { remove: string[]; add: string[] }> = {
    2002: { remove: ['05-27'], add: ['06-03', '06-04'] },
    2011: { remove: [], add: ['04-29'] },
    2012: { remove: ['05-28'], add: ['06-04', '06-05'] },
    2020: { remove: ['05-04'], add: ['05-08'] },
    2022: { remove: ['05-30'], add: ['06-02', '06-03', '09-19'] },
    2023: { remove: [], add: ['05-08'] },
  };
  for (const md of oneOffs[year]?.remove ?? []) holidays.delete(toDayNumber(`${year}-${md}`));
  for (const md of oneOffs[year]?.add ?? []) holidays.add(toDayNumber(`${year}-${md}`));
  return [...holidays].sort((x, y) => x - y).map(fromDayNumber);
}

// Where the bank holidays from date-holidays (bankHolidays.data.ts) are wrong, and what they should
// be. date-holidays 3.37 agrees, for every year 2000–2070 in all four nations, with the statutory
// rules written out independently in tests/unit/calendar-bank-holidays.test.ts (fixed days and
// their substitute days, Easter, the May and August Mondays, Scotland's 2 January and St Andrew's
// Day, Northern Ireland's 17 March and 12 July), including the one-off holidays of 2020 (Early
// May bank holiday moved to Friday 8 May, VE Day), 2022 (Spring bank holiday moved to Thursday 2
// June, Platinum Jubilee Friday 3 June, State Funeral Monday 19 September) and 2023 (Coronation
// Monday 8 May).
// It misses these, all UK-wide:
//   - 2002: the Spring bank holiday moved from Monday 27 May to Tuesday 4 June, and Monday 3 June
//     was the Golden Jubilee holiday (the library has neither);
//   - 2011: Friday 29 April, the Royal Wedding (missing);
//   - 2012: the Spring bank holiday moved from Monday 28 May to Monday 4 June (the library keeps
//     28 May; it has the Diamond Jubilee on Tuesday 5 June);
// and it gives Scotland St Andrew's Day before 2007, when the St Andrew's Day Bank Holiday
// (Scotland) Act 2007 made it one.
//
// A future one-off holiday (a proclamation the installed library does not know yet) is added here
// with its reason until the library has it; a test says when a correction is no longer needed.
import type { Nation } from './settings';

export interface BankHolidayCorrection {
  date: string;
  nations: readonly Nation[];
  /** 'add' a bank holiday the library lacks, or 'remove' one it has that was not. */
  change: 'add' | 'remove';
  name: string;
  why: string;
}

const uk: readonly Nation[] = ['england', 'wales', 'scotland', 'ni'];

export const bankHolidayCorrections: readonly BankHolidayCorrection[] = [
  {
    date: '2002-05-27',
    nations: uk,
    change: 'remove',
    name: 'Spring bank holiday',
    why: 'moved to Tuesday 4 June 2002 for the Golden Jubilee',
  },
  { date: '2002-06-03', nations: uk, change: 'add', name: 'Golden Jubilee', why: 'one-off, by proclamation' },
  {
    date: '2002-06-04',
    nations: uk,
    change: 'add',
    name: 'Spring bank holiday',
    why: 'moved from Monday 27 May 2002',
  },
  { date: '2011-04-29', nations: uk, change: 'add', name: 'Royal Wedding', why: 'one-off, by proclamation' },
  {
    date: '2012-05-28',
    nations: uk,
    change: 'remove',
    name: 'Spring bank holiday',
    why: 'moved to Monday 4 June 2012 for the Diamond Jubilee',
  },
  {
    date: '2012-06-04',
    nations: uk,
    change: 'add',
    name: 'Spring bank holiday',
    why: 'moved from Monday 28 May 2012',
  },
];

/** St Andrew's Day became a Scottish bank holiday by the St Andrew's Day Bank Holiday (Scotland) Act 2007. */
export const stAndrewsDayFirstYear = 2007;

/** True for a day the library gives that was not a bank holiday by a rule rather than a date. */
export function isRuledOut(date: string, nation: Nation, name: string): boolean {
  return (
    nation === 'scotland' && name.startsWith('St Andrew') && Number(date.slice(0, 4)) < stAndrewsDayFirstYear
  );
}

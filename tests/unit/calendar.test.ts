// The working-day and clear-day calendar (shared/calendar) against worked examples counted by hand:
// each test's name says which days were counted, so a reader can check it on a wall calendar.
import { describe, expect, it } from 'vitest';
import { bankHolidaysFromLibrary } from '../../build/bank-holidays';
import {
  type Nation,
  addWorkingDays,
  agendaPublishBy,
  bankHoliday,
  bankHolidayCorrections,
  bankHolidaysIn,
  calendarSettings,
  callInPeriod,
  clearDaysBetween,
  deadlinesReport,
  formatDeadlinesReport,
  fromDayNumber,
  isWorkingDay,
  keyDecisionNoticeBy,
  nations,
  nonWorkingReason,
  parseNation,
  privateMeetingNoticesBy,
  publishBy,
  toDayNumber,
  welshNoteDue,
  weekdayOf,
} from '../../shared/calendar';
import { libraryBankHolidays } from '../../shared/calendar/bankHolidays.data';

const england = calendarSettings('england');
const wales = calendarSettings('wales');
const scotland = calendarSettings('scotland');
const ni = calendarSettings('ni');
const settingsOf = { england, wales, scotland, ni } as const;

describe('agenda publication: the latest working day giving the clear days before the meeting', () => {
  // [nation, meeting, clear days, publish by, the clear days counted back from the meeting]
  const examples: [Nation, string, number, string, string][] = [
    // Easter
    [
      'england',
      '2023-04-13',
      5,
      '2023-04-03',
      'Wed 12, Tue 11, Thu 6, Wed 5, Tue 4; not Easter Mon 10 or Good Fri 7',
    ],
    [
      'scotland',
      '2023-04-13',
      3,
      '2023-04-06',
      'Wed 12, Tue 11, Mon 10 (Easter Monday works in Scotland); not Good Fri 7',
    ],
    ['wales', '2023-04-11', 3, '2023-04-03', 'Thu 6, Wed 5, Tue 4; not Easter Mon 10 or Good Fri 7'],
    // Christmas and New Year
    [
      'england',
      '2024-01-04',
      5,
      '2023-12-22',
      'Wed 3, Tue 2, Fri 29, Thu 28, Wed 27; then Tue 26 and Mon 25 are holidays, so Fri 22',
    ],
    [
      'scotland',
      '2024-01-04',
      3,
      '2023-12-27',
      'Wed 3, Fri 29, Thu 28; not Tue 2 January (Scotland) or Mon 1 January',
    ],
    ['england', '2024-01-04', 3, '2023-12-28', 'Wed 3, Tue 2 (a working day in England), Fri 29'],
    [
      'scotland',
      '2023-01-06',
      3,
      '2022-12-29',
      'Thu 5, Wed 4, Fri 30; not Tue 3 (substitute) or Mon 2 January',
    ],
    [
      'england',
      '2023-01-06',
      5,
      '2022-12-28',
      'Thu 5, Wed 4, Tue 3, Fri 30, Thu 29; not Mon 2 January (substitute)',
    ],
    [
      'ni',
      '2023-12-28',
      3,
      '2023-12-20',
      'Wed 27, Fri 22, Thu 21; not Boxing Day Tue 26 or Christmas Day Mon 25',
    ],
    // Spring and Summer bank holidays
    [
      'england',
      '2023-05-31',
      5,
      '2023-05-22',
      'Tue 30, Fri 26, Thu 25, Wed 24, Tue 23; not Spring bank holiday Mon 29',
    ],
    [
      'england',
      '2023-08-30',
      5,
      '2023-08-21',
      'Tue 29, Fri 25, Thu 24, Wed 23, Tue 22; not Summer bank holiday Mon 28 (last Monday)',
    ],
    ['wales', '2023-08-30', 3, '2023-08-23', 'Tue 29, Fri 25, Thu 24; not Summer bank holiday Mon 28'],
    ['ni', '2023-08-30', 3, '2023-08-23', 'Tue 29, Fri 25, Thu 24; not Summer bank holiday Mon 28'],
    ['scotland', '2023-08-30', 3, '2023-08-24', 'Tue 29, Mon 28 (a working day in Scotland), Fri 25'],
    [
      'scotland',
      '2023-08-09',
      3,
      '2023-08-02',
      'Tue 8, Fri 4, Thu 3; not Summer bank holiday Mon 7 (first Monday, Scotland)',
    ],
    ['england', '2023-08-09', 3, '2023-08-03', 'Tue 8, Mon 7 (a working day in England), Fri 4'],
    // A bank holiday in one nation only
    ['scotland', '2023-12-04', 3, '2023-11-27', 'Fri 1, Wed 29, Tue 28; not St Andrew’s Day Thu 30 November'],
    ['england', '2023-12-04', 3, '2023-11-28', 'Fri 1, Thu 30 (a working day in England), Wed 29'],
    [
      'scotland',
      '2024-12-05',
      3,
      '2024-11-28',
      'Wed 4, Tue 3, Fri 29; not Mon 2 December (St Andrew’s Day on Sat 30, substitute)',
    ],
    ['england', '2024-12-05', 3, '2024-11-29', 'Wed 4, Tue 3, Mon 2 (a working day in England)'],
    ['ni', '2023-03-21', 3, '2023-03-14', 'Mon 20, Thu 16, Wed 15; not St Patrick’s Day Fri 17 March'],
    ['england', '2023-03-21', 3, '2023-03-15', 'Mon 20, Fri 17 (a working day in England), Thu 16'],
    [
      'ni',
      '2024-03-20',
      3,
      '2024-03-13',
      'Tue 19, Fri 15, Thu 14; not Mon 18 (St Patrick’s Day on Sun 17, substitute)',
    ],
    ['ni', '2023-07-14', 3, '2023-07-07', 'Thu 13, Tue 11, Mon 10; not Wed 12 July (Battle of the Boyne)'],
    ['england', '2023-07-14', 3, '2023-07-10', 'Thu 13, Wed 12 (a working day in England), Tue 11'],
    // The one-off holidays of 2022 and 2023
    [
      'england',
      '2022-06-07',
      5,
      '2022-05-26',
      'Mon 6, Wed 1, Tue 31, Mon 30 May (not a holiday in 2022), Fri 27; not Thu 2 (Spring bank holiday moved) or Fri 3 June (Platinum Jubilee)',
    ],
    [
      'england',
      '2022-09-21',
      5,
      '2022-09-12',
      'Tue 20, Fri 16, Thu 15, Wed 14, Tue 13; not Mon 19 September (State Funeral)',
    ],
    [
      'england',
      '2023-05-10',
      5,
      '2023-04-28',
      'Tue 9, Fri 5, Thu 4, Wed 3, Tue 2; not Mon 8 May (Coronation); Mon 1 May is a holiday, so Fri 28 April',
    ],
    ['ni', '2023-05-10', 3, '2023-05-03', 'Tue 9, Fri 5, Thu 4; not Mon 8 May (Coronation)'],
  ];

  it.each(examples)(
    '%s, meeting %s, %i clear days: publish by %s (%s)',
    (nation, meeting, clear, expected) => {
      const settings = settingsOf[nation];
      expect(publishBy(meeting, clear, settings)).toBe(expected);
      expect(clearDaysBetween(expected, meeting, settings)).toBe(clear);
      // One working day later is too late.
      expect(clearDaysBetween(addWorkingDays(expected, 1, settings), meeting, settings)).toBeLessThan(clear);
    },
  );

  it('uses each nation’s statutory period: England 5 clear days, Wales, Scotland and Northern Ireland 3', () => {
    expect(agendaPublishBy('2023-04-13', england)).toBe('2023-04-03');
    expect(agendaPublishBy('2023-04-13', scotland)).toBe('2023-04-06');
    expect(agendaPublishBy('2023-04-11', wales)).toBe('2023-04-03');
    expect(agendaPublishBy('2023-03-21', ni)).toBe('2023-03-14');
  });

  it('Christmas shutdown 27–29 December 2023 as closure days, England, meeting Thu 4 January 2024: publish by Tue 19 December (Wed 3, Tue 2, Fri 22, Thu 21, Wed 20; not Mon 1 January, the closure days, Boxing Day or Christmas Day)', () => {
    const shutdown = calendarSettings('england', { closureDays: ['2023-12-27', '2023-12-28', '2023-12-29'] });
    expect(publishBy('2024-01-04', 5, shutdown)).toBe('2023-12-19');
    expect(nonWorkingReason('2023-12-28', shutdown)).toBe('council closure day');
  });

  it('counting weekends as clear days, England, meeting Wed 14 June 2023: publish by Thu 8 June (Tue 13, Mon 12, Sun 11, Sat 10, Fri 9), against Tue 6 June by default (Tue 13, Mon 12, Fri 9, Thu 8, Wed 7)', () => {
    const everyDay = calendarSettings('england', { clearDaysExcludeNonWorkingDays: false });
    expect(publishBy('2023-06-14', 5, everyDay)).toBe('2023-06-08');
    expect(publishBy('2023-06-14', 5, england)).toBe('2023-06-06');
  });

  it('counting weekends, meeting Fri 16 June 2023: the 5th clear day back is Sun 11, so the last day would be Sat 10; the office publishes Fri 9 (6 clear days)', () => {
    const everyDay = calendarSettings('england', { clearDaysExcludeNonWorkingDays: false });
    expect(publishBy('2023-06-16', 5, everyDay)).toBe('2023-06-09');
    expect(clearDaysBetween('2023-06-09', '2023-06-16', everyDay)).toBe(6);
  });

  it('counting weekends over Easter, England, meeting Thu 13 April 2023: Wed 12, Tue 11, Mon 10, Sun 9, Sat 8 count, Good Friday would be the day, so Thu 6 April', () => {
    const everyDay = calendarSettings('england', { clearDaysExcludeNonWorkingDays: false });
    expect(publishBy('2023-04-13', 5, everyDay)).toBe('2023-04-06');
  });

  it('counts no clear days when the meeting is the next day, the same day or earlier', () => {
    expect(clearDaysBetween('2023-06-12', '2023-06-13', england)).toBe(0);
    expect(clearDaysBetween('2023-06-13', '2023-06-13', england)).toBe(0);
    expect(clearDaysBetween('2023-06-14', '2023-06-13', england)).toBe(0);
    expect(clearDaysBetween('2023-04-06', '2023-04-13', scotland)).toBe(3);
    expect(clearDaysBetween('2023-04-06', '2023-04-13', england)).toBe(2);
  });

  it('holds for every meeting day of 2022–2024 in every nation: exactly the clear days from the deadline, fewer a working day later', () => {
    for (const nation of nations) {
      const settings = settingsOf[nation];
      for (let day = toDayNumber('2022-01-10'); day <= toDayNumber('2024-12-31'); day += 1) {
        const meeting = fromDayNumber(day);
        const deadline = agendaPublishBy(meeting, settings);
        expect(isWorkingDay(deadline, settings)).toBe(true);
        expect(clearDaysBetween(deadline, meeting, settings)).toBe(nation === 'england' ? 5 : 3);
        const later = addWorkingDays(deadline, 1, settings);
        expect(clearDaysBetween(later, meeting, settings)).toBeLessThan(nation === 'england' ? 5 : 3);
      }
    }
  });
});

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

describe('decision notices: call-in ends at 5 pm on the Nth working day after publication, effective the next working day', () => {
  // [nation, published, call-in days, ends, effective from, the working days counted]
  const examples: [Nation, string, number, string, string, string][] = [
    ['england', '2023-04-13', 5, '2023-04-20', '2023-04-21', 'Fri 14, Mon 17, Tue 18, Wed 19, Thu 20'],
    [
      'england',
      '2023-04-05',
      5,
      '2023-04-14',
      '2023-04-17',
      'Thu 6, Tue 11, Wed 12, Thu 13, Fri 14; not Good Fri 7 or Easter Mon 10',
    ],
    [
      'scotland',
      '2023-04-05',
      5,
      '2023-04-13',
      '2023-04-14',
      'Thu 6, Mon 10, Tue 11, Wed 12, Thu 13; not Good Fri 7',
    ],
    [
      'england',
      '2022-12-23',
      5,
      '2023-01-04',
      '2023-01-05',
      'Wed 28, Thu 29, Fri 30, Tue 3, Wed 4; not 26, 27 December or Mon 2 January',
    ],
    [
      'scotland',
      '2022-12-23',
      5,
      '2023-01-05',
      '2023-01-06',
      'Wed 28, Thu 29, Fri 30, Wed 4, Thu 5; not 26, 27 December, Mon 2 or Tue 3 January',
    ],
    [
      'scotland',
      '2022-09-15',
      5,
      '2022-09-23',
      '2022-09-26',
      'Fri 16, Tue 20, Wed 21, Thu 22, Fri 23; not Mon 19 (State Funeral)',
    ],
    [
      'ni',
      '2025-07-11',
      5,
      '2025-07-21',
      '2025-07-22',
      'Tue 15, Wed 16, Thu 17, Fri 18, Mon 21; not Mon 14 (12 July on a Saturday, substitute)',
    ],
    ['england', '2025-07-11', 5, '2025-07-18', '2025-07-21', 'Mon 14, Tue 15, Wed 16, Thu 17, Fri 18'],
    ['england', '2023-04-13', 8, '2023-04-25', '2023-04-26', 'Fri 14, Mon 17 … Fri 21, Mon 24, Tue 25'],
    [
      'england',
      '2023-05-26',
      4,
      '2023-06-02',
      '2023-06-05',
      'Tue 30, Wed 31, Thu 1, Fri 2; not Spring bank holiday Mon 29',
    ],
    ['england', '2023-06-10', 5, '2023-06-16', '2023-06-19', 'published on a Saturday: Mon 12 to Fri 16'],
  ];

  it.each(examples)(
    '%s, published %s, %i working days: ends 5 pm %s, effective %s (%s)',
    (nation, published, days, ends, effective) => {
      expect(callInPeriod(published, days, settingsOf[nation])).toEqual({
        published,
        callInDays: days,
        ends,
        endsAt: '17:00',
        effectiveFrom: effective,
      });
    },
  );

  it('Christmas shutdown 27–29 December 2023, published Fri 22 December, 5 days: Tue 2, Wed 3, Thu 4, Fri 5, Mon 8 January; effective Tue 9', () => {
    const shutdown = calendarSettings('england', { closureDays: ['2023-12-27', '2023-12-28', '2023-12-29'] });
    const callIn = callInPeriod('2023-12-22', 5, shutdown);
    expect([callIn.ends, callIn.effectiveFrom]).toEqual(['2024-01-08', '2024-01-09']);
  });
});

describe('key decisions, private meetings and the Welsh note of the meeting', () => {
  it('key decision on Thu 13 April 2023: notice by Wed 15 March (28 clear calendar days, 16 March to 12 April)', () => {
    expect(keyDecisionNoticeBy('2023-04-13', england)).toBe('2023-03-15');
    expect(keyDecisionNoticeBy('2024-01-02', england)).toBe('2023-12-04');
  });

  it('private meeting on Thu 13 April 2023: intention by Wed 15 March (28 clear days), reasons by Mon 3 April (5 clear working days)', () => {
    expect(privateMeetingNoticesBy('2023-04-13', england)).toEqual({
      intention: '2023-03-15',
      reasons: '2023-04-03',
    });
  });

  it('Welsh note within 7 working days beginning with the meeting: Mon 5 June 2023 → Tue 13 June (Mon 5 … Fri 9, Mon 12, Tue 13)', () => {
    expect(welshNoteDue('2023-06-05', wales)).toBe('2023-06-13');
  });

  it('Welsh note, meeting Thu 21 December 2023 → Wed 3 January 2024 (Thu 21, Fri 22, Wed 27, Thu 28, Fri 29, Tue 2, Wed 3)', () => {
    expect(welshNoteDue('2023-12-21', wales)).toBe('2024-01-03');
  });

  it('Welsh note, meeting on Saturday 10 June 2023 → Tue 20 June (Mon 12 … Fri 16, Mon 19, Tue 20)', () => {
    expect(welshNoteDue('2023-06-10', wales)).toBe('2023-06-20');
  });
});

describe('the deadlines report (minutebook deadlines)', () => {
  it('England, Thursday 13 April 2023, 5 days of call-in: the lines the command line prints', () => {
    const report = deadlinesReport({ date: '2023-04-13', nation: 'england' });
    expect(report.agenda.publishBy).toBe('2023-04-03');
    expect(report.callIn).toMatchObject({ ends: '2023-04-20', effectiveFrom: '2023-04-21' });
    expect(formatDeadlinesReport(report)).toEqual([
      'Meeting on Thursday 13 April 2023 (England)',
      '  Agenda and reports to be published by: Monday 3 April 2023',
      '    5 clear days, not counting weekends, bank holidays or closure days; Local Government Act 1972 s100B(3), five clear days since the Local Government (Access to Information) (Variation) Order 2002',
      '    Not counted: Friday 7 April 2023 (Good Friday), Monday 10 April 2023 (Easter Monday)',
      '  Notice of a key decision to be taken that day published by: Wednesday 15 March 2023',
      '    28 clear days, counting every calendar day; Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg 9',
      'Decision published on Thursday 13 April 2023',
      '  Call-in ends: 5.00 pm on Thursday 20 April 2023',
      '    5 working days after the day of publication',
      '  Effective from: Friday 21 April 2023, unless called in',
    ]);
  });

  it('Scotland, Thursday 28 December 2023, 8 days of call-in: agenda by Wed 20 December (Wed 27, Fri 22, Thu 21); call-in Fri 29, Wed 3 … Fri 5, Mon 8 … Thu 11 January (8; not Mon 1 or Tue 2), effective Fri 12', () => {
    const report = deadlinesReport({ date: '2023-12-28', nation: 'scotland', callInDays: 8 });
    expect(report.agenda.publishBy).toBe('2023-12-20');
    expect(report.callIn).toMatchObject({ callInDays: 8, ends: '2024-01-11', effectiveFrom: '2024-01-12' });
    expect(report.keyDecision).toBeUndefined();
    expect(report.callIn.skipped.map((day) => day.date)).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('Wales, Wednesday 8 June 2022: agenda by Tue 31 May (Tue 7, Mon 6, Wed 1; not 2 or 3 June), note by Thu 16 June, call-in to Wed 15 June', () => {
    const report = deadlinesReport({ date: '2022-06-08', nation: 'wales' });
    expect(report.agenda.publishBy).toBe('2022-05-31');
    expect(report.agenda.skipped.map((day) => day.reason)).toEqual([
      'Spring bank holiday',
      'Queen’s Platinum Jubilee',
    ]);
    expect(report.noteOfMeeting?.due).toBe('2022-06-16');
    expect(report.callIn).toMatchObject({ ends: '2022-06-15', effectiveFrom: '2022-06-16' });
    expect(formatDeadlinesReport(report)).toContain(
      '  Note of the meeting to be published by: Thursday 16 June 2022',
    );
  });

  it('Northern Ireland, Friday 14 July 2023: agenda by Fri 7 July (Thu 13, Tue 11, Mon 10; not 12 July), with the caution to check standing orders', () => {
    const report = deadlinesReport({ date: '2023-07-14', nation: 'ni' });
    expect(report.agenda.publishBy).toBe('2023-07-07');
    expect(report.agenda.caution).toMatch(/standing orders/);
    expect(formatDeadlinesReport(report).join('\n')).toContain('Wednesday 12 July 2023 (Battle of the Boyne');
  });

  it('a meeting on a bank holiday says so, and closure days and the every-day setting pass through', () => {
    const report = deadlinesReport({
      date: '2023-05-08',
      nation: 'england',
      closureDays: ['2023-05-02'],
      clearDaysExcludeNonWorkingDays: false,
    });
    expect(report.notWorkingDay).toBe("King Charles III's Coronation");
    // Every day counts: Sun 7 … Wed 3 are the 5 clear days, so Tue 2 would do, but it is a closure day: Fri 28 April.
    expect(report.agenda.publishBy).toBe('2023-04-28');
    expect(report.agenda.skipped).toEqual([]);
    expect(formatDeadlinesReport(report)[1]).toBe(
      "  Note: this is not a working day (King Charles III's Coronation).",
    );
  });

  it('is plain data that survives JSON (what --json prints)', () => {
    const report = deadlinesReport({ date: '2023-04-13', nation: 'england' });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
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

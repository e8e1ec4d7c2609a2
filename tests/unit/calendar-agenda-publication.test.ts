// The working-day and clear-day calendar (shared/calendar) against worked examples counted by hand:
// each test's name says which days were counted, so a reader can check it on a wall calendar.
// Here: the latest day an agenda can be published, clear days before the meeting.
import { describe, expect, it } from 'vitest';
import {
  type Nation,
  addWorkingDays,
  agendaPublishBy,
  calendarSettings,
  clearDaysBetween,
  fromDayNumber,
  isWorkingDay,
  nations,
  nonWorkingReason,
  publishBy,
  toDayNumber,
} from '../../shared/calendar';
import { england, wales, scotland, ni, settingsOf } from './calendarSettings';

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

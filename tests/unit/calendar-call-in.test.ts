// The working-day and clear-day calendar (shared/calendar) against worked examples counted by hand:
// each test's name says which days were counted, so a reader can check it on a wall calendar.
// Here: decision notices' call-in period and the day a decision takes effect.
import { describe, expect, it } from 'vitest';
import { type Nation, calendarSettings, callInPeriod } from '../../shared/calendar';
import { settingsOf } from './calendarSettings';

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

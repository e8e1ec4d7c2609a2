import { describe, expect, it } from 'vitest';
import type { Committee, Meeting, MeetingDetail } from '../../shared/domain';
import { formatMinuteNumber, municipalYearBounds, municipalYearStart } from '../../shared/numbering';
import { ok, tempCore } from './helpers';

describe('the municipal year', () => {
  it('runs from May to April', () => {
    expect(municipalYearStart('2026-04-30')).toBe(2025);
    expect(municipalYearStart('2026-05-01')).toBe(2026);
    expect(municipalYearStart('2027-01-15')).toBe(2026);
    expect(municipalYearBounds('2026-11-22')).toEqual({ first: '2026-05-01', last: '2027-04-30' });
  });
});

describe('minute numbers in a committee’s scheme', () => {
  it('writes the forms councils use', () => {
    expect(formatMinuteNumber('{n}', 45, '2024-07-01')).toBe('45');
    expect(formatMinuteNumber('{n}/{yy}', 77, '2021-11-03')).toBe('77/21');
    expect(formatMinuteNumber('{n}/{yy}', 3, '2022-02-03')).toBe('3/21');
    expect(formatMinuteNumber('PLA{n}/{yy}', 146, '2014-09-09')).toBe('PLA146/14');
    expect(formatMinuteNumber('CAB{n}', 12, '2026-06-01')).toBe('CAB12');
    expect(formatMinuteNumber('{yyyy}/{n}', 9, '2009-06-01')).toBe('2009/9');
  });

  it('run on through the year’s meetings and restart in May', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Planning Committee',
      kind: 'regulatory',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: 'PLA{n}/{yy}',
    });
    const meetingWith = async (date: string, startTime: string, count: number) => {
      const meeting = await ok<Meeting>(core, 'meetings.create', {
        committeeId: committee.id,
        date,
        startTime,
      });
      for (let n = 1; n <= count; n += 1) {
        await ok(core, 'items.create', {
          meetingId: meeting.id,
          title: `Item ${n}`,
          purpose: '',
          leadOfficerId: null,
          exempt: false,
          exemptParagraph: null,
        });
      }
      return meeting;
    };
    const numbers = async (meeting: Meeting) => {
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
      return detail.items.map((item) => detail.minuteNumbers[item.id]);
    };
    // Created out of order on purpose: the order is the meetings' dates and times.
    const april = await meetingWith('2026-04-14', '18:00', 2);
    const juneEvening = await meetingWith('2026-06-09', '18:00', 2);
    const juneMorning = await meetingWith('2026-06-09', '10:00', 3);
    const may = await meetingWith('2026-05-12', '18:00', 4);
    const lastYear = await meetingWith('2025-05-20', '18:00', 1);
    expect(await numbers(lastYear)).toEqual(['PLA1/25']);
    expect(await numbers(april)).toEqual(['PLA2/25', 'PLA3/25']);
    expect(await numbers(may)).toEqual(['PLA1/26', 'PLA2/26', 'PLA3/26', 'PLA4/26']);
    expect(await numbers(juneMorning)).toEqual(['PLA5/26', 'PLA6/26', 'PLA7/26']);
    expect(await numbers(juneEvening)).toEqual(['PLA8/26', 'PLA9/26']);
  });
});

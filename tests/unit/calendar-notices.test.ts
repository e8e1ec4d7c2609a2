// The working-day and clear-day calendar (shared/calendar) against worked examples counted by hand:
// each test's name says which days were counted, so a reader can check it on a wall calendar.
// Here: key decision and private meeting notices, and the Welsh note of the meeting.
import { describe, expect, it } from 'vitest';
import { keyDecisionNoticeBy, privateMeetingNoticesBy, welshNoteDue } from '../../shared/calendar';
import { england, wales } from './calendarSettings';

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

// The quorum, vote and wording rules of shared/attendance.ts, on the edge cases officers meet.
// Here: who is a member of the committee on a date.
import { describe, expect, it } from 'vitest';
import { membersOn } from '../../shared/attendance';

describe('membership on a date', () => {
  it('includes a member from the day they join, up to the day before they leave', () => {
    const list = [
      { id: 'always', joinedOn: null, leftOn: null },
      { id: 'joins', joinedOn: '2026-06-01', leftOn: null },
      { id: 'leaves', joinedOn: null, leftOn: '2026-06-01' },
    ];
    expect(membersOn(list, '2026-05-31').map((m) => m.id)).toEqual(['always', 'leaves']);
    expect(membersOn(list, '2026-06-01').map((m) => m.id)).toEqual(['always', 'joins']);
  });
});

// The quorum, vote and wording rules of shared/attendance.ts, on the edge cases officers meet.
// Here: arrivals and departures that cannot both be true.
import { describe, expect, it } from 'vitest';
import { movementProblem } from '../../shared/attendance';
import { items } from './attendanceRegister';

describe('movements', () => {
  it('refuses two departures without an arrival between them, and two arrivals', () => {
    const left = (id: string, itemId: string) => ({
      id,
      personId: 'd',
      kind: 'left' as const,
      itemId,
      time: null,
    });
    const arrived = (id: string, itemId: string) => ({
      id,
      personId: 'd',
      kind: 'arrived' as const,
      itemId,
      time: null,
    });
    expect(
      movementProblem(
        { items, movements: [left('1', 'i1'), arrived('2', 'i2'), left('3', 'i3')] },
        'd',
        'Councillor Davies',
      ),
    ).toBeNull();
    expect(
      movementProblem({ items, movements: [left('1', 'i1'), left('2', 'i3')] }, 'd', 'Councillor Davies'),
    ).toBe(
      'Councillor Davies cannot leave during item 3: they had already left during item 1 and have not arrived since.',
    );
    // Recorded out of order: an arrival during item 1 recorded after a departure during item 2 is
    // placed first, so the sequence is still sound.
    expect(movementProblem({ items, movements: [left('1', 'i2'), arrived('2', 'i1')] }, 'd', 'x')).toBeNull();
    expect(
      movementProblem(
        { items, movements: [arrived('1', 'i2'), arrived('2', 'i3')] },
        'd',
        'Councillor Davies',
      ),
    ).toBe(
      'Councillor Davies cannot arrive during item 3: they had already arrived during item 2 and have not left since.',
    );
  });
});

// The quorum, vote and wording rules of shared/attendance.ts, on the edge cases officers meet.
// Here: who counts towards the quorum for an item.
import { describe, expect, it } from 'vitest';
import { itemCounts, voteAttendanceProblems } from '../../shared/attendance';
import { noVote, type Vote } from '../../shared/decisions';
import {
  attendee,
  items,
  register,
  countingFor,
  nameOf,
  ahmed,
  brown,
  clarke,
  davies,
  evans,
} from './attendanceRegister';

describe('who counts for an item', () => {
  it('counts every present member, and the meeting is quorate', () => {
    const counts = itemCounts(register());
    expect(counts.map((c) => c.counting)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'c', 'd'],
    ]);
    expect(counts.every((c) => c.quorate && c.presiding === 'a')).toBe(true);
  });

  it('when everyone withdraws from an item, no one counts and it is inquorate', () => {
    const r = register({
      declarations: ['a', 'b', 'c', 'd'].map((personId) => ({
        id: `x${personId}`,
        itemId: 'i2',
        personId,
        category: 'disclosable pecuniary' as const,
        interest: '',
        withdrew: true,
      })),
    });
    const [, second] = itemCounts(r);
    expect(second!.counting).toEqual([]);
    expect(second!.quorate).toBe(false);
    expect(second!.presiding).toBeNull();
    expect(second!.notCounting.map((n) => n.reason)).toEqual([
      'withdrew',
      'withdrew',
      'withdrew',
      'withdrew',
    ]);
    // Items either side are unaffected.
    expect(countingFor(r)[0]).toHaveLength(4);
    expect(countingFor(r)[2]).toHaveLength(4);
    const vote: Vote = { ...noVote(), kind: 'show of hands', for: 1 };
    expect(voteAttendanceProblems(vote, second!, nameOf)).toEqual([
      '1 vote was recorded, but only 0 members count for this item.',
    ]);
  });

  it('a declaration without withdrawal still counts', () => {
    const r = register({
      declarations: [
        {
          id: 'x',
          itemId: 'i2',
          personId: 'c',
          category: 'other registrable',
          interest: '',
          withdrew: false,
        },
      ],
    });
    expect(countingFor(r)[1]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a substitute counts in place of the absent member they replace', () => {
    const r = register({
      attendees: [
        attendee(ahmed),
        attendee(brown),
        attendee(clarke, { status: 'apologies' }),
        attendee(evans, { kind: 'substitute', substituteForId: 'c' }),
        attendee(davies, { status: 'absent' }),
      ],
    });
    const [first] = itemCounts(r);
    expect(first!.counting).toEqual(['a', 'b', 'e']);
    expect(first!.notCounting).toEqual([
      { personId: 'c', reason: 'apologies' },
      { personId: 'd', reason: 'absent' },
    ]);
    expect(first!.quorate).toBe(true);
  });

  it('a member who left and came back counts before and after, not for the items they missed part of', () => {
    const r = register({
      movements: [
        { id: 'm1', personId: 'd', kind: 'left', itemId: 'i1', time: '14:10' },
        { id: 'm2', personId: 'd', kind: 'arrived', itemId: 'i3', time: '15:00' },
      ],
      items: [...items, { id: 'i4', number: 4, title: 'Item 4', exempt: false }],
    });
    const counts = itemCounts(r);
    expect(counts.map((c) => c.counting.includes('d'))).toEqual([false, false, false, true]);
    expect(counts.map((c) => c.notCounting.find((n) => n.personId === 'd')?.reason)).toEqual([
      'left during the item',
      'not in the room',
      'arrived during the item',
      undefined,
    ]);
  });

  it('a late arrival counts only from the item after the one they arrived during', () => {
    const r = register({
      movements: [{ id: 'm', personId: 'b', kind: 'arrived', itemId: 'i2', time: null }],
    });
    expect(itemCounts(r).map((c) => c.counting.includes('b'))).toEqual([false, false, true]);
  });

  it('the quorum is met exactly, and lost when one more leaves', () => {
    const r = register({
      movements: [
        { id: 'm', personId: 'd', kind: 'left', itemId: 'i1', time: null },
        { id: 'n', personId: 'c', kind: 'left', itemId: 'i2', time: null },
      ],
    });
    expect(itemCounts(r).map((c) => [c.counting.length, c.quorate])).toEqual([
      [3, true],
      [2, false],
      [2, false],
    ]);
  });

  it('remote attendance counts only where the committee allows it', () => {
    const attendees = [
      attendee(ahmed),
      attendee(brown, { remote: true }),
      attendee(clarke),
      attendee(davies),
    ];
    expect(countingFor(register({ attendees }))[0]).toEqual(['a', 'c', 'd']);
    expect(countingFor(register({ attendees, remoteCounts: true }))[0]).toEqual(['a', 'b', 'c', 'd']);
  });
});

// The quorum, vote and wording rules of shared/attendance.ts, on the edge cases officers meet.
// Here: a vote's recorded voters, mover and seconder against who counts.
import { describe, expect, it } from 'vitest';
import { itemCounts, moverSeconderProblems, voteAttendanceProblems } from '../../shared/attendance';
import { noVote, type Vote } from '../../shared/decisions';
import { attendee, register, nameOf, ahmed, brown, clarke, davies } from './attendanceRegister';

describe('votes against who counts', () => {
  it("the chair's casting vote needs a chair (or vice-chair) who counts", () => {
    const tied: Vote = { ...noVote(), kind: 'show of hands', for: 2, against: 2, castingVote: 'for' };
    const [withChair] = itemCounts(register());
    expect(voteAttendanceProblems(tied, withChair!, nameOf)).toEqual([]);

    const chairGone = register({
      attendees: [
        attendee(ahmed, { status: 'apologies' }),
        attendee(brown),
        attendee(clarke),
        attendee(davies),
      ],
    });
    const [viceChairPresides] = itemCounts(chairGone);
    expect(viceChairPresides!.presiding).toBe('b');
    expect(voteAttendanceProblems({ ...tied, for: 2, against: 1 }, viceChairPresides!, nameOf)).toEqual([]);

    const neither = register({
      attendees: [
        attendee(ahmed, { status: 'apologies' }),
        attendee(brown, { status: 'apologies' }),
        attendee(clarke),
        attendee(davies),
      ],
    });
    const [nobody] = itemCounts(neither);
    expect(nobody!.presiding).toBeNull();
    expect(voteAttendanceProblems({ ...tied, for: 1, against: 1 }, nobody!, nameOf)).toEqual([
      'A casting vote is recorded, but neither the Chair nor the Vice-Chair counts for this item.',
    ]);
  });

  it('names each recorded voter who does not count, and why', () => {
    const r = register({
      declarations: [
        {
          id: 'x',
          itemId: 'i1',
          personId: 'c',
          category: 'disclosable pecuniary',
          interest: '',
          withdrew: true,
        },
      ],
      attendees: [
        attendee(ahmed),
        attendee(brown),
        attendee(clarke),
        attendee(davies, { status: 'apologies' }),
      ],
    });
    const [first] = itemCounts(r);
    const vote: Vote = {
      ...noVote(),
      kind: 'recorded',
      recorded: [
        { personId: 'a', vote: 'for' },
        { personId: 'c', vote: 'for' },
        { personId: 'd', vote: 'against' },
        { personId: 'e', vote: 'abstain' },
      ],
    };
    expect(voteAttendanceProblems(vote, first!, nameOf)).toEqual([
      '4 votes were recorded, but only 2 members count for this item.',
      'Councillor Clarke withdrew from the room for this item after declaring an interest, so cannot vote on it.',
      'Councillor Davies sent apologies, so cannot vote on it.',
      'Councillor Evans is not a voting member of this committee at this meeting.',
    ]);
  });

  it('flags a mover or seconder who withdrew, sent apologies or is not a voting member', () => {
    const r = register({
      declarations: [
        { id: 'x', itemId: 'i1', personId: 'c', category: 'other registrable', interest: '', withdrew: true },
      ],
      attendees: [
        attendee(ahmed),
        attendee(brown),
        attendee(clarke),
        attendee(davies, { status: 'apologies' }),
      ],
    });
    const [first, second] = itemCounts(r);
    expect(moverSeconderProblems({ moverId: 'c', seconderId: 'd' }, first!, nameOf)).toEqual([
      'Councillor Clarke is recorded as having moved this, but withdrew from the room for this item after declaring an interest.',
      'Councillor Davies is recorded as having seconded this, but sent apologies.',
    ]);
    // Clarke withdrew from item 1 only; Evans is not on the committee.
    expect(moverSeconderProblems({ moverId: 'c', seconderId: 'e' }, second!, nameOf)).toEqual([
      'Councillor Evans is recorded as having seconded this, but is not a voting member of this committee at this meeting.',
    ]);
    expect(moverSeconderProblems({ moverId: 'a', seconderId: null }, first!, nameOf)).toEqual([]);
  });

  it('has nothing to say when no vote was taken', () => {
    const [first] = itemCounts(register({ attendees: [] }));
    expect(voteAttendanceProblems(noVote(), first!, nameOf)).toEqual([]);
  });
});

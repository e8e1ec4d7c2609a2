// The quorum, vote and wording rules of shared/attendance.ts, on the edge cases officers meet.
import { describe, expect, it } from 'vitest';
import {
  attendanceText,
  itemCounts,
  listPeople,
  membersOn,
  movementProblem,
  moverSeconderProblems,
  voteAttendanceProblems,
  type Attendee,
  type Register,
} from '../../shared/attendance';
import { noVote, type Vote } from '../../shared/decisions';
import type { Membership, MembershipRole, Person } from '../../shared/domain';

const person = (id: string, name: string, kind: Person['kind'] = 'member', role = ''): Person => ({
  id,
  name,
  honorific: kind === 'member' ? 'Councillor' : '',
  role,
  organisation: '',
  party: '',
  kind,
});
const membership = (p: Person, role: MembershipRole = 'member'): Membership => ({
  id: `m-${p.id}`,
  committeeId: 'c',
  personId: p.id,
  role,
  joinedOn: null,
  leftOn: null,
  person: p,
});
const attendee = (p: Person, overrides: Partial<Attendee> = {}): Attendee => ({
  personId: p.id,
  kind: 'member',
  status: 'present',
  substituteForId: null,
  remote: false,
  capacity: '',
  person: p,
  ...overrides,
});

const [ahmed, brown, clarke, davies, evans] = [
  person('a', 'Ahmed'),
  person('b', 'Brown'),
  person('c', 'Clarke'),
  person('d', 'Davies'),
  person('e', 'Evans'),
];
const items = [1, 2, 3].map((n) => ({ id: `i${n}`, number: n, title: `Item ${n}` }));

function register(overrides: Partial<Register> = {}): Register {
  return {
    quorum: 3,
    remoteCounts: false,
    members: [
      membership(ahmed, 'chair'),
      membership(brown, 'vice-chair'),
      membership(clarke),
      membership(davies),
    ],
    attendees: [attendee(ahmed), attendee(brown), attendee(clarke), attendee(davies)],
    movements: [],
    declarations: [],
    items,
    minuteNumbers: { i1: '44', i2: '45', i3: '46' },
    ...overrides,
  };
}
const countingFor = (r: Register) => itemCounts(r).map((count) => count.counting);
const names = new Map([ahmed, brown, clarke, davies, evans].map((p) => [p.id, `Councillor ${p.name}`]));
const nameOf = (id: string) => names.get(id) ?? id;

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
      items: [...items, { id: 'i4', number: 4, title: 'Item 4' }],
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

describe('the sentences', () => {
  it('lists people as councils do', () => {
    const entries = (list: Person[], notes: (string | undefined)[] = []) =>
      list.map((p, index) => ({ person: p, note: notes[index] }));
    expect(listPeople(entries([ahmed, brown, clarke, davies], ['Chair']))).toBe(
      'Councillor Ahmed (Chair), Councillors Brown, Clarke and Davies',
    );
    expect(listPeople(entries([ahmed, brown, clarke], ['Chair', 'Vice-Chair']))).toBe(
      'Councillor Ahmed (Chair), Councillor Brown (Vice-Chair) and Councillor Clarke',
    );
    expect(listPeople(entries([ahmed]))).toBe('Councillor Ahmed');
    expect(listPeople(entries([ahmed, brown]))).toBe('Councillors Ahmed and Brown');
    expect(listPeople(entries([ahmed, { ...brown, honorific: 'Mr' }, clarke]))).toBe(
      'Councillor Ahmed, Mr Brown and Councillor Clarke',
    );
  });

  it('writes every section from the register', () => {
    const officer = person('o', 'Jane Smith', 'officer', 'Director of Adult Social Care');
    const guest = person('g', 'Tom Reed', 'external');
    const r = register({
      members: [...register().members, membership(evans)],
      attendees: [
        attendee(ahmed),
        attendee(brown, { remote: true }),
        attendee(clarke, { status: 'apologies' }),
        attendee(davies),
        attendee(evans, { status: 'absent' }),
        attendee(person('s', 'Singh'), { kind: 'substitute', substituteForId: 'c' }),
        attendee(officer, { kind: 'officer' }),
        attendee(guest, { kind: 'other', capacity: 'public speaker' }),
      ],
      movements: [
        { id: 'm2', personId: 'd', kind: 'left', itemId: 'i3', time: '15:05' },
        { id: 'm1', personId: 'b', kind: 'arrived', itemId: 'i1', time: '14:20' },
      ],
      declarations: [
        {
          id: 'x',
          itemId: 'i2',
          personId: 'a',
          category: 'disclosable pecuniary',
          interest: 'as a director of a domiciliary care provider.',
          withdrew: true,
        },
        {
          id: 'y',
          itemId: 'i1',
          personId: 'd',
          category: 'other registrable',
          interest: 'as a governor of the school',
          withdrew: false,
        },
      ],
    });
    expect(attendanceText(r)).toEqual({
      present:
        'Present: Councillor Ahmed (Chair), Councillor Brown (Vice-Chair), Councillors Davies and Singh. Councillor Brown attended remotely.',
      apologies: 'Apologies for absence were received from Councillor Clarke. Councillor Evans was absent.',
      substitutes: 'Councillor Singh attended as a substitute for Councillor Clarke.',
      officers: 'Officers in attendance: Jane Smith (Director of Adult Social Care).',
      others: 'Also in attendance: Tom Reed (public speaker).',
      movements:
        'Councillor Brown arrived at 2.20 pm during minute 44. Councillor Davies left the meeting at 3.05 pm during minute 46.',
      declarations:
        'Councillor Davies declared an other registrable interest in minute 44 (Item 1) as a governor of the school, and remained in the room. ' +
        'Councillor Ahmed declared a disclosable pecuniary interest in minute 45 (Item 2) as a director of a domiciliary care provider, and withdrew from the room for the item, taking no part in the discussion or vote.',
    });
    expect(attendanceText(register({ declarations: [] })).declarations).toBe(
      'No declarations of interest were made.',
    );
  });
});

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

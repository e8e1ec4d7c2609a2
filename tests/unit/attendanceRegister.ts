// The register the attendance-rule tests start from: five councillors, four of them members (Ahmed
// chairs, Brown is vice-chair), all present, three items; and who counts for each item.
import { itemCounts, type Attendee, type Register } from '../../shared/attendance';
import type { Membership, MembershipRole, Person } from '../../shared/domain';

export const person = (id: string, name: string, kind: Person['kind'] = 'member', role = ''): Person => ({
  id,
  name,
  honorific: kind === 'member' ? 'Councillor' : '',
  role,
  organisation: '',
  party: '',
  kind,
});
export const membership = (p: Person, role: MembershipRole = 'member'): Membership => ({
  id: `m-${p.id}`,
  committeeId: 'c',
  personId: p.id,
  role,
  joinedOn: null,
  leftOn: null,
  person: p,
});
export const attendee = (p: Person, overrides: Partial<Attendee> = {}): Attendee => ({
  personId: p.id,
  kind: 'member',
  status: 'present',
  substituteForId: null,
  remote: false,
  capacity: '',
  person: p,
  ...overrides,
});

export const [ahmed, brown, clarke, davies, evans] = [
  person('a', 'Ahmed'),
  person('b', 'Brown'),
  person('c', 'Clarke'),
  person('d', 'Davies'),
  person('e', 'Evans'),
];
export const items = [1, 2, 3].map((n) => ({ id: `i${n}`, number: n, title: `Item ${n}`, exempt: false }));

export function register(overrides: Partial<Register> = {}): Register {
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
export const countingFor = (r: Register) => itemCounts(r).map((count) => count.counting);
export const names = new Map(
  [ahmed, brown, clarke, davies, evans].map((p) => [p.id, `Councillor ${p.name}`]),
);
export const nameOf = (id: string) => names.get(id) ?? id;

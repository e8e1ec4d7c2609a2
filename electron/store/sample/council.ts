// The sample council's people and its scrutiny committee. Every name here is invented.
import type { MembershipRole, Person } from '../../../shared/domain';
import { createCommittee } from '../committees';
import type { Db } from '../database';
import { addMember } from '../memberships';
import { createPerson } from '../people';

export const SAMPLE_COUNCIL = 'Fernley Vale District Council';

const members = [
  { key: 'okafor', name: 'Harriet Okafor', party: 'Independent', role: 'chair' },
  { key: 'pryce', name: 'Dominic Pryce', party: 'Liberal Democrat', role: 'vice-chair' },
  { key: 'brennan', name: 'Aisling Brennan', party: 'Labour', role: 'member' },
  { key: 'lowther', name: 'Gareth Lowther', party: 'Conservative', role: 'member' },
  { key: 'ramasamy', name: 'Priya Ramasamy', party: 'Green', role: 'member' },
  { key: 'whitcombe', name: 'Tobias Whitcombe', party: 'Conservative', role: 'member' },
  { key: 'achterberg', name: 'Morwenna Achterberg', party: 'Labour', role: 'member' },
] as const satisfies readonly { key: string; name: string; party: string; role: MembershipRole }[];

const officers = [
  { key: 'director', name: 'Elspeth Marlow', role: 'Director of Communities' },
  { key: 'libraries', name: 'Nathaniel Kissoon', role: 'Head of Libraries and Culture' },
  { key: 'democratic', name: 'Rosalind Tebbutt', role: 'Democratic Services Officer' },
] as const;

type Key = (typeof members)[number]['key'] | (typeof officers)[number]['key'] | 'thwaite' | 'arkwright';

export interface SampleCouncil {
  committeeId: string;
  venue: string;
  people: Record<Key, Person>;
}

export function createSampleCouncil(db: Db): SampleCouncil {
  const venue = 'Council Chamber, Fernley Vale Civic Centre';
  const committee = createCommittee(db, {
    name: 'Communities and Wellbeing Scrutiny Committee',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: venue,
    numberingScheme: '{n}/{yy}',
  });
  const organisation = SAMPLE_COUNCIL;
  const people = {} as Record<Key, Person>;
  for (const member of members) {
    people[member.key] = createPerson(db, {
      name: member.name,
      honorific: 'Councillor',
      role: '',
      organisation,
      party: member.party,
      kind: 'member',
    });
    addMember(db, { committeeId: committee.id, personId: people[member.key].id, role: member.role });
  }
  for (const officer of officers) {
    people[officer.key] = createPerson(db, {
      name: officer.name,
      honorific: '',
      role: officer.role,
      organisation,
      party: '',
      kind: 'officer',
    });
  }
  // A councillor who is not on the committee (she substitutes), and a member of the public who spoke.
  people.thwaite = createPerson(db, {
    name: 'Imogen Thwaite',
    honorific: 'Councillor',
    role: '',
    organisation,
    party: 'Labour',
    kind: 'member',
  });
  people.arkwright = createPerson(db, {
    name: 'Colin Arkwright',
    honorific: 'Mr',
    role: 'Chair, Friends of Marsh Lane Library',
    organisation: 'Friends of Marsh Lane Library',
    party: '',
    kind: 'external',
  });
  return { committeeId: committee.id, venue, people };
}

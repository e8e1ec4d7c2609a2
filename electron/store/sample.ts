// A fictional council for a first look around. Every name here is invented.
import type { MembershipRole, Person } from '../../shared/domain';
import { AppError } from '../../shared/result';
import { createAgendaItem } from './agendaItems';
import { countCommittees, createCommittee } from './committees';
import type { Db } from './database';
import { createMeeting } from './meetings';
import { addMember } from './memberships';
import { createPerson } from './people';

const members: { name: string; party: string; role: MembershipRole }[] = [
  { name: 'Harriet Okafor', party: 'Independent', role: 'chair' },
  { name: 'Dominic Pryce', party: 'Liberal Democrat', role: 'vice-chair' },
  { name: 'Aisling Brennan', party: 'Labour', role: 'member' },
  { name: 'Gareth Lowther', party: 'Conservative', role: 'member' },
  { name: 'Priya Ramasamy', party: 'Green', role: 'member' },
  { name: 'Tobias Whitcombe', party: 'Conservative', role: 'member' },
  { name: 'Morwenna Achterberg', party: 'Labour', role: 'member' },
];

const officers = [
  { name: 'Elspeth Marlow', role: 'Director of Communities' },
  { name: 'Nathaniel Kissoon', role: 'Head of Libraries and Culture' },
  { name: 'Rosalind Tebbutt', role: 'Democratic Services Officer' },
];

/** A Tuesday about three weeks ahead, so the sample meeting is the one being prepared. */
function nextMeetingDate(today = new Date()): string {
  const date = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + 21));
  while (date.getUTCDay() !== 2) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function loadSampleCouncil(db: Db): { committeeId: string; meetingId: string } {
  if (countCommittees(db) > 0) {
    throw new AppError('conflict', 'Sample data can only be loaded into an empty Minutebook.');
  }
  const committee = createCommittee(db, {
    name: 'Communities and Wellbeing Scrutiny Committee',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: 'Council Chamber, Fernley Vale Civic Centre',
    numberingScheme: '{n}/{yy}',
  });
  for (const member of members) {
    const person = createPerson(db, {
      name: member.name,
      honorific: 'Councillor',
      role: '',
      organisation: 'Fernley Vale District Council',
      party: member.party,
      kind: 'member',
    });
    addMember(db, { committeeId: committee.id, personId: person.id, role: member.role });
  }
  const staff: Person[] = officers.map((officer) =>
    createPerson(db, {
      name: officer.name,
      honorific: '',
      role: officer.role,
      organisation: 'Fernley Vale District Council',
      party: '',
      kind: 'officer',
    }),
  );
  const [director, headOfLibraries, democraticServices] = staff as [Person, Person, Person];

  const meeting = createMeeting(db, {
    committeeId: committee.id,
    date: nextMeetingDate(),
    startTime: '18:30',
    venue: committee.defaultVenue,
  });
  const items = [
    {
      title: 'Apologies for absence and substitutions',
      purpose: 'To receive apologies for absence and to note any substitutions.',
      lead: democraticServices,
    },
    {
      title: 'Declarations of interest',
      purpose: 'To receive any declarations of interest from members in respect of items on this agenda.',
      lead: democraticServices,
    },
    {
      title: 'Minutes of the previous meeting',
      purpose: 'To approve as a correct record the minutes of the previous meeting.',
      lead: democraticServices,
    },
    {
      title: 'Branch library opening hours: outcome of consultation',
      purpose:
        'To consider a report of the Director of Communities on the responses to the consultation on opening hours at the five branch libraries.',
      lead: headOfLibraries,
    },
    {
      title: 'Winter warm spaces programme',
      purpose:
        'To receive an update on the community warm spaces run with parish councils and voluntary groups last winter, and the plans for this year.',
      lead: director,
    },
    {
      title: 'Work programme',
      purpose: 'To review the committee’s work programme for the remainder of the municipal year.',
      lead: democraticServices,
    },
  ];
  for (const item of items) {
    createAgendaItem(db, {
      meetingId: meeting.id,
      title: item.title,
      purpose: item.purpose,
      leadOfficerId: item.lead.id,
      exempt: false,
      exemptParagraph: null,
    });
  }
  createAgendaItem(db, {
    meetingId: meeting.id,
    title: 'Leisure centre operator contract: commercial terms',
    purpose: 'To consider the commercial terms offered by bidders for the leisure centre operator contract.',
    leadOfficerId: director.id,
    exempt: true,
    exemptParagraph: 3,
  });
  return { committeeId: committee.id, meetingId: meeting.id };
}

// An executive body (Cabinet, England, five working days of call-in) entered through the router on
// a real SQLite file: its members, a meeting on Thursday 13 April 2023 (after Easter), a public item
// with a decision whose reasons and alternatives are typed, a declaration at it, and an exempt item
// whose every private string is listed, so a test can prove none reaches a public document.
import type { Core } from '../../electron/core';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { doc } from './exportFixture';
import { nameCouncil, ok } from './helpers';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

export const exemptSecrets = {
  clause: 'The depot at Mill Lane be sold to Greenfield Homes for £2.4 million.',
  reasons: 'Greenfield Homes offered £300,000 more than the next bidder.',
  alternatives: 'Retaining the depot would cost £85,000 a year in upkeep.',
  interest: 'as a shareholder in Greenfield Homes',
  dispensations: 'Dispensation granted by the Standards Committee to Councillor Ruth Ellis on 1 March 2023.',
  urgency: 'The buyer’s offer lapses on 14 April.',
};

export async function executiveMeeting(core: Core, options: { date?: string; nation?: string } = {}) {
  await nameCouncil(core);
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: 'Council Chamber',
    numberingScheme: 'CAB{n}',
    nation: options.nation ?? 'england',
    callInDays: 5,
  });
  const person = (name: string, kind: Person['kind'], role = '') =>
    ok<Person>(core, 'people.create', {
      name,
      honorific: kind === 'member' ? 'Councillor' : '',
      role,
      organisation: '',
      party: '',
      kind,
    });
  const leader = await person('Amara Okoye', 'member');
  const deputy = await person('Ruth Ellis', 'member');
  const finance = await person('Gareth Price', 'member');
  const officer = await person('Sam Patel', 'officer', 'Democratic Services Manager');
  for (const [who, role] of [
    [leader, 'chair'],
    [deputy, 'vice-chair'],
    [finance, 'member'],
  ] as const) {
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: who.id, role });
  }
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: options.date ?? '2023-04-13',
    startTime: '14:00',
  });
  const item = (title: string, exempt = false) =>
    ok<AgendaItem>(core, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose: exempt ? 'To consider the sale of the depot.' : 'To consider the budget.',
      leadOfficerId: null,
      exempt,
      exemptParagraph: exempt ? 3 : null,
    });
  const budget = await item('Revenue budget monitoring');
  const depot = await item('Sale of the Mill Lane depot', true);
  for (const who of [leader, deputy, finance]) {
    await ok(core, 'attendance.setMember', { meetingId: meeting.id, personId: who.id, status: 'present' });
  }
  await ok(core, 'declarations.add', {
    meetingId: meeting.id,
    itemId: budget.id,
    personId: finance.id,
    category: 'other registrable',
    interest: 'as a trustee of the Anytown Foodbank',
    withdrew: false,
  });
  await ok(core, 'declarations.add', {
    meetingId: meeting.id,
    itemId: depot.id,
    personId: deputy.id,
    category: 'disclosable pecuniary',
    interest: exemptSecrets.interest,
    withdrew: true,
  });
  const budgetDecision = await ok<Decision>(core, 'decisions.create', {
    itemId: budget.id,
    keyword: 'RESOLVED',
    preamble: 'that',
  });
  await ok(core, 'decisions.update', {
    id: budgetDecision.id,
    baseVersion: 1,
    reasons: 'To keep spending within the approved budget.',
    alternatives: 'Drawing on reserves was considered and rejected.',
    clauses: [
      { groupHeading: '', doc: doc(p('The forecast outturn be noted.')) },
      { groupHeading: '', doc: doc(p('The virements in Appendix 2 be approved.')) },
    ],
  });
  const depotDecision = await ok<Decision>(core, 'decisions.create', {
    itemId: depot.id,
    keyword: 'RESOLVED',
  });
  await ok(core, 'decisions.update', {
    id: depotDecision.id,
    baseVersion: 1,
    reasons: exemptSecrets.reasons,
    alternatives: exemptSecrets.alternatives,
    publicWording: 'RESOLVED that the depot be sold as set out in the exempt report.',
    clauses: [{ groupHeading: '', doc: doc(p(exemptSecrets.clause)) }],
  });
  return {
    committee,
    meeting,
    budget,
    depot,
    budgetDecision,
    depotDecision,
    leader,
    deputy,
    finance,
    officer,
  };
}

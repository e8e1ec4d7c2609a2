// A meeting with everything the minutes can hold, entered through the router on a real SQLite file:
// attendance, a declaration, a public item with structured minutes and decisions, and an exempt item
// whose every private string is listed, so a test can prove none reaches a public document.
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import type { RichDoc } from '../../shared/richText';
import type { Core } from '../../electron/core';
import { nameCouncil, ok } from './helpers';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const li = (...content: object[]) => ({ type: 'listItem', content });
export const doc = (...content: object[]): RichDoc => ({ type: 'doc', content }) as RichDoc;

export async function fullMeeting(core: Core) {
  await nameCouncil(core);
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Adult Care and Well Being Overview and Scrutiny Panel',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: 'County Hall, Worcester',
    numberingScheme: '{n}',
  });
  const person = (
    name: string,
    kind: Person['kind'],
    role = '',
    honorific = kind === 'member' ? 'Councillor' : '',
  ) => ok<Person>(core, 'people.create', { name, honorific, role, organisation: '', party: '', kind });
  const chair = await person('Harriet Okafor', 'member');
  const vice = await person('Dennis Wright', 'member');
  const member = await person('Priya Shah', 'member');
  const absent = await person('Tom Bell', 'member');
  const substitute = await person('Ann Lowe', 'member');
  const officer = await person('Emma James', 'officer', 'Overview and Scrutiny Officer');
  for (const [who, role] of [
    [chair, 'chair'],
    [vice, 'vice-chair'],
    [member, 'member'],
    [absent, 'member'],
  ] as const) {
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: who.id, role });
  }
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2021-03-15',
    startTime: '14:00',
  });
  await ok(core, 'meetings.update', { id: meeting.id, contactOfficerId: officer.id });
  const item = (title: string, purpose: string, exempt = false) =>
    ok<AgendaItem>(core, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose,
      leadOfficerId: officer.id,
      exempt,
      exemptParagraph: exempt ? 3 : null,
    });
  const publicItem = await item(
    'Update on People and Communities Strategy',
    'To receive an update on the Strategy for People and Communities.',
  );
  const exemptItem = await item('Award of the Home Care Contract', 'To award the secret tender.', true);

  for (const who of [chair, vice, member]) {
    await ok(core, 'attendance.setMember', { meetingId: meeting.id, personId: who.id, status: 'present' });
  }
  await ok(core, 'attendance.setMember', { meetingId: meeting.id, personId: absent.id, status: 'apologies' });
  await ok(core, 'attendance.setSubstitute', {
    meetingId: meeting.id,
    memberId: absent.id,
    substituteId: substitute.id,
  });
  await ok(core, 'attendance.addAttendee', {
    meetingId: meeting.id,
    personId: officer.id,
    kind: 'officer',
    capacity: '',
  });
  await ok(core, 'declarations.add', {
    meetingId: meeting.id,
    itemId: publicItem.id,
    personId: member.id,
    category: 'other registrable',
    interest: 'as a trustee of a local carers’ charity',
    withdrew: false,
  });

  await ok(core, 'minutes.save', {
    itemId: publicItem.id,
    baseVersion: 0,
    doc: doc(
      p('The Panel received an update on the Strategy & its workstreams <three pillars>.'),
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Person Centred Approach' }] },
      {
        type: 'bulletList',
        content: [
          li(p('One front door for residents'), {
            type: 'bulletList',
            content: [li(p('A strong digital offer'))],
          }),
          li(p('Building on community assets')),
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [li(p('Information gathering')), li(p('Planning'))],
      },
      {
        type: 'blockquote',
        content: [p('We are very grateful to the staff working in community services.')],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Members were ' },
          { type: 'text', text: 'pleased', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' with progress.\u0007' },
        ],
      },
    ),
  });
  await ok(core, 'itemPeople.set', {
    itemId: publicItem.id,
    role: 'attendee',
    people: [{ personId: officer.id, capacity: 'Overview and Scrutiny Officer' }],
  });
  const decision = await ok<Decision>(core, 'decisions.create', {
    itemId: publicItem.id,
    keyword: 'RESOLVED',
    qualifier: 'unanimously',
    preamble: 'that',
  });
  await ok(core, 'decisions.update', {
    id: decision.id,
    baseVersion: 1,
    moverId: chair.id,
    seconderId: vice.id,
    vote: {
      kind: 'recorded',
      for: 0,
      against: 0,
      abstain: 0,
      recorded: [
        { personId: chair.id, vote: 'for' },
        { personId: vice.id, vote: 'for' },
        { personId: member.id, vote: 'for' },
      ],
      castingVote: null,
    },
    clauses: [
      { groupHeading: 'Strategy', doc: doc(p('The update on the Strategy be noted.')) },
      { groupHeading: '', doc: doc(p('The Panel be kept updated on the workstreams.')) },
      { groupHeading: 'Scrutiny', doc: doc(p('Any further scrutiny be agreed at the next meeting.')) },
    ],
  });
  const single = await ok<Decision>(core, 'decisions.create', { itemId: publicItem.id, keyword: 'AGREED' });
  await ok(core, 'decisions.update', {
    id: single.id,
    baseVersion: 1,
    clauses: [{ groupHeading: '', doc: doc(p('That a letter of thanks be sent to all providers.')) }],
  });
  await ok(core, 'actions.create', {
    itemId: publicItem.id,
    text: 'Send the letter of thanks',
    ownerId: officer.id,
    dueOn: '2021-04-01',
  });
  await ok(core, 'updates.create', {
    itemId: publicItem.id,
    heading: 'Information update after the meeting',
    doc: doc(p('The uplift for domiciliary care rates was confirmed.')),
  });
  await ok(core, 'reports.save', {
    itemId: publicItem.id,
    baseVersion: 0,
    contactPoints: 'Emma James, Overview and Scrutiny Officer, Tel: 01905 844964',
    backgroundPapers: 'There are no background papers relating to the subject matter of this report.',
    doc: doc(
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Summary' }] },
      p('The Panel is to receive an update on the Strategy.'),
      p('Senior Officers have been invited to the meeting.'),
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Background' }] },
      p('The Panel was recently briefed on the new Strategy.'),
      { type: 'bulletList', content: [li(p('Person Centred Approach')), li(p('Shaping Services'))] },
      { type: 'orderedList', attrs: { start: 1 }, content: [li(p('Reduce the number of providers'))] },
      p('The Strategy will be delivered through a transformation programme.'),
    ),
  });

  // The exempt item: every string here is confidential.
  const secrets = {
    minutes: 'Bidder Zephyrcare Ltd offered the lowest hourly rate of £19.42.',
    listItem: 'Quality score of Zephyrcare was 87 per cent.',
    attendeeName: 'Quentin Marlowe-Sipps',
    attendeeCapacity: 'Head of Confidential Procurement',
    clause: 'The contract be awarded to Zephyrcare Ltd for five years.',
    groupHeading: 'Commercial terms of the award',
    qualifier: 'by a majority after a secret ballot',
    action: 'Notify Zephyrcare of the award in writing',
    update: 'Zephyrcare signed the contract on 20 March.',
    updateHeading: 'Signature of the Zephyrcare contract',
    report: 'The evaluation panel scored the Zephyrcare bid highest.',
    purpose: 'To award the secret tender.',
    // A declaration at the exempt item: who and what kind are public, the interest may not be.
    interest: 'as a director of Quillon Holdings, which owns one of the bidders',
  };
  const publicWording = 'RESOLVED that the contract be awarded as set out in the exempt report.';
  const insider = await person(secrets.attendeeName, 'officer', 'Procurement');
  await ok(core, 'minutes.save', {
    itemId: exemptItem.id,
    baseVersion: 0,
    doc: doc(p(secrets.minutes), { type: 'bulletList', content: [li(p(secrets.listItem))] }),
  });
  await ok(core, 'itemPeople.set', {
    itemId: exemptItem.id,
    role: 'attendee',
    people: [{ personId: insider.id, capacity: secrets.attendeeCapacity }],
  });
  const secret = await ok<Decision>(core, 'decisions.create', {
    itemId: exemptItem.id,
    keyword: 'RESOLVED',
    qualifier: secrets.qualifier,
  });
  await ok(core, 'decisions.update', {
    id: secret.id,
    baseVersion: 1,
    publicWording,
    clauses: [
      { groupHeading: secrets.groupHeading, doc: doc(p(secrets.clause)) },
      { groupHeading: '', doc: doc(p('The Director be authorised to sign.')) },
    ],
  });
  await ok(core, 'actions.create', { itemId: exemptItem.id, text: secrets.action, ownerId: insider.id });
  await ok(core, 'declarations.add', {
    meetingId: meeting.id,
    itemId: exemptItem.id,
    personId: member.id,
    category: 'disclosable pecuniary',
    interest: secrets.interest,
    withdrew: true,
  });
  await ok(core, 'updates.create', {
    itemId: exemptItem.id,
    heading: secrets.updateHeading,
    doc: doc(p(secrets.update)),
  });
  await ok(core, 'reports.save', {
    itemId: exemptItem.id,
    baseVersion: 0,
    contactPoints: '',
    backgroundPapers: '',
    doc: doc(p(secrets.report)),
  });
  return { committee, meeting, publicItem, exemptItem, secrets, publicWording, people: { chair, officer } };
}

// The sample's finished meeting, so that a newcomer sees what Minutebook produces before typing
// anything: a register with apologies and a substitute, a late arrival, a declaration with withdrawal,
// minutes with a quotation and a list, a grouped resolution with mover, seconder and a recorded vote,
// an exempt item, actions, an update added after the meeting, and the minutes approved at the next.
import type { AgendaItem } from '../../../shared/domain';
import { createAction } from '../actions';
import { addAttendee, addDeclaration, addMovement, setMemberAttendance, setSubstitute } from '../attendance';
import type { Db } from '../database';
import { setItemPeople } from '../itemPeople';
import { createMeeting, updateMeeting } from '../meetings';
import { saveMinutes } from '../minutes';
import { createUpdate } from '../updates';
import { createItems, openingItems } from './agendas';
import type { SampleCouncil } from './council';
import { daysAfter, type SampleDates } from './dates';
import { addDecision } from './decisions';
import { bullets, doc, para, paragraphs, quote } from './text';

export function createWorkedMeeting(db: Db, council: SampleCouncil, dates: SampleDates): string {
  const { people: p } = council;
  const meeting = createMeeting(db, {
    committeeId: council.committeeId,
    date: dates.worked,
    startTime: '18:30',
    venue: council.venue,
  });
  const meetingId = meeting.id;
  updateMeeting(db, meetingId, { contactOfficerId: p.democratic.id });
  const [apologies, declarations, previous, libraries, grants, leisure] = createItems(db, meetingId, [
    ...openingItems(council),
    {
      title: 'Branch library opening hours: proposals for consultation',
      purpose:
        'To consider a report of the Director of Communities setting out options for the opening hours of the five branch libraries, and to agree which to consult on.',
      lead: p.libraries,
    },
    {
      title: 'Community grants scheme: awards for next year',
      purpose: 'To consider the recommended awards from the community grants scheme.',
      lead: p.director,
    },
    {
      title: 'Leisure centre operator contract: procurement route',
      purpose: 'To consider how the contract to run the three leisure centres is to be procured.',
      lead: p.director,
      exemptParagraph: 3,
    },
  ]) as [AgendaItem, AgendaItem, AgendaItem, AgendaItem, AgendaItem, AgendaItem];

  // The register: apologies from two members, one of them substituted; one member arrives late.
  for (const member of [p.okafor, p.pryce, p.brennan, p.ramasamy, p.whitcombe]) {
    setMemberAttendance(db, { meetingId, personId: member.id, status: 'present' });
  }
  setMemberAttendance(db, { meetingId, personId: p.lowther.id, status: 'apologies' });
  setSubstitute(db, { meetingId, memberId: p.achterberg.id, substituteId: p.thwaite.id });
  for (const officer of [p.director, p.libraries, p.democratic]) {
    addAttendee(db, { meetingId, personId: officer.id, kind: 'officer', capacity: '' });
  }
  addAttendee(db, { meetingId, personId: p.arkwright.id, kind: 'other', capacity: 'public speaker' });
  addMovement(db, {
    meetingId,
    personId: p.whitcombe.id,
    kind: 'arrived',
    itemId: libraries.id,
    time: '18:50',
  });
  addDeclaration(db, meetingId, {
    itemId: grants.id,
    personId: p.brennan.id,
    category: 'other registrable',
    interest: 'as a trustee of Fernley Vale Community Larder, which has applied to the scheme',
    withdrew: true,
  });

  saveMinutes(
    db,
    apologies.id,
    paragraphs(
      'Apologies for absence were received from Councillors Achterberg and Lowther. Councillor Thwaite attended as a substitute for Councillor Achterberg.',
    ),
    0,
  );
  saveMinutes(
    db,
    declarations.id,
    paragraphs(
      'Councillor Brennan declared an other registrable interest in the item on the community grants scheme, as a trustee of Fernley Vale Community Larder, which has applied to the scheme, and left the room for that item.',
    ),
    0,
  );
  addDecision(db, previous.id, {
    clauses: [
      `the minutes of the meeting held on ${dates.longDate(dates.before)} be approved as a correct record and signed by the Chair.`,
    ],
  });

  setItemPeople(db, libraries.id, 'presenter', [{ personId: p.libraries.id, capacity: '' }]);
  saveMinutes(
    db,
    libraries.id,
    doc(
      para(
        'The Head of Libraries and Culture introduced the report, which set out three options for the opening hours of the five branch libraries from April, to save £84,000 from the library service’s budget.',
      ),
      para(
        'Mr Colin Arkwright, Chair of the Friends of Marsh Lane Library, addressed the Committee. He said:',
      ),
      quote(
        'Marsh Lane is the only place on the estate where people can use a computer for free. Closing it on Saturdays would shut out the people who work all week.',
      ),
      para('In answer to members’ questions, the Head of Libraries and Culture said that:'),
      bullets(
        'visits to the branch libraries had risen by 11 per cent in two years;',
        'Saturday morning was the busiest time at four of the five branches;',
        'volunteers could not open a library on their own under the council’s lone-working policy.',
      ),
      para(
        'Members agreed that Saturday opening should be kept at every branch, and that the consultation should reach people who do not use the libraries now.',
      ),
    ),
    0,
  );
  addDecision(db, libraries.id, {
    clauses: [
      {
        heading: 'Consultation',
        text: 'a public consultation on Option B in the report (shorter weekday hours, with Saturday opening kept at every branch) be held for eight weeks;',
      },
      'the consultation include paper questionnaires at every branch library, and a drop-in session at each with the Head of Libraries and Culture;',
      {
        heading: 'Reporting back',
        text: 'the outcome of the consultation be reported to this Committee before any change is made to opening hours.',
      },
    ],
    moverId: p.pryce.id,
    seconderId: p.ramasamy.id,
    vote: {
      kind: 'recorded',
      recorded: [
        { personId: p.okafor.id, vote: 'for' },
        { personId: p.pryce.id, vote: 'for' },
        { personId: p.ramasamy.id, vote: 'for' },
        { personId: p.thwaite.id, vote: 'for' },
        { personId: p.brennan.id, vote: 'abstain' },
      ],
    },
  });
  createAction(db, {
    itemId: libraries.id,
    text: 'Open the eight-week consultation on Option B, with questionnaires at every branch library.',
    ownerId: p.libraries.id,
    dueOn: daysAfter(dates.worked, 7),
    status: 'done',
  });
  createAction(db, {
    itemId: libraries.id,
    text: 'Report the outcome of the consultation to the Committee.',
    ownerId: p.libraries.id,
    dueOn: dates.upcoming,
    status: 'in progress',
  });
  createUpdate(db, {
    itemId: libraries.id,
    heading: 'Information update from the Head of Libraries and Culture after the meeting',
    doc: paragraphs(
      `The consultation opened on ${dates.longDate(dates.worked, 7)}. By ${dates.longDate(dates.following)}, 412 questionnaires had been returned and 96 people had come to the drop-in sessions.`,
    ),
  });

  setItemPeople(db, grants.id, 'presenter', [{ personId: p.director.id, capacity: '' }]);
  saveMinutes(
    db,
    grants.id,
    paragraphs(
      'Councillor Brennan, having declared an interest, left the room for this item and took no part in the discussion or vote.',
      'The Director of Communities presented the recommended awards. Twenty-seven applications had been received, asking for £212,000 in all; the panel recommended fourteen awards within the budget of £146,500.',
    ),
    0,
  );
  addDecision(db, grants.id, {
    qualifier: 'unanimously',
    clauses: ['the grants set out in Appendix A to the report, totalling £146,500, be awarded.'],
  });
  createAction(db, {
    itemId: grants.id,
    text: 'Write to every applicant with the outcome of their application.',
    ownerId: p.director.id,
    dueOn: daysAfter(dates.worked, 14),
    status: 'done',
  });

  setItemPeople(db, leisure.id, 'presenter', [{ personId: p.director.id, capacity: '' }]);
  saveMinutes(
    db,
    leisure.id,
    paragraphs(
      'The Director of Communities set out the two ways of procuring an operator for the three leisure centres when the present contract ends, the estimated cost of each, and the interest shown by operators at the market day.',
      'Members asked about the guaranteed payment to the council under each option and the risk if an operator failed during the contract.',
    ),
    0,
  );
  addDecision(db, leisure.id, {
    clauses: [
      'the contract be procured by the open procedure, for ten years with an option to extend by five;',
      'the guaranteed annual payment to the council be set at no less than the figure in paragraph 4.2 of the exempt report.',
    ],
    publicWording:
      'RESOLVED that the leisure centre operator contract be procured as set out in the exempt report.',
  });
  return meetingId;
}

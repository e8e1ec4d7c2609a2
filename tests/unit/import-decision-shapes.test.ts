// Decisions as real councils publish them, in our own words with invented names: the formula in
// every layout (a Welsh formula before the English, "RESOLVED" alone over numbered clauses, "The
// Committee agreed:-", "DECISION"), clauses numbered 1. (1) (a) (i) a) or bulleted and wrapped over
// lines, lead-ins, quoted recommendations of another body with their own lettering, an amendment lost
// then the substantive motion carried, vote figures in their wordings, recorded votes, and the mover
// and seconder however they are named.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import type { ImportDecision } from '../../shared/importing';
import { votesIn } from '../../electron/import/votes';

const heading = [
  'Minutes of the meeting of the Cabinet held on 4 March 2026 at 7.00 pm',
  '',
  'Present: Councillor A Brook (Chair), Councillors B Carr, D Eames, F Gray and H Iles',
  '',
];

const shape = (decision: ImportDecision) => ({
  keyword: decision.keyword,
  clauses: decision.clauses.length,
  mover: decision.mover,
  seconder: decision.seconder,
  votes: decision.votes,
});

/** Each item's number and its decisions' shapes. */
function decisions(lines: string[]) {
  return parseImportText([...heading, ...lines].join('\n')).items.map((item) => [
    item.number,
    item.decisions.map(shape),
  ]);
}

const plain = (keyword: ImportDecision['keyword'], clauses: number) => ({
  keyword,
  clauses,
  mover: null,
  seconder: null,
  votes: null,
});

describe('a numbered list under the formula is the decision’s, not the minutes’ numbering', () => {
  it('reads "1." and "2." under a bare formula or a lead-in as clauses, in a short meeting too', () => {
    for (const formula of [
      'RESOLVED',
      'RESOLVED:',
      'RESOLVED -',
      'Resolved that',
      'The Committee RESOLVED',
      'RESOLVED (unanimously)',
      'RESOLVED that the Cabinet:',
      'The Committee agreed:-',
      'PENDERFYNWYD / RESOLVED:',
    ]) {
      const found = decisions([
        '10. Corporate Plan / Cynllun Corfforaethol',
        formula,
        '1. To approve the plan.',
        '2. To publish the plan in Welsh and English.',
        '',
        '11. Fees and charges',
        'RESOLVED that the fees be increased.',
      ]);
      expect(
        found.map(([number]) => number),
        formula,
      ).toEqual(['10', '11']);
      expect((found[0]![1] as ReturnType<typeof shape>[])[0]?.clauses, formula).toBe(2);
    }
  });
});

describe('decisions in the layouts councils print', () => {
  it('reads movers, amendments lost, quoted recommendations, lettered and bulleted lists and votes', () => {
    expect(
      decisions([
        '1. Minutes',
        'It was moved by Councillor Carr seconded by Councillor Eames and',
        '',
        'RESOLVED – That the minutes of the meeting held on 4 February 2026 be approved subject to a correction to minute 58(b).',
        '',
        '2. Budget 2026/27',
        'Councillor Brook moved, and Councillor Carr seconded, the recommendations in the report.',
        'An amendment was moved by Councillor Gray, seconded by Councillor Iles, that the library closures be removed from the savings. On being put to the vote the amendment was LOST.',
        'The substantive motion was then put to the vote and it was',
        'RESOLVED that:',
        '(1) the revenue budget for 2026/27 be approved;',
        '(2) the council tax be increased by 4.99 per cent; and',
        '(3) the capital programme be approved.',
        '(For 24, Against 10, Abstentions 1)',
        '',
        '3. Scrutiny recommendations on flooding',
        'RESOLVED that the recommendations of the Scrutiny Committee be approved, namely:',
        '“(a) that a flood warden scheme be set up;',
        '(b) that the drainage budget be increased; and',
        '(c) that the Environment Agency be asked to attend the next meeting.”',
        '',
        '4. Allotment rents',
        'On the motion of Councillor Eames, seconded by Councillor Gray, it was RESOLVED that allotment rents be frozen for 2026/27.',
        '',
        '5. Grants',
        'RESOLVED that the Cabinet:',
        'a) notes the grants awarded in the year;',
        'b) approves the criteria for 2026/27, which were amended',
        'at the meeting to include sports clubs; and',
        'c) delegates the award of small grants to the Head of Communities.',
        '',
        '6. Market review',
        'The vote on the recommendation was then taken, and carried by 22 votes to one, with two abstentions, and it was',
        'RESOLVED that the market review be adopted.',
        '',
        '7. Road safety',
        'Proposed by Councillor Iles, seconded by Councillor Carr.',
        'RESOLVED that the speed limit be reduced to 20 mph.',
        'For 7, Against 2, Abstentions 1',
        '',
        '8. Car parking charges',
        'A recorded vote was taken:',
        'For: Councillors Brook, Carr and Eames (3)',
        'Against: Councillors Gray and Iles (2)',
        'Abstain: None (0)',
        'RESOLVED that the charges be increased.',
      ]),
    ).toEqual([
      ['1', [{ ...plain('RESOLVED', 1), mover: 'Carr', seconder: 'Eames' }]],
      [
        '2',
        [
          {
            ...plain('RESOLVED', 3),
            mover: 'Brook',
            seconder: 'Carr',
            votes: { for: 24, against: 10, abstain: 1 },
          },
        ],
      ],
      ['3', [plain('RESOLVED', 1)]],
      ['4', [{ ...plain('RESOLVED', 1), mover: 'Eames', seconder: 'Gray' }]],
      ['5', [plain('RESOLVED', 3)]],
      ['6', [{ ...plain('RESOLVED', 1), votes: { for: 22, against: 1, abstain: 2 } }]],
      [
        '7',
        [
          {
            ...plain('RESOLVED', 1),
            mover: 'Iles',
            seconder: 'Carr',
            votes: { for: 7, against: 2, abstain: 1 },
          },
        ],
      ],
      ['8', [{ ...plain('RESOLVED', 1), votes: { for: 3, against: 2, abstain: 0 } }]],
    ]);
  });

  it('reads Scottish decisions: "The Committee agreed:-", DECISION over NOTED, a motion carried on a division', () => {
    expect(
      decisions([
        '1. School estate strategy',
        'There was submitted a report by the Executive Director.',
        'Decision',
        'The Committee agreed:-',
        '(a) to approve the strategy;',
        '(b) to instruct officers to consult on the two options; and',
        '(c) that a further report be submitted in August.',
        '',
        '2. Attainment update',
        'DECISION',
        'NOTED the update.',
        '',
        '3. Motion by Councillor Gray',
        'Councillor Gray, seconded by Councillor Iles, moved:-',
        '"That the Committee:',
        '(1) welcomes the new nursery; and',
        '(2) thanks the staff."',
        'As an amendment, Councillor Eames, seconded by Councillor Brook, moved that the Committee note the report.',
        'On a division, there voted for the motion 5 and for the amendment 3, and the motion was accordingly carried.',
        'The Committee resolved:-',
        'to approve the terms of the motion.',
        '',
        '4. Transport policy',
        'The Committee resolved:-',
        '(i) to note the revised policy;',
        '(ii) to approve the changes to eligibility set out in',
        'paragraph 3.4 of the report, subject to the removal of the',
        'distance criterion; and',
        '(iii) to request an annual report.',
      ]),
    ).toEqual([
      ['1', [plain('AGREED', 3)]],
      ['2', [plain('AGREED', 1)]],
      ['3', [{ ...plain('RESOLVED', 1), mover: 'Gray', seconder: 'Iles' }]],
      ['4', [plain('RESOLVED', 3)]],
    ]);
  });

  it('reads a parish council’s movers, figures and lists in their many wordings', () => {
    expect(
      decisions([
        '1. Accounts',
        'Resolved: (Proposed Cllr Carr, Seconded Cllr Eames) to approve the accounts for payment.',
        '',
        '2. Grass cutting',
        'Proposer: Cllr Gray',
        'Seconder: Cllr Iles',
        'RESOLVED to accept the quote from Greenways Ltd.',
        'Carried (5 for, 2 against, 1 abstention)',
        '',
        '3. Bus shelter',
        'Proposed: Cllr Brook Seconded: Cllr Carr All in favour',
        'RESOLVED to replace the bus shelter.',
        '',
        '4. Speed watch',
        'RESOLVED that the council joins the speed watch scheme. The motion was carried with 6 votes for, 3 against and no abstentions.',
        '',
        '5. Allotments',
        'RESOLVED that the rents be increased.',
        'Votes: For – 8, Against – 0, Abstain – 1',
        '',
        '6. Christmas lights',
        'RESOLVED:',
        'That',
        '(a) the lights be bought; and',
        '(b) the clerk arrange installation.',
        '',
        '7. Precept',
        'Resolved – (a) That the precept be set at £40,000;',
        '(b) That the budget be approved.',
        '',
        '8. Website',
        'AGREED:',
        '- to renew the hosting;',
        '- to move the domain; and',
        '- to review accessibility.',
        '',
        '9. Village hall',
        'RESOLVED',
        'i) to grant the lease;',
        'ii) to set the rent at £1 a year.',
        '',
        '10. Standing orders',
        'RESOLVED that the revised standing orders be adopted. Proposed by Cllr Iles, seconded by Cllr Gray, unanimous.',
        '',
        '11. Neighbourhood plan',
        'RESOLVED that the plan be submitted.',
        'Those voting for: Cllrs Brook, Carr and Eames.',
        'Those voting against: Cllr Gray.',
        'Abstaining: Cllr Iles.',
      ]),
    ).toEqual([
      ['1', [{ ...plain('RESOLVED', 1), mover: 'Carr', seconder: 'Eames' }]],
      [
        '2',
        [
          {
            ...plain('RESOLVED', 1),
            mover: 'Gray',
            seconder: 'Iles',
            votes: { for: 5, against: 2, abstain: 1 },
          },
        ],
      ],
      ['3', [{ ...plain('RESOLVED', 1), mover: 'Brook', seconder: 'Carr' }]],
      ['4', [{ ...plain('RESOLVED', 1), votes: { for: 6, against: 3, abstain: 0 } }]],
      ['5', [{ ...plain('RESOLVED', 1), votes: { for: 8, against: 0, abstain: 1 } }]],
      ['6', [plain('RESOLVED', 2)]],
      ['7', [plain('RESOLVED', 2)]],
      ['8', [plain('AGREED', 3)]],
      ['9', [plain('RESOLVED', 2)]],
      ['10', [{ ...plain('RESOLVED', 1), mover: 'Iles', seconder: 'Gray' }]],
      ['11', [{ ...plain('RESOLVED', 1), votes: { for: 3, against: 1, abstain: 1 } }]],
    ]);
  });

  it('reads a label on its own line over its words, labels of every kind, and one member abstaining as no vote', () => {
    expect(
      decisions([
        '1. Housing strategy',
        'RESOLVED: That the Cabinet:',
        '(1)',
        'notes the consultation responses;',
        '(2)',
        'approves the strategy; and',
        '(3)',
        'delegates minor changes to the Director.',
        '',
        '2. Waste contract',
        'It was RESOLVED unanimously that:',
        'a. the contract be extended for two years;',
        'b. officers begin procurement of a new contract.',
        '',
        '3. Parking review',
        'RESOLVED that the recommendations set out in paragraph 2 of the report be approved, namely that:',
        '(i) the charges be increased by 10p; and',
        '(ii) the free first hour be kept.',
        'Reason for decision: to balance the parking account.',
        '',
        '4. Leisure',
        'RESOLVED:',
        '1.\tTo approve the business case.',
        '2.\tTo allocate £2m from reserves.',
        '3.\tTo note the risks set out in',
        'section 6 of the report.',
        '',
        '5. Risk register',
        'RESOLVED – That the risk register be noted.',
        '(Councillor Gray abstained from voting on this item.)',
        '',
        '6. Community grants',
        'RESOLVED:-',
        'A. That the grants listed in Appendix 1 be awarded.',
        'B. That the Director be authorised to award the remaining grants.',
      ]),
    ).toEqual([
      ['1', [plain('RESOLVED', 3)]],
      ['2', [plain('RESOLVED', 2)]],
      ['3', [plain('RESOLVED', 2)]],
      ['4', [plain('RESOLVED', 3)]],
      ['5', [plain('RESOLVED', 1)]],
      ['6', [plain('RESOLVED', 2)]],
    ]);
  });

  it('reads a Northern Irish council: "It was" over "PROPOSED by …, and" over "RESOLVED:", paragraphs numbered 2.2.1', () => {
    const structure = parseImportText(
      [
        'Minutes of Proceedings of a Meeting of Glenmore District Council held in the Council Chamber on Tuesday, 9 October 2026. The meeting commenced at 7.30 pm.',
        '',
        'Presiding P McLeish',
        '',
        '1. MINUTES',
        '',
        '1.1 It was',
        '',
        'PROPOSED by Councillor J Cassidy Seconded by Councillor J Crane, and',
        '',
        'RESOLVED: that the Minutes of the Council Meeting held on Tuesday, 11 September 2026 be taken as read and signed as correct.',
        '',
        '2. MATTERS ARISING',
        '',
        '2.1 The Chief Executive advised that there were no matters arising.',
        '',
        '2.2.1 It was agreed that the letter be noted and a reply sent.',
        '',
        '3. ROADS SERVICE',
        '',
        'Moved by the Right Honourable the Lord Mayor (Councillor Barton),',
        '',
        'Seconded by Councillor Corr and',
        '',
        '      Resolved – That the report be adopted.',
      ].join('\n'),
    );
    expect(structure.meeting?.committee).toBe('Glenmore District Council');
    expect(structure.items.map((item) => [item.number, item.decisions.map(shape)])).toEqual([
      ['1', [{ ...plain('RESOLVED', 1), mover: 'J Cassidy', seconder: 'J Crane' }]],
      ['2', [plain('AGREED', 1)]],
      ['3', [{ ...plain('RESOLVED', 1), mover: 'Barton', seconder: 'Corr' }]],
    ]);
  });

  it('reads a Scottish "Decision" over "The Committee:-", numbered "1)" clauses, "AGREED:-", "DECIDED" and a numbered "Motion"', () => {
    expect(
      decisions([
        '1. Revenue monitoring',
        'The Committee considered a report by the Executive Director.',
        'Decision',
        'The Committee:-',
        '(1) noted the projected overspend; and',
        '(2) agreed the recovery actions.',
        '',
        '2. Workforce plan',
        'Decision',
        '1) To note the report.',
        '2) To agree the recommendations in paragraph 1.1.',
        '3) To request a further report in six months.',
        '(Reference – report by the Chief Officer, submitted.)',
        '',
        '3. Common good fund',
        'DECISION',
        'AGREED:-',
        '(a) to award £5,000 to the gala committee; and',
        '(b) to defer the other applications.',
        '',
        '4. Roads maintenance',
        'DECISION',
        'DECIDED that the programme be approved.',
        '',
        '5. Motion',
        'Councillor Gray moved that the Committee note the report, seconded by Councillor Iles.',
        'Councillor Eames moved as an amendment that the report be continued, seconded by Councillor Carr.',
        'On a division, 3 members voted for the motion and 2 for the amendment.',
        'Decision',
        'To note the report.',
      ]),
    ).toEqual([
      ['1', [plain('AGREED', 2)]],
      ['2', [plain('AGREED', 3)]],
      ['3', [plain('AGREED', 2)]],
      ['4', [plain('AGREED', 1)]],
      ['5', [{ ...plain('AGREED', 1), mover: 'Gray', seconder: 'Iles' }]],
    ]);
  });

  it('counts the top level only: nested labels and bullets, group headings, lead-ins that have not ended', () => {
    const found = parseImportText(
      [
        ...heading,
        '1. Planning fees',
        'RESOLVED:',
        'Planning',
        '1. That the fees be raised.',
        '2. That the validation list be updated.',
        'Highways',
        '3. That the winter plan be adopted.',
        '',
        '2. Action plan',
        'RESOLVED that the Committee',
        '(a) notes the report;',
        '(b) agrees the action plan.',
        '',
        '3. Strategy',
        'RESOLVED that:',
        '• the strategy be adopted, with:',
        'o a review in a year;',
        'o a members’ working group;',
        '• the budget be allocated.',
        '',
        '4. Plan',
        'RESOLVED that:',
        '1. the plan be approved, subject to:',
        '(a) consultation;',
        '(b) an equality assessment;',
        '2. the Director be authorised to make minor changes.',
        'The Chair thanked the officers for their work.',
        '',
        '5. Working group',
        'AGREED',
        '1 That the report be noted.',
        '2 That a working group be set up.',
      ].join('\n'),
    ).items;
    expect(found.map((item) => item.decisions.map((decision) => decision.clauses.length))).toEqual([
      [3],
      [2],
      [2],
      [2],
      [2],
    ]);
    expect(found[0]!.decisions[0]!.clauses.map((clause) => [clause.group, clause.text])).toEqual([
      ['Planning', 'That the fees be raised.'],
      ['Planning', 'That the validation list be updated.'],
      ['Highways', 'That the winter plan be adopted.'],
    ]);
  });

  it('reads vote figures whose word a PDF broke over two lines ("Ab-" / "stain: 1).")', () => {
    expect(
      decisions([
        '1. Land north of the bypass',
        'Decision/voting: Upon the vote the motion was carried (For: 7, Against: 4, Ab-',
        'stain: 1).',
        'RESOLVED – That the application be refused.',
      ]),
    ).toEqual([['1', [{ ...plain('RESOLVED', 1), votes: { for: 7, against: 4, abstain: 1 } }]]]);
  });

  it('reads vote figures in the wordings councils use, and nothing from a range of items', () => {
    const votes = (for_: number, against: number, abstain: number) => ({ for: for_, against, abstain });
    for (const [said, expected] of [
      ['Votes: 5 For, 2 Against, 1 Abstention', votes(5, 2, 1)],
      ['The motion was carried by a majority (6 for, 4 against).', votes(6, 4, 0)],
      ['On a show of hands: For 5 Against 3', votes(5, 3, 0)],
      ['For – 9; Against – 2; Abstentions – nil', votes(9, 2, 0)],
      ['Voting: In favour 8, against 1, abstentions 2', votes(8, 1, 2)],
      ['For 4 / Against 3 / Abstain 2', votes(4, 3, 2)],
      ['The vote was 6 to 3 with 1 abstention.', votes(6, 3, 1)],
      ['The motion was carried 8 to 2.', votes(8, 2, 0)],
      ['six in favour and two against', votes(6, 2, 0)],
      ['Items 3 to 5 were carried forward to the next meeting.', null],
    ] as const) {
      expect(votesIn(said), said).toEqual(expected);
    }
  });
});

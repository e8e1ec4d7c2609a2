// Decisions and exempt items as minutes write them, read by the grammar in electron/import/decisions.ts
// (formula, lead-in, labelled or "That" clauses, nesting by label kind, where a decision ends) and
// exemption.ts. Each shape is written here in our own words, with the variants real councils use
// (district and county committees, parish and town councils, Welsh and Scottish councils).
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import type { ImportDecision, ImportItem } from '../../shared/importing';

/** A meeting of numbered items, each given as its lines of minutes. */
function meeting(items: string[][], body = 'Overbrook District Council Planning Committee'): ImportItem[] {
  const text = [
    `Minutes of the meeting of the ${body} held on 4 March 2026 at 7.00 pm`,
    '',
    'Present: Councillor P Ashdown (Chair), Councillors R Bellamy, T Corrie and V Dunmore',
    '',
    ...items.flatMap((lines, index) => [`${index + 1}. Business number ${index + 1}`, ...lines, '']),
    `${items.length + 1}. Date of the next meeting`,
    'The next meeting will be held on 1 April 2026.',
  ].join('\n');
  const found = parseImportText(text).items;
  expect(found.map((item) => item.number)).toEqual([...items.keys(), items.length].map((i) => `${i + 1}`));
  return found.slice(0, items.length);
}

const shape = (decision: ImportDecision) => ({
  keyword: decision.keyword,
  clauses: decision.clauses.length,
  mover: decision.mover,
  seconder: decision.seconder,
  votes: decision.votes,
});

describe('the decision formula in its wordings', () => {
  it('finds one decision of one clause whatever the formula', () => {
    const formulas: [string[], ImportDecision['keyword']][] = [
      [['RESOLVED – That the annual report be received.'], 'RESOLVED'],
      [['Resolved: that the tree works be approved.'], 'RESOLVED'],
      [['Following a short debate it was RESOLVED that the scheme proceed.'], 'RESOLVED'],
      [['The Committee AGREED to defer the matter for a site visit.'], 'AGREED'],
      [['AGREED – to note the update from the working group.'], 'AGREED'],
      [['Decided: that the matter be deferred to the next meeting.'], 'AGREED'],
      [['RECOMMENDED to Council that the fees and charges be approved.'], 'RECOMMENDED'],
      [['RESOLVED - T H A T the revised policy be adopted.'], 'RESOLVED'],
      [['The Sub-Committee resolved unanimously that the licence be granted.'], 'RESOLVED'],
      [['The Trustees resolved that the accounts be approved.'], 'RESOLVED'],
      [
        [
          'It was proposed by Councillor Bellamy, seconded by Councillor Corrie and',
          'RESOLVED that the contract be let.',
        ],
        'RESOLVED',
      ],
      [['DECISION', 'The Committee agreed to note the report.'], 'AGREED'],
      [['Decision', 'Noted.'], 'AGREED'],
      [['Decision', 'Approved the recommendations in the report.'], 'AGREED'],
      [['It was duly resolved that the accounts be approved.'], 'RESOLVED'],
      [['It was proposed, seconded and agreed that the hall hire charges be frozen.'], 'AGREED'],
      [
        [
          'Cllr Bellamy proposed, Cllr Corrie seconded and it was agreed unanimously that the bid be supported.',
        ],
        'AGREED',
      ],
      [['It was agreed by all present that the clerk write to the landowner.'], 'AGREED'],
      [['The Board agreed the recommendations in the report.'], 'AGREED'],
      [['The Committee noted the update and agreed to recommend it to Council.'], 'AGREED'],
    ];
    const items = meeting(formulas.map(([lines]) => lines));
    items.forEach((item, index) => {
      expect(item.decisions.map(shape), item.title).toEqual([
        expect.objectContaining({ keyword: formulas[index]![1], clauses: 1 }),
      ]);
    });
  });

  it('does not take a quotation, an earlier minute, a correct record, an opinion, a motion as moved or CARRIED for a decision', () => {
    const items = meeting([
      ['The minutes of the meeting held on 4 February 2026 were agreed as a correct record and signed.'],
      ['Members agreed that the presentation had been very helpful.'],
      ['The motion was put to the vote and was CARRIED.'],
      ['Councillor Bellamy moved that the report be noted.'],
      ['“The Council resolved in 2019 to declare a climate emergency,” the Leader said.'],
      ['The clerk reported on the bus shelter. Council agreed that the clerk should write to the operator.'],
      ['The Committee agreed the minutes of the last meeting as a correct record.'],
      ['Councillor Corrie agreed to write to the Minister.'],
    ]);
    for (const item of items) expect(item.decisions, item.minutesText).toEqual([]);
  });
});

describe('a parish council’s decision with its mover, seconder and vote after it', () => {
  it('reads "Resolved to …" whether it opens its paragraph or follows a sentence of narrative', () => {
    const items = meeting(
      [
        [
          'Resolved to accept the quote from Hollin Joinery for £850. Proposed Cllr Bellamy, seconded Cllr Corrie, all in favour.',
        ],
        [
          'Three quotes had been obtained for the fence. Resolved to accept the quote from Wray Fencing. Proposed Cllr Corrie, seconded Cllr Dunmore, all in favour.',
        ],
        [
          'RESOLVED to accept the quote from Fellside Trees.',
          'Proposed: Cllr Dunmore. Seconded: Cllr Bellamy. All in favour.',
        ],
        [
          'Resolved to renew the grass-cutting contract – proposed Cllr Bellamy, seconded Cllr Dunmore, 5 in favour, 1 against.',
        ],
        ['Resolved to buy two grit bins.', 'Cllr Corrie proposed, Cllr Bellamy seconded, all in favour.'],
      ],
      'Little Harrow Parish Council',
    );
    expect(items.map((item) => item.decisions.map(shape))).toEqual([
      [{ keyword: 'RESOLVED', clauses: 1, mover: 'Bellamy', seconder: 'Corrie', votes: null }],
      [{ keyword: 'RESOLVED', clauses: 1, mover: 'Corrie', seconder: 'Dunmore', votes: null }],
      [{ keyword: 'RESOLVED', clauses: 1, mover: 'Dunmore', seconder: 'Bellamy', votes: null }],
      [
        {
          keyword: 'RESOLVED',
          clauses: 1,
          mover: 'Bellamy',
          seconder: 'Dunmore',
          votes: { for: 5, against: 1, abstain: 0 },
        },
      ],
      [{ keyword: 'RESOLVED', clauses: 1, mover: 'Corrie', seconder: 'Bellamy', votes: null }],
    ]);
    // The narrative before the decision stays narrative; who moved it is not part of the clause.
    expect(items[1]!.minutesText).toContain('Three quotes had been obtained');
    expect(items[0]!.decisions[0]!.clauses[0]!.text).toBe(
      'to accept the quote from Hollin Joinery for £850.',
    );
  });
});

describe('clauses', () => {
  it('counts the top-level labels of each kind, with lead-ins, sub-clauses and quotations inside them', () => {
    const items = meeting([
      [
        'RESOLVED that:',
        '(a) the report be noted;',
        '(b) the Director be authorised to sign the lease; and',
        '(c) a further report come back in the spring.',
      ],
      ['RESOLVED:', '1. That the report be noted.', '2. That the budget be approved.'],
      ['RESOLVED that:', 'i. the report be noted;', 'ii. the plan be adopted.'],
      ['RESOLVED that the Committee:', '• notes the report;', '• approves the plan.'],
      [
        'RESOLVED that:',
        '(1) planning permission be granted subject to these conditions:',
        '(a) the time limit;',
        '(b) the materials;',
        '(2) the Head of Planning issue the decision.',
      ],
      [
        'RESOLVED that:',
        '1. the report be noted;',
        '1.1 the first condition be varied;',
        '1.2 the second be removed;',
        '2. officers report back.',
      ],
      [
        'RESOLVED that permission be refused for the following reasons:',
        '1. The design would harm the area.',
        '2. The access is unsafe.',
      ],
      ['RESOLVED', 'That the report be noted.', 'That the officers be thanked.'],
      [
        'RESOLVED: That the Committee –',
        '(1) approves the policy;',
        '(2) delegates minor changes to the Director; and',
        '(3) reviews it in a year.',
      ],
      [
        'RESOLVED that the following motion be adopted:',
        '“This Council:',
        '(1) notes the petition;',
        '(2) calls on the Government to act.”',
      ],
      ['The Panel agreed:', '(a) to note the report;', '(b) to ask officers to report back.'],
      [
        'RESOLVED that:',
        '(a) the Council enter into an agreement under the provisions of the',
        'Town and Country Planning Act 1990',
        '(b) the Head of Planning grant permission.',
      ],
      [
        'RESOLVED:',
        'A. That the report be noted.',
        'B. That the plan be adopted.',
        'C. That officers report back.',
      ],
      [
        'RESOLVED that:',
        '(A) the lease be granted, subject to:',
        '(I) a break clause;',
        '(II) a rent review;',
        '(B) the seal be affixed.',
      ],
      ['RESOLVED that:', 'the scheme be approved; and the Director be authorised to sign the contract.'],
      [
        'RESOLVED that:',
        'the following be appointed to the panel: Cllr Bellamy; Cllr Corrie; and Cllr Dunmore.',
      ],
      [
        'RESOLVED that this motion be adopted: “This Council (a) notes the closure; (b) asks the operator to think again.”',
      ],
    ]);
    expect(items.map((item) => item.decisions.map((decision) => decision.clauses.length))).toEqual([
      [3],
      [2],
      [2],
      [2],
      [2],
      [2],
      [2],
      [2],
      [3],
      [1],
      [2],
      [2],
      [3],
      [2],
      [2],
      [1],
      [1],
    ]);
  });

  it('ends a decision at narrative, its reasons, or the next decision', () => {
    const items = meeting([
      ['RESOLVED that the report be noted.', 'The Chair thanked the officers for their work.'],
      [
        'RESOLVED that the application be approved.',
        'Reasons for the decision: the scheme accords with the plan.',
      ],
      ['RESOLVED that the report be noted.', 'RESOLVED that a working group be formed.'],
      [
        'RESOLVED:',
        '(a) That the report be noted.',
        'The Chair reminded members of the site visit on Friday.',
      ],
    ]);
    expect(items.map((item) => item.decisions.map((decision) => decision.clauses.length))).toEqual([
      [1],
      [1],
      [1, 1],
      [1],
    ]);
    expect(items[0]!.minutesText).toContain('The Chair thanked');
    expect(items[3]!.minutesText).toContain('site visit');
  });
});

describe('where a decision ends in minutes with numbered paragraphs', () => {
  it('ends the clauses at the minute’s next paragraph number', () => {
    const items = parseImportText(
      [
        'Minutes of the meeting of the Overbrook District Council Housing Committee held on 4 March 2026 at 7.00 pm',
        '',
        'Present: Councillor P Ashdown (Chair), Councillors R Bellamy and T Corrie',
        '',
        '6. Allocations Policy',
        '6.1 The Head of Housing introduced the report.',
        '6.2 RESOLVED: That the Committee –',
        '(1) approves the policy;',
        '(2) delegates minor changes to the Director; and',
        '(3) reviews the policy in a year.',
        '6.3 The Chair thanked the officers for the report.',
      ].join('\n'),
    ).items;
    expect(items.at(-1)!.decisions.map((decision) => decision.clauses.length)).toEqual([3]);
    expect(items.at(-1)!.minutesText).toContain('The Chair thanked');
  });
});

describe('mover, seconder and votes', () => {
  it('reads who moved and seconded before or after the decision, in the usual wordings', () => {
    const items = meeting([
      [
        'On the motion of Councillor Bellamy, seconded by Councillor Corrie, it was RESOLVED that the grant be paid.',
      ],
      [
        'Moved by Councillor Bellamy and seconded by Councillor Corrie.',
        'RESOLVED that the report be noted.',
      ],
      ['RESOLVED that the fees rise by 3%.', '(Proposer: Councillor Dunmore; Seconder: Councillor Bellamy)'],
      [
        'Councillor Corrie moved, and Councillor Dunmore seconded, that the plan be approved.',
        'RESOLVED that the plan be approved.',
      ],
      [
        'Moved by the Mayor (Councillor Ashdown),',
        'Seconded by the Deputy Mayor (Councillor Bellamy) and',
        'Resolved – That the minutes be taken as read and signed as correct.',
      ],
    ]);
    expect(items.map((item) => [item.decisions[0]?.mover, item.decisions[0]?.seconder])).toEqual([
      ['Bellamy', 'Corrie'],
      ['Bellamy', 'Corrie'],
      ['Dunmore', 'Bellamy'],
      ['Corrie', 'Dunmore'],
      ['Ashdown', 'Bellamy'],
    ]);
  });

  it('reads the figures however they are given, and a recorded vote by its names', () => {
    const items = meeting([
      ['RESOLVED that the application be refused.', 'For 7, Against 3, Abstentions 1'],
      ['The motion was carried 7 votes to 3 and it was RESOLVED that the application be approved.'],
      ['RESOLVED, with 9 in favour, 2 against and 1 abstention, that the scheme be approved.'],
      ['RESOLVED that the scheme be approved.', '(In favour 6, against 2, abstentions 0)'],
      [
        'RESOLVED that the report be approved.',
        'For: Councillors Ashdown, Bellamy and Corrie',
        'Against: Councillor Dunmore',
        'Abstain: None',
      ],
      ['RESOLVED unanimously that the grant be approved.'],
      [
        'On a vote, eight Members voted for the proposal and three against, and it was RESOLVED that the proposal be adopted.',
      ],
      ['RESOLVED that the budget be set.', 'For the motion: 20; Against the motion: 15; Abstentions: 2'],
      [
        'Councillors Ashdown, Bellamy and Corrie voted for; Councillor Dunmore voted against; Councillor Ellis abstained.',
        'RESOLVED that the plan be approved.',
      ],
      ['Councillor Dunmore voted against the motion.', 'RESOLVED that the plan be approved.'],
    ]);
    expect(items.map((item) => item.decisions[0]?.votes ?? null)).toEqual([
      { for: 7, against: 3, abstain: 1 },
      { for: 7, against: 3, abstain: 0 },
      { for: 9, against: 2, abstain: 1 },
      { for: 6, against: 2, abstain: 0 },
      { for: 3, against: 1, abstain: 0 },
      null,
      { for: 8, against: 3, abstain: 0 },
      { for: 20, against: 15, abstain: 2 },
      { for: 3, against: 1, abstain: 1 },
      null,
    ]);
  });
});

describe('exempt items', () => {
  const exempt = (items: ImportItem[]) => items.map((item) => [item.exempt, item.exemptParagraph]);

  it('marks the items after an exclusion until the public return, with its paragraph (England and Wales)', () => {
    const england = meeting([
      ['RESOLVED that the report be noted.'],
      [
        'RESOLVED that the press and public be excluded for the following items as they involve exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      ],
      ['RESOLVED that the lease be granted.'],
      ['RESOLVED that the restructure be approved.', 'The press and public were readmitted to the meeting.'],
    ]);
    expect(exempt(england)).toEqual([
      [false, null],
      [false, null],
      [true, 3],
      [true, 3],
    ]);
    const wales = meeting([
      [
        'RESOLVED that the public be excluded for the following item under paragraph 14 of Part 4 of Schedule 12A to the Local Government Act 1972.',
      ],
      ['RESOLVED that the site be sold.'],
      ['RESOLVED that the report be noted.'],
    ]);
    expect(exempt(wales)).toEqual([
      [false, null],
      [true, 14],
      [false, null],
    ]);
  });

  it('gives a Scottish exclusion no Schedule 12A paragraph', () => {
    const items = meeting([
      [
        'The Committee resolved that under Section 50A(4) of the Local Government (Scotland) Act 1973 the public be excluded for the following item on the grounds that it involved exempt information as defined in paragraph 6 of Part 1 of Schedule 7A to the Act.',
      ],
      ['The Committee agreed to the disposal.'],
    ]);
    expect(exempt(items)).toEqual([
      [false, null],
      [true, null],
    ]);
  });

  it('reads banners, title markers and a marking line, and an exclusion that did not happen', () => {
    const banners = meeting([
      ['RESOLVED that the report be noted.', 'IN COMMITTEE'],
      ['RESOLVED that enforcement action be taken.'],
      ['RESOLVED that the advice be noted.', 'OUT OF COMMITTEE'],
      ['It was not necessary to exclude the press and public as the exempt appendix was not discussed.'],
      ['RESOLVED that the contract be extended.'],
    ]);
    expect(banners.map((item) => item.exempt)).toEqual([false, true, true, false, false]);
    const parts = meeting([
      ['RESOLVED that the report be noted.', 'Part 2 – Exempt Items'],
      ['RESOLVED that the claim be settled.'],
      ['RESOLVED that the advice be noted.', 'Part 1 – Public Items'],
      ['RESOLVED that the consultation go ahead.', 'Part 2 of the report set out the costs in more detail.'],
      ['RESOLVED that the bid be submitted.'],
    ]);
    expect(parts.map((item) => item.exempt)).toEqual([false, true, true, false, false]);
    const marked = parseImportText(
      [
        'Minutes of the meeting of the Overbrook District Council Cabinet held on 4 March 2026 at 2.00 pm',
        '',
        '1. Confidential Reporting Policy',
        'RESOLVED that the whistleblowing policy be adopted.',
        '',
        '2. CONFIDENTIAL – Land at Mill Lane',
        'RESOLVED that the land be sold.',
        '',
        '3. Depot lease',
        'Exempt information – paragraph 3 of Part 1 of Schedule 12A',
        'RESOLVED that the lease be granted.',
        '',
        '4. Waste contract',
        'The appendix to the report was exempt under paragraph 3 of Schedule 12A but was not discussed.',
        'RESOLVED that the contract be extended.',
        '',
        '5. Pay award (Restricted)',
        'RESOLVED that the award be paid.',
      ].join('\n'),
    ).items;
    expect(exempt(marked)).toEqual([
      [false, null],
      [true, null],
      [true, 3],
      [false, null],
      [true, null],
    ]);
  });
});

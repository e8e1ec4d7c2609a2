// Decisions and exclusions in the shapes real councils outside the corpus's sources publish (read on
// their sites: Sandwell, Huntingdonshire, South Holland, Enfield, West Lancashire, Havering, Medway,
// Southwark, Rotherham, Sheffield, Anglesey, Magherafelt, Mid and East Antrim, Newry Mourne and
// Down, Lisburn and Castlereagh, Causeway Coast and Glens, Blaengwrach, Resolven and Llanedi
// community councils, Groby and Welton le Marsh parish councils), reworded, names invented.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const head = [
  'Minutes of the meeting of the Committee held on 4 March 2026 at 7.00 pm',
  '',
  'Present: Councillor A Brook (Chair), Councillors B Carr, D Eames, J Kerr, M Crane, P Hyland and L Devlin',
  '',
];
const parsed = (lines: string[]) => parseImportText([...head, ...lines].join('\n')).items;

/** Each item's decisions: keyword, clause count, mover, seconder, votes. */
const decisions = (lines: string[]) =>
  parsed(lines).map((item) =>
    item.decisions.map((d) => [
      d.keyword,
      d.clauses.length,
      d.mover ?? null,
      d.seconder ?? null,
      d.votes ?? null,
    ]),
  );
/** Each item's number, whether exempt, and its paragraph. */
const exempt = (lines: string[]) =>
  parsed(lines).map((item) => [item.number, item.exempt, item.exemptParagraph]);

describe('decisions as unseen councils write them', () => {
  it('Northern Ireland: "It was / PROPOSED by … / Seconded by …, and / RESOLVED: that …"', () => {
    expect(
      decisions([
        '1. Minutes',
        '1.1 It was',
        'PROPOSED by Councillor J Kerr',
        'Seconded by Councillor M Crane, and',
        'RESOLVED: that the Minutes of the meeting held on 3 February 2026 be taken as read and signed as correct.',
        '',
        '2. Matters arising',
        'There were none.',
      ])[0],
    ).toEqual([['RESOLVED', 1, 'J Kerr', 'M Crane', null]]);
  });

  it('Northern Ireland: "AGREED: On the proposal of Councillor X, seconded by Councillor Y, it was agreed to …"', () => {
    expect(
      decisions([
        'C/161/2026 Leisure strategy',
        'Read: report dated 1 March 2026 from the Director.',
        'AGREED: On the proposal of Councillor Hyland, seconded by Councillor Devlin, it was agreed to approve the strategy.',
        '',
        'C/162/2026 Correspondence',
        'Noted.',
      ])[0],
    ).toEqual([['AGREED', 1, 'Hyland', 'Devlin', null]]);
  });

  it('Northern Ireland: members voting "For" and "Against" as figures before the words, then "AGREED –"', () => {
    expect(
      decisions([
        '9. Notice of motion - cost of living',
        'Proposed by Councillor Kerr',
        'Seconded by Councillor Crane',
        'That Council writes to the Minister about the cost of living.',
        'The Mayor put the proposal to the Council to vote, 20 Members voted For, 10 Members voted Against, 0 Abstentions. The Mayor declared the motion carried.',
        'AGREED – that Council writes to the Minister about the cost of living.',
        '',
        '10. Close',
        'The meeting ended.',
      ])[0],
    ).toEqual([['AGREED', 1, 'Kerr', 'Crane', { for: 20, against: 10, abstain: 0 }]]);
  });

  it('Welsh community councils: "RESOLVED and noted." after a report, and "Resolved to elect …"', () => {
    expect(
      decisions([
        "84/23 County Councillor's Report",
        '- Cllr Eames reported that the police had patrolled near the school. RESOLVED and noted.',
        '',
        '85/23 Public observations',
        'There were none.',
      ])[0],
    ).toEqual([['RESOLVED', 1, null, null, null]]);
    expect(
      decisions([
        '39/20 Election of Chair',
        'Resolved to elect Cllr Brook as Chair.',
        'Resolved to approve the powers delegated to the Clerk by email.',
        '',
        '40/20 Apologies',
        'None.',
      ])[0],
    ).toEqual([
      ['RESOLVED', 1, null, null, null],
      ['RESOLVED', 1, null, null, null],
    ]);
  });

  it('"RESOLVED:" over "That Cabinet:" and clauses labelled "A:", "B:", "C:"', () => {
    expect(
      decisions([
        '5. Assistive Technology Review',
        'RESOLVED:',
        'That Cabinet:',
        'A: Welcomes the commitment to independent living;',
        'B: Agrees the recommendations of the review; and',
        'C: Asks officers to report back in six months.',
        '',
        '6. Close',
        'Ended.',
      ])[0],
    ).toEqual([['RESOLVED', 3, null, null, null]]);
  });

  it('"Resolved:-" over "(1) that …", a clause naming "resolution (1) above" is still one clause', () => {
    expect(
      decisions([
        '12. Minutes of the previous meeting',
        'Resolved:-',
        '(1) that the minutes of 18 March are re-submitted to a future meeting;',
        '(2) that, as a consequence of resolution (1) above, the minutes are not submitted to the Council in July;',
        '(3) that an additional meeting of the Committee be held.',
        '',
        '13. Close',
        'Ended.',
      ])[0],
    ).toEqual([['RESOLVED', 3, null, null, null]]);
  });

  it('"The Committee resolved:-" over "(i) …; and (ii) in relation to article 27, resolution (iii), …"', () => {
    expect(
      decisions([
        '2. Minute of Previous Meeting',
        'The Committee resolved:-',
        '(i) to approve the minute as a correct record; and',
        '(ii) in relation to article 27, resolution (iii), to note the oral update on the investigation.',
        '',
        '3. Any other business',
        'None.',
      ])[0],
    ).toEqual([['RESOLVED', 2, null, null, null]]);
  });

  it('a licence granted "subject to the following conditions:" numbered under the lead-in', () => {
    expect(
      decisions([
        '5. Licence application - The Old Mill',
        'The Sub-Committee RESOLVED to grant the licence subject to the following conditions:',
        '1. CCTV shall be installed.',
        '2. Door staff shall be employed on Fridays.',
        '3. No drinks shall be taken outside after 10 pm.',
        '',
        '6. Close',
        'Ended.',
      ])[0],
    ).toEqual([['RESOLVED', 3, null, null, null]]);
  });

  it('votes however given, and an amendment’s figures kept off the decision', () => {
    const budget = (votes: string[]) =>
      decisions([
        '5. Budget',
        ...votes,
        'RESOLVED that the budget be approved.',
        '',
        '6. Close',
        'Ended.',
      ])[0];
    const seven = [['RESOLVED', 1, null, null, { for: 7, against: 2, abstain: 1 }]];
    expect(budget(['Voting was as follows: For – 7, Against – 2, Abstentions – 1'])).toEqual(seven);
    expect(
      budget([
        'The motion was put to the vote and there voted 7 in favour and 2 against, with 1 abstention, and it was',
      ]),
    ).toEqual(seven);
    expect(
      decisions([
        '5. Parking charges',
        'An amendment was moved by Councillor Kerr and seconded by Councillor Crane that the charges be frozen. On being put to the vote the amendment was lost (3 for, 6 against).',
        'The substantive motion was then put and it was',
        'RESOLVED that the charges be increased as set out in the report.',
        '',
        '6. Close',
        'Ended.',
      ])[0],
    ).toEqual([['RESOLVED', 1, null, null, null]]);
  });
});

describe('community council minutes: bullets and the agenda’s label after the minute’s number', () => {
  it('"• It was resolved …" under a bullet is a decision, its roman list its clauses; "Agenda Item 7:" is not the title', () => {
    const items = parsed([
      '218.0   Agenda Item 7: Finance',
      '218.1   Payments',
      '•   It was resolved to approve the payments listed in the schedule.',
      '',
      '219.0   Agenda Item 9: Planning Applications',
      '•   PL/09/25/0412 – Tir Coch – erection of an agricultural building.',
      '•   It was resolved that the Council has no objection.',
      '',
      '221.0   Agenda Item 11: Caretaking Contract',
      '•   It was resolved:',
      '    i.   to extend the contract until 31st March 2026;',
      '    ii.  to advertise the contract for 2026/27 in January.',
    ]);
    expect(
      items.map((item) => [
        item.number,
        item.title,
        item.decisions.map((d) => [d.keyword, d.clauses.length]),
      ]),
    ).toEqual([
      ['218.0', 'Finance', []],
      ['218.1', 'Payments', [['RESOLVED', 1]]],
      ['219.0', 'Planning Applications', [['RESOLVED', 1]]],
      ['221.0', 'Caretaking Contract', [['RESOLVED', 2]]],
    ]);
  });
});

describe('more decision shapes', () => {
  it('Enfield’s "DECISION: The Cabinet agreed to" over numbered clauses, after a "NOTED" list', () => {
    expect(
      decisions([
        '4. Adoption of the Area Action Plan',
        'The Leader introduced the report.',
        'NOTED',
        '1. The background to the plan as set out in the report.',
        '2. That the plan would form part of the Local Plan.',
        'DECISION: The Cabinet agreed to',
        '1. Recommend the plan to Council for adoption.',
        '2. Delegate minor changes to the Director.',
        'Reason: to complete the Local Plan.',
        '',
        '5. Any other business',
        'None.',
      ])[0],
    ).toEqual([['AGREED', 2, null, null, null]]);
  });

  it('a proposal, its show of hands, then "RESOLVED." closing it: the proposal names mover and seconder', () => {
    expect(
      decisions([
        '218.2   Precept 2026/27',
        '•   It was proposed by Cllr J Kerr and seconded by Cllr M Crane that the Council requests a precept of £38,500. On a show of hands 8 voted in favour and 1 against, with no abstentions. RESOLVED.',
        '',
        '219.0   Correspondence',
        'Noted.',
      ])[0],
    ).toEqual([['RESOLVED', 1, 'J Kerr', 'M Crane', { for: 8, against: 1, abstain: 0 }]]);
  });

  it('"RESOLVED: That, in accordance with Rule 4.1, the following Councillor be allowed to speak:" over a table is one clause', () => {
    expect(
      decisions([
        '180. Right of Members to Speak',
        'RESOLVED: That, in accordance with Committee Procedure Rule 4.1, the following Councillor, who was not a Member of the Committee, be allowed to speak on the agenda item indicated:',
        'Councillor \tPlanning application',
        'Nadia Quill \t2/01',
        '',
        '181. Declarations of Interest',
        'None.',
      ])[0],
    ).toEqual([['RESOLVED', 1, null, null, null]]);
  });
});

describe('exclusions as unseen councils write them', () => {
  it('Northern Ireland: business conducted "In Committee", an item titled "IN COMMITTEE: …", normal business resumed', () => {
    expect(
      exempt([
        '10  PROPOSAL TO PROCEED IN COMMITTEE',
        'Proposed by Councillor Kerr',
        'Seconded by Councillor Crane and',
        "RESOLVED - that the Council proceed to conduct the following business 'In Committee'.",
        '',
        '11  IN COMMITTEE: CATERING CONCESSION',
        'RESOLVED - that the concession be awarded to the highest scoring tenderer.',
      ]),
    ).toEqual([
      ['10', false, null],
      ['11', true, null],
    ]);
    expect(
      exempt([
        '5.   Exclusion of the Public',
        "It was proposed by Councillor Kerr, seconded by Alderman Crane and agreed that the following item of business be considered 'in committee', in the absence of members of the press and public being present.",
        '',
        '6.  Fleet Replacement Tender',
        'It was agreed that the tender be awarded to the most economically advantageous tenderer.',
        '',
        '7.  Resumption of Normal Business',
        'It was proposed by Councillor Kerr, seconded by Councillor Crane and agreed that normal business be resumed.',
        '',
        '8.  Any other business',
        'None.',
      ]),
    ).toEqual([
      ['5', false, null],
      ['6', true, null],
      ['7', false, null],
      ['8', false, null],
    ]);
  });

  it('names the items as "Minute Nos. 46 and 47" or "Item No. 10"', () => {
    expect(
      exempt([
        '44. Exclusion of the public',
        'RESOLVED – That, in accordance with Section 100A(4) of the Local Government Act 1972, the public be excluded from the meeting for the consideration of Minute Nos. 46 and 47 below, on the grounds that they involve the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A.',
        '',
        '45. Performance report',
        'RESOLVED that the report be noted.',
        '',
        '46. Asset sale',
        'RESOLVED that the sale be approved.',
        '',
        '47. Lease renewal',
        'RESOLVED that the lease be renewed.',
        '',
        '48. Public questions',
        'There were none.',
      ]),
    ).toEqual([
      ['44', false, null],
      ['45', false, null],
      ['46', true, 3],
      ['47', true, 3],
      ['48', false, null],
    ]);
    expect(
      exempt([
        '8. Exclusion of the press and public',
        'RESOLVED that the press and public be excluded during consideration of Item No. 10 as it involves the likely disclosure of exempt information as defined in paragraph 1 of Part 1 of Schedule 12A.',
        '',
        '9. Work programme',
        'RESOLVED that the work programme be noted.',
        '',
        '10. Staffing matter',
        'RESOLVED that the recommendation be approved.',
      ]),
    ).toEqual([
      ['8', false, null],
      ['9', false, null],
      ['10', true, 1],
    ]);
  });

  it('"The Committee agreed that the press and public be excluded … relating to agenda items 7 and 8"', () => {
    expect(
      exempt([
        '5. Exclusion of the press and public',
        'The Committee agreed that the press and public be excluded from the meeting during the consideration of the exempt material relating to agenda items 7 and 8, because it would disclose exempt information as defined by Schedule 12A, paragraph 3-Information relating to financial or business affairs.',
        '',
        '6. Budget monitoring',
        'RESOLVED that the report be noted.',
        '',
        '7. Property disposal',
        'RESOLVED that the disposal be approved.',
        '',
        '8. Contract award',
        'RESOLVED that the contract be awarded.',
      ]).slice(1),
    ).toEqual([
      ['6', false, null],
      ['7', true, 3],
      ['8', true, 3],
    ]);
  });

  it('"considered in the absence of the press and public" excludes them for the following item', () => {
    expect(
      exempt([
        '9. Private business',
        'The following item was considered in the absence of the press and public, as it involved exempt information (paragraph 3 of Schedule 12A).',
        '',
        '10. Land at Church Street',
        'RESOLVED that the land be acquired.',
        '',
        '11. Close',
        'Ended.',
      ]),
    ).toEqual([
      ['9', false, null],
      ['10', true, 3],
      ['11', false, null],
    ]);
  });

  it('no exclusion where the item says it did not happen, though the proposed resolution is printed', () => {
    expect(
      exempt([
        '3. Exclusion of the public and press',
        'That the public be excluded from the meeting for the following items of business on the grounds that they involve the likely disclosure of exempt information as defined in paragraphs 1 and 2, Access to Information Procedure rules of the Constitution.',
        'Members did not resolve to exclude the public and press as they did not discuss the exempt information.',
        '',
        '4. Staffing review',
        'RESOLVED that the recommendations in the closed report be agreed.',
      ]),
    ).toEqual([
      ['3', false, null],
      ['4', false, null],
    ]);
    expect(
      exempt([
        '11. Exclusion of the press and public',
        'The Committee considered whether to exclude the press and public for items 12 and 13. As the exempt appendices were not discussed, it was agreed not to exclude the press and public.',
        '',
        '12. Depot sale',
        'RESOLVED that the sale be approved.',
        '',
        '13. Office lease',
        'RESOLVED that the lease be renewed.',
      ]),
    ).toEqual([
      ['11', false, null],
      ['12', false, null],
      ['13', false, null],
    ]);
    expect(
      exempt([
        '6. Exclusion of the press and public',
        'The Chair advised that Appendix 2 to item 7 contained exempt information; however, the meeting remained open to the public throughout.',
        '',
        '7. Housing strategy',
        'RESOLVED that the strategy be adopted.',
      ]),
    ).toEqual([
      ['6', false, null],
      ['7', false, null],
    ]);
  });
});

describe('a bilingual heading', () => {
  it('takes the English name of the body, not the Welsh printed under it', () => {
    const structure = parseImportText(
      [
        '          NORTH AND EAST WALES FIRE AND RESCUE AUTHORITY',
        '          AWDURDOD TÂN AC ACHUB GOGLEDD A DWYRAIN CYMRU',
        '',
        'Minutes of the meeting held at Fire Headquarters on Monday 9 March 2026 at 10.00 am',
        '',
        'PRESENT:',
        'Councillor A Brook (Chair)',
        'Councillor B Carr',
        '',
        '1. Apologies',
        'None.',
      ].join('\n'),
    );
    expect(structure.meeting?.committee).toBe('North and East Wales Fire and Rescue Authority');
  });
});

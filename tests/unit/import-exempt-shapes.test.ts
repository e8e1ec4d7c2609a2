// Exclusions of the public and exempt items in the wordings real councils publish, in our own words
// with invented names: England (Schedule 12A paragraphs 1–7, "paragraphs 1 and 3", "Category 3",
// agenda and minute numbers both given, ranges of items), Wales (12–18, "Category 16"), Scotland
// (Schedule 7A: no paragraph recorded), Northern Ireland (Schedule 6, "Restricted Item – …"), parish
// and town councils under the 1960 Act, "Part B"/"Private"/"Non-Public Session" banners, titles
// marked "(Exempt)" or "– CONFIDENTIAL", and minutes "held separately".
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const heading = (body: string) => [
  `Minutes of the meeting of the ${body} held on 4 March 2026 at 2.00 pm`,
  '',
  'Present: Councillor A Brook (Chair), Councillors B Carr and D Eames',
  '',
];

/** Each item's number and [exempt, paragraph]. */
function exemptions(body: string, lines: string[]): [string, boolean, number | null][] {
  return parseImportText([...heading(body), ...lines].join('\n')).items.map((item) => [
    item.number,
    item.exempt,
    item.exemptParagraph,
  ]);
}

describe('which items an exclusion covers', () => {
  it('takes the minutes’ own number where the resolution gives the agenda’s and the minutes’', () => {
    expect(
      exemptions('Housing Committee', [
        '2. Exclusion of Public and Press',
        'RESOLVED: That the public and press be excluded from the meeting before discussion takes place on Item 6 on the agenda (item 4 of these minutes) on the grounds that there would be a disclosure of exempt information as described in paragraphs 1 and 2 of Schedule 12A to the Local Government Act 1972, as amended.',
        '',
        '3. Tenancy strategy',
        'RESOLVED: That the strategy be approved.',
        '',
        '4. Staffing matter',
        'RESOLVED: That the recommendation be approved.',
        '',
        '5. Date of next meeting',
        'The next meeting will be on 1 April 2026.',
      ]),
    ).toEqual([
      ['2', false, null],
      ['3', false, null],
      ['4', true, 1],
      ['5', false, null],
    ]);
  });

  it('reads a range of items ("items 22 - 24", "items 7 to 8") and "paragraph, 3"', () => {
    expect(
      exemptions('Cabinet', [
        '21. Exclusion of the Press and Public',
        'RESOLVED',
        'That the press and public be excluded from the remainder of the meeting as items 22 - 24 contained exempt information as defined under paragraphs 3 and 5, Part 1, Schedule 12A of the Local Government Act 1972.',
        '',
        '22. Land at Station Road',
        'RESOLVED that the land be sold.',
        '',
        '23. Legal claim',
        'RESOLVED that the claim be settled.',
        '',
        '24. Exempt minutes',
        'RESOLVED that the exempt minutes of the meeting held on 4 February 2026 be approved.',
      ]),
    ).toEqual([
      ['21', false, null],
      ['22', true, 3],
      ['23', true, 3],
      ['24', true, 3],
    ]);
    expect(
      exemptions('Regeneration Board', [
        '6. Exclusion of press and public',
        'RESOLVED: That, the public interest in maintaining the exemption outweighing that in disclosing the information, members of the press and public be excluded from the meeting during consideration of items 7 to 8 because exempt information would be disclosed, being information defined in Section 100 (1) and paragraph, 3 of Schedule 12A of the Local Government Act 1972.',
        '',
        '7. Market hall lease',
        'RESOLVED: That the lease be granted.',
        '',
        '8. Enterprise zone land',
        'RESOLVED: That the land be acquired.',
        '',
        '9. Town centre update',
        'RESOLVED: That the update be noted.',
      ]),
    ).toEqual([
      ['6', false, null],
      ['7', true, 3],
      ['8', true, 3],
      ['9', false, null],
    ]);
  });

  it('takes the remainder of the meeting, moved and seconded, and Part 2 of the agenda', () => {
    expect(
      exemptions('Licensing Committee', [
        '1. Minutes',
        'RESOLVED that the minutes of the meeting held on 3 February 2026 be approved.',
        '',
        '2. Exclusion of Press and Public',
        'It was proposed by Councillor Carr, seconded by Councillor Eames, and resolved to exclude the press and public for the remainder of the meeting under Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.',
        '',
        '3. Review of a private hire driver licence',
        'RESOLVED that the licence be revoked.',
        '',
        '4. Review of a hackney carriage driver licence',
        'RESOLVED that the licence be suspended for 28 days.',
      ]).map(([, exempt, paragraph]) => [exempt, paragraph]),
    ).toEqual([
      [false, null],
      [false, null],
      [true, 1],
      [true, 1],
    ]);
    expect(
      exemptions('Community and Wellbeing Committee', [
        '13. Play area refurbishment',
        'The Committee unanimously resolved to approve the refurbishment.',
        '',
        '14. Exclusion of the Press and Public',
        'Under Section 100(A)(4) of the Local Government Act 1972, the Committee unanimously resolved to exclude the press and public from the meeting for Part 2 of the agenda on the grounds that the business involved the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act (as amended).',
        '',
        '15. Leisure centre operator contract',
        'The Committee resolved to award the contract.',
      ]).map(([, exempt, paragraph]) => [exempt, paragraph]),
    ).toEqual([
      [false, null],
      [false, null],
      [true, 3],
    ]);
  });
});

describe('the paragraph cited, by nation', () => {
  it('reads "Category 16" of Schedule 12A (Wales) and "Category 3" of the procedure rules', () => {
    expect(
      exemptions('Executive', [
        '20. Exclusion of the Press and Public',
        'It was resolved under Section 100(A)(4) of the Local Government Act 1972 to exclude the press and public from the meeting during the discussion on item 21 on the grounds that it involved the disclosure of exempt information as defined in Schedule 12A (Category 16) of the said Act.',
        '',
        '21. Legal advice on the harbour',
        'It was resolved to accept the advice.',
        '',
        '22. Welsh language standards',
        'It was resolved to note the report.',
      ]),
    ).toEqual([
      ['20', false, null],
      ['21', true, 16],
      ['22', false, null],
    ]);
    expect(
      exemptions('Appointments Committee', [
        '2. Exclusion of the public',
        'RESOLVED that the public be excluded from the meeting for the following items under Category 3 of the Access to Information Procedure Rules.',
        '',
        '3. Chief Officer appraisal',
        'RESOLVED that the appraisal be noted.',
      ]),
    ).toEqual([
      ['2', false, null],
      ['3', true, 3],
    ]);
  });

  it('gives Welsh paragraphs 12–18 and nothing for Scotland or Northern Ireland', () => {
    expect(
      exemptions('Finance Committee', [
        '2. Exclusion of the public',
        'RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following items on the grounds that they involve the likely disclosure of exempt information as defined in paragraphs 12 and 14 of Part 4 of Schedule 12A to the Act.',
        '',
        '3. Debt write-offs',
        'RESOLVED that the write-offs be approved.',
        '',
        '4. Contract award',
        'RESOLVED that the contract be awarded.',
        '',
        'The public were readmitted to the meeting.',
        '',
        '5. Treasury management',
        'RESOLVED that the report be noted.',
      ]).map(([, exempt, paragraph]) => [exempt, paragraph]),
    ).toEqual([
      [false, null],
      [true, 12],
      [true, 12],
      [false, null],
    ]);
    expect(
      exemptions('Strategic Policy and Resources Committee', [
        '2. Restricted Items',
        'The information contained in the reports associated with the following items is restricted in accordance with Part 1 of Schedule 6 of the Local Government Act (Northern Ireland) 2014.',
        'Resolved – That the Committee agrees to exclude the members of the press and public from the meeting during discussion of the following items as there would be a disclosure of exempt information as described in Section 42(4) and Schedule 6 of the Local Government Act (Northern Ireland) 2014.',
        '',
        '3. Restricted Item - Leisure transformation update',
        'The Committee noted the update.',
        '',
        '4. Restricted Item - Asset disposal',
        'The Committee agreed to the disposal of the site.',
      ]),
    ).toEqual([
      ['2', false, null],
      ['3', true, null],
      ['4', true, null],
    ]);
    expect(
      exemptions('Audit Committee', [
        '2. Exclusion of the public',
        'The Committee resolved that under Section 50A(4) of the Local Government (Scotland) Act 1973 the public be excluded from the meeting for the following items on the grounds that they involved the likely disclosure of exempt information as defined in paragraphs 1 and 9 of Part I of Schedule 7A to the Act.',
        '',
        '3. Internal audit investigation',
        'The Committee agreed to note the report.',
      ]),
    ).toEqual([
      ['2', false, null],
      ['3', true, null],
    ]);
  });

  it('marks what a parish or town council excludes under the 1960 Act', () => {
    expect(
      exemptions('Ashcombe Parish Council', [
        '26/26 Exclusion of press and public',
        'Resolved that in view of the confidential nature of the business about to be transacted, it is advisable in the public interest that the press and public be excluded and they are instructed to withdraw.',
        '',
        "27/26 Clerk's salary review",
        "Resolved to increase the clerk's hours to 10 a week.",
        '',
        '28/26 Closure',
        'The meeting closed at 9.05pm.',
      ]),
    ).toEqual([
      ['26/26', false, null],
      ['27/26', true, null],
      ['28/26', false, null],
    ]);
  });
});

describe('items marked exempt without a resolution', () => {
  it('reads Part B, PRIVATE and Non-Public Session banners', () => {
    for (const banner of [
      'PART B - ITEMS CONSIDERED IN PRIVATE',
      'PRIVATE',
      'Non-Public Session',
      'Private Business',
    ]) {
      expect(
        exemptions('Policy and Resources Committee', [
          '1. Budget',
          'RESOLVED that the budget be recommended to Council.',
          '',
          banner,
          '',
          '2. Property disposal',
          'RESOLVED that the property be sold.',
          '',
          '3. Insurance renewal',
          'RESOLVED that the renewal be approved.',
        ]).map(([, exempt]) => exempt),
      ).toEqual([false, true, true]);
    }
  });

  it('reads a minute held separately or marked as not for publication', () => {
    expect(
      exemptions('Planning Committee', [
        '1. Local plan',
        'RESOLVED that the plan be consulted upon.',
        '',
        '2. Staffing restructure',
        'The minute of this item is held separately.',
        '',
        '3. Former depot site',
        'This minute contains exempt information within paragraph 3 of Schedule 12A and is not for publication.',
        'RESOLVED that the site be marketed.',
        '',
        '4. Enforcement update (Exempt)',
        'RESOLVED that the update be noted.',
        '',
        '5. Appeal against a tree preservation order - CONFIDENTIAL',
        'RESOLVED that the appeal be defended.',
        '',
        '6. Land at Hill Farm (Exempt - Paragraph 5)',
        "RESOLVED that counsel's opinion be sought.",
      ]),
    ).toEqual([
      ['1', false, null],
      ['2', true, null],
      ['3', true, 3],
      ['4', true, null],
      ['5', true, null],
      ['6', true, 5],
    ]);
  });
});

describe('the wordings of an exclusion', () => {
  /** Items 1–4 around a second item whose text is `said`: which of them are exempt. */
  const around = (said: string) =>
    exemptions('Parish Council', [
      '1. Planning',
      'RESOLVED that no objection be made.',
      '',
      '2. Confidential matters',
      said,
      '',
      '3. Staffing',
      'RESOLVED that the clerk be regraded.',
      '',
      '4. Tenders for grass cutting',
      'RESOLVED that the tender be awarded.',
    ]).map(([, exempt]) => exempt);

  it('reads the public asked to leave or withdraw, and items taken or heard in private', () => {
    for (const said of [
      'Under the Public Bodies (Admission to Meetings) Act 1960, members of the public and press were asked to leave the meeting for the following item.',
      'RESOLVED that members of the public and press be asked to withdraw for the following item.',
      'DECISION\nThe Committee agreed to take the following item in private.',
      'The Council resolved to go into private session to consider the following item.',
      'Members agreed to exclude the public from the meeting for the consideration of the following item on the grounds that the matter was confidential.',
      'RESOLVED that the following item be heard in closed session.',
    ]) {
      expect(around(said), said).toEqual([false, false, true, false]);
    }
  });

  it('does not read an exclusion into the public leaving, or a member not required to leave', () => {
    for (const said of [
      'The members of the public left the meeting at 7.45 pm.',
      'Councillor Carr declared an interest, but as the item was not debated she was not required to leave the meeting.',
      'The press and public were not excluded as the exempt appendix was not discussed.',
    ]) {
      expect(around(said), said).toEqual([false, false, false, false]);
    }
  });
});

describe('an item marked under its title', () => {
  /** Three items, the second with `said` under its title: each [exempt, paragraph]. */
  const marked = (said: string) =>
    exemptions('Cabinet', [
      '1. Budget',
      'RESOLVED that the report be noted.',
      '',
      '2. Depot site',
      said,
      'RESOLVED that the site be sold.',
      '',
      '3. Waste contract',
      'RESOLVED that the contract be extended.',
    ]).map(([, exempt, paragraph]) => [exempt, paragraph]);

  it('reads the marking lines councils print, with their paragraph', () => {
    for (const [said, paragraph] of [
      [
        'This report is not for publication because it contains exempt information under paragraph 3 of Part 1 of Schedule 12A.',
        3,
      ],
      ['Reason for exemption: paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.', 3],
      ['Exempt by virtue of paragraphs 1 and 2 of Part 1 of Schedule 12A.', 1],
      ['By virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972.', 3],
      ['This item was considered in private.', null],
      ['The Committee considered this item in closed session.', null],
    ] as const) {
      expect(marked(said), said).toEqual([
        [false, null],
        [true, paragraph],
        [false, null],
      ]);
    }
  });

  it('does not mark an item whose appendix alone is exempt', () => {
    for (const said of [
      'The report contained a confidential appendix which was not discussed.',
      'Appendix 2 to this report is exempt under paragraph 3 of Schedule 12A.',
    ]) {
      expect(marked(said), said).toEqual([
        [false, null],
        [false, null],
        [false, null],
      ]);
    }
  });
});

describe('a Northern Irish council "In Committee"', () => {
  it('marks the items between going "In Committee" and coming out of Committee', () => {
    for (const verb of ['go', 'went', 'move']) {
      expect(
        exemptions('Lagan District Council', [
          '1. Grants',
          'Agreed – that the grants be paid.',
          '',
          '2. In Committee',
          `Proposed by Councillor Carr, seconded by Councillor Eames and agreed that the Council ${verb} 'In Committee' to consider the following items.`,
          '',
          '3. Legal matter',
          'Agreed – that the advice be noted.',
          '',
          '4. Staffing',
          'Agreed – that the restructure proceed.',
          '',
          'Proposed by Councillor Brook, seconded by Councillor Carr and agreed that the Council come out of Committee.',
          '',
          '5. Date of next meeting',
          '1 April 2026.',
        ]).map(([, exempt]) => exempt),
        verb,
      ).toEqual([false, false, true, true, false]);
    }
  });
});

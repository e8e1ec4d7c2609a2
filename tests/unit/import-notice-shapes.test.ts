// Shapes met in fresh training texts and checked against real councils' pages, written here in our own
// words with invented names: a hearing's decision notice ("Agenda item 4" over its title, lists of
// people under labels), a decision's web page (the council's name over the title, an "Exempt
// information:" field), Scottish minutes in lower case ("The committee:-") with a date line that
// starts with a number, sub-items numbered alone ("6(a)"), a heading over the private business with
// nothing under it, titles wrapped before a financial year or opening "Proposed", and movers named
// by the initials the list of those present gave them.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

describe('notices and pages of one item', () => {
  it('reads a hearing’s decision notice as one item under "Agenda item 4", not its lists of people', () => {
    const structure = parseImportText(
      [
        'Westholme Borough Council',
        '',
        'STANDARDS HEARING SUB-COMMITTEE',
        '',
        'DECISION NOTICE',
        '',
        'Date of hearing: Tuesday 3 November 2026',
        '',
        'Members of the Sub-Committee present:',
        '  Cllr Priya Lamb (Chair)',
        '  Cllr Owen Tate',
        '',
        'Also present:',
        '  Mr Colin Rudd, Independent Person',
        '',
        'Officers present:',
        '  Hannah Vale, Monitoring Officer',
        '',
        'Agenda item 4',
        '',
        'Hearing of a Complaint under the Code of Conduct – Councillor Sam Wilde',
        '',
        '1.   The Sub-Committee considered the investigation report.',
        '',
        'Decision',
        '',
        'RESOLVED that:',
        '',
        '(1)  Councillor Wilde failed to comply with the Code;',
        '',
        '(2)  a formal censure be reported to Council.',
        '',
        'Reasons',
        '',
        'The Sub-Committee gave weight to the apology.',
      ].join('\n'),
    );
    expect(structure.kind).toBe('item');
    expect(structure.meeting?.committee).toBe('Standards Hearing Sub-Committee');
    expect(
      structure.items.map((item) => [item.number, item.title, item.decisions[0]?.clauses.length]),
    ).toEqual([['4', 'Hearing of a Complaint under the Code of Conduct – Councillor Sam Wilde', 2]]);
  });

  it('reads a decision’s page: the council’s name is the website’s, and its exempt field marks the item', () => {
    const structure = parseImportText(
      [
        'Westholme Borough Council',
        'Home > Councillors and democracy > Decisions',
        '',
        'Decision details',
        '',
        'Sale of the former bus depot, Canal Street',
        '',
        'Decision Maker: Cabinet',
        '',
        'Exempt information:',
        'This decision was taken in private session. The report is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
        '',
        'Decision:',
        'RESOLVED – That the depot be sold to the preferred bidder.',
        '',
        'Decided at meeting: 11/11/2026 - Cabinet',
      ].join('\n'),
    );
    expect(structure.items.map((item) => [item.title, item.exempt, item.exemptParagraph])).toEqual([
      ['Sale of the former bus depot, Canal Street', true, 3],
    ]);
  });
});

describe('headings and decisions in minutes', () => {
  it('reads Scottish minutes in lower case, with the date line starting with its day', () => {
    const structure = parseImportText(
      [
        'THE GLENROSS COUNCIL - FINANCE COMMITTEE',
        '',
        '3 December 2026                                  10.00 am - 12.15 pm',
        '',
        'PRESENT:      Councillors Ailsa Munro (Convener), Brian Dow and Cara Fyfe.',
        '',
        '51.   REVENUE MONITORING',
        '',
        '       Decision',
        '',
        '       The committee:-',
        '',
        '       (1)  noted the projected underspend; and',
        '',
        '       (2)  approved the budget realignments.',
        '',
        '52.   TREASURY MANAGEMENT',
        '',
        '       Decision',
        '',
        '       The committee noted the mid-year review.',
      ].join('\n'),
    );
    expect(structure.meeting?.date).toBe('2026-12-03');
    expect(
      structure.items.map((item) => [item.number, item.decisions.map((d) => [d.keyword, d.clauses.length])]),
    ).toEqual([
      ['51', [['AGREED', 2]]],
      ['52', [['AGREED', 1]]],
    ]);
  });

  it('reads sub-items numbered alone, titles opening "Proposed" or wrapped before a financial year', () => {
    const structure = parseImportText(
      [
        'Minutes of the meeting of the Standards Committee held on 4 March 2026',
        '',
        'Present: Councillor A Brook (Chair), Councillors B Carr and D Eames',
        '',
        '5.',
        '',
        'Applications for dispensation',
        '',
        '6(a)',
        '',
        'Application from Councillor Carr',
        '',
        'It was RESOLVED to grant the dispensation for 12 months.',
        '',
        '6(b)',
        '',
        'Application from Councillor Eames',
        '',
        'It was RESOLVED to refuse the application.',
        '',
        '7.',
        '',
        'Proposed Fees and Charges 2027/28',
        '',
        'RESOLVED that the fees be approved.',
        '',
        '8.',
        '',
        'ANNUAL REPORT OF THE STANDARDS COMMITTEE',
        '2025/26',
        '',
        'RESOLVED that the report be noted.',
      ].join('\n'),
    );
    expect(structure.items.map((item) => [item.number, item.title])).toEqual([
      ['5', 'Applications for dispensation'],
      ['6(a)', 'Application from Councillor Carr'],
      ['6(b)', 'Application from Councillor Eames'],
      ['7', 'Proposed Fees and Charges 2027/28'],
      ['8', 'ANNUAL REPORT OF THE STANDARDS COMMITTEE 2025/26'],
    ]);
  });

  it('marks a heading over the private business and the one item under it after "the following item"', () => {
    const structure = parseImportText(
      [
        'Minutes of the meeting of the Integration Joint Board held on 4 March 2026',
        '',
        'Present: Councillor A Brook (Chair), Councillors B Carr and D Eames',
        '',
        '7. Exclusion of the Press and Public',
        'The Board resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 that the public be excluded for the following item of business.',
        '',
        '8. EXEMPT BUSINESS',
        '',
        '8.1 Care home fees',
        'The Board resolved to approve the fees.',
        '',
        '9. Date of next meeting',
        '1 April 2026.',
      ].join('\n'),
    );
    expect(structure.items.map((item) => [item.number, item.exempt])).toEqual([
      ['7', false],
      ['8', true],
      ['8.1', true],
      ['9', false],
    ]);
  });

  it('names the mover and seconder from the initials given in the list of those present', () => {
    const structure = parseImportText(
      [
        'MINUTES OF THE MEETING OF ASHBY TOWN COUNCIL HELD ON 4 MARCH 2026',
        '',
        'Councillors:  R. Adams (RA), Mrs. G. Bell (GB) and N. Frost (NF).',
        '',
        '415. Christmas lights',
        'Proposed by Cllr. NF, seconded by Cllr. Mrs. GB, it was RESOLVED to buy new lights.',
      ].join('\n'),
    );
    expect(structure.items[0]!.decisions.map((d) => [d.mover, d.seconder])).toEqual([
      ['N. Frost', 'G. Bell'],
    ]);
  });
});

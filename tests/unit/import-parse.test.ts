// The text parser against minutes written the ways other councils write them (tests/fixtures/import),
// and against hostile text. The five seeds' shapes are in import-parse-seeds.test.ts (our own texts)
// and import-parse-published.test.ts (the published examples, where they are beside the checkout).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { only } from './parsed';

const fixturesDir = path.resolve(__dirname, '../fixtures/import');
const fixture = (name: string) => parseImportText(readFileSync(path.join(fixturesDir, name), 'utf8'));

describe('minutes in other councils’ shapes', () => {
  it('a district planning committee: heading, Present with chair and vice-chair, officers, apologies, a declaration, a refusal with reasons, a vote, the exclusion and an exempt item', () => {
    const structure = fixture('district-planning.txt');
    expect(structure.kind).toBe('meeting');
    expect(structure.meeting).toMatchObject({
      committee: 'Planning Committee',
      date: '2022-03-15',
      startTime: '19:00',
      venue: 'Council Chamber, Civic Offices, Sometown',
      present: [
        { name: 'A Smith', honorific: 'Councillor', role: 'Chair' },
        { name: 'B Jones', honorific: 'Councillor', role: '' },
        { name: 'C Brown', honorific: 'Councillor', role: 'Vice-Chair' },
        { name: 'D White', honorific: 'Councillor', role: '' },
        { name: 'E Green', honorific: 'Councillor', role: '' },
      ],
      apologies: [
        { name: 'F Black', honorific: 'Councillor', role: '' },
        { name: 'G Grey', honorific: 'Councillor', role: '' },
      ],
      officers: [
        { name: 'Jane Doe', honorific: '', role: 'Head of Planning' },
        { name: 'John Roe', honorific: '', role: 'Senior Solicitor' },
        { name: 'Priya Shah', honorific: '', role: 'Democratic Services Officer' },
      ],
      declarations: [
        {
          name: 'D White',
          honorific: 'Councillor',
          item: '48',
          text: expect.stringMatching(/non-registrable interest/),
        },
      ],
    });
    expect(
      structure.items.map((item) => [item.number, item.title, item.exempt, item.exemptParagraph]),
    ).toEqual([
      ['45', 'APOLOGIES FOR ABSENCE', false, null],
      ['46', 'DECLARATIONS OF INTEREST', false, null],
      ['47', 'MINUTES', false, null],
      ['48', '21/01234/FUL – LAND AT MILL LANE, SOMETOWN', false, null],
      ['49', 'EXCLUSION OF THE PRESS AND PUBLIC', false, null],
      ['50', 'LAND DISPOSAL AT STATION ROAD', true, 3],
    ]);
    const refusal = structure.items[3]!.decisions[0]!;
    expect(refusal).toMatchObject({
      keyword: 'RESOLVED',
      preamble: 'that planning permission be refused for the following reasons',
      clauseStyle: '(1)',
      mover: 'B Jones',
      seconder: 'E Green',
      votes: { for: 4, against: 1, abstain: 0 },
    });
    // Clauses wrapped over two lines are one clause each.
    expect(refusal.clauses.map((clause) => clause.text)).toEqual([
      'The proposed development, by reason of its height and massing, would be harmful to the character of the Mill Lane Conservation Area.',
      'The proposal would result in the loss of parking spaces to the detriment of highway safety.',
    ]);
    expect(structure.items[2]!.decisions[0]!.clauses[0]!.text).toMatch(
      /^That the minutes of the meeting held on 15 February 2022/,
    );
    expect(structure.items[5]!.minutesText).toBe(
      'The Committee considered a confidential report on the offers received for the land.\nThe meeting ended at 8.45 pm.',
    );
    expect(structure.notes).toEqual([]);
  });

  it('a Scottish education committee: "the Committee resolved:-", surnames only, a Convener, a mover named before the seconder', () => {
    const structure = fixture('scottish-education.txt');
    expect(structure.meeting).toMatchObject({
      committee: 'Education Committee',
      date: '2021-03-04',
      startTime: '10:00',
      venue: 'Council Chambers, Municipal Buildings, Greenock',
      present: [
        { name: 'Robertson', honorific: 'Councillor', role: 'Convener' },
        { name: 'McKenzie', honorific: 'Councillor', role: '' },
        { name: 'Brennan', honorific: 'Councillor', role: '' },
        { name: 'Dorrian', honorific: 'Councillor', role: '' },
      ],
      apologies: [{ name: 'Curley', honorific: 'Councillor', role: '' }],
      officers: [
        { name: 'R Binks', honorific: 'Ms', role: 'Corporate Director Education' },
        { name: 'A Greenlees', honorific: 'Mr', role: 'Head of Legal Services' },
      ],
    });
    expect(structure.items.map((item) => item.number)).toEqual(['1', '2', '3']);
    const [, plan, attainment] = structure.items;
    expect(plan!.decisions).toHaveLength(1);
    expect(plan!.decisions[0]).toMatchObject({
      keyword: 'RESOLVED',
      mover: 'McKenzie',
      seconder: 'Brennan',
      clauseStyle: '(1)',
    });
    expect(plan!.decisions[0]!.clauses.map((clause) => clause.text)).toEqual([
      'to note the progress made with the School Estate Management Plan; and',
      'to remit to the Corporate Director Education to report back on the costs of the proposed extension.',
    ]);
    // "Decision: the Committee agreed:-" is a decision; "The Committee agreed that the update had been helpful" may not be.
    expect(attainment!.decisions).toHaveLength(1);
    expect(attainment!.decisions[0]).toMatchObject({ keyword: 'AGREED', clauseStyle: '(a)' });
    expect(attainment!.decisions[0]!.clauses.map((clause) => clause.label)).toEqual(['(a)', '(b)']);
    expect(attainment!.minutesText).toBe('The Committee agreed that the update had been helpful.');
    expect(structure.notes).toEqual([
      'Item 3: “The Committee agreed that the update had been helpful.” may record a decision; kept as narrative. Make it a decision if it is one.',
    ]);
  });

  it('a Welsh county cabinet: County Councillors one a line, lower-case "Resolved –", a recorded vote, a Part 4 exempt item', () => {
    const structure = fixture('county-cabinet.txt');
    expect(structure.meeting).toMatchObject({
      committee: 'Cabinet',
      date: '2021-06-09',
      startTime: '10:30',
      venue: 'County Hall, Llandrindod Wells',
      present: [
        { name: 'R Powell', honorific: 'Councillor', role: 'Chair' },
        { name: 'J Evans', honorific: 'Councillor', role: '' },
        { name: 'M Harris', honorific: 'Councillor', role: '' },
        { name: 'S Lloyd', honorific: 'Councillor', role: '' },
      ],
      apologies: [{ name: 'P Roberts', honorific: 'Councillor', role: '' }],
    });
    expect(structure.items.map((item) => [item.number, item.title])).toEqual([
      ['12', 'Budget Outturn 2020/21'],
      ['13', 'Council Tax Reduction Scheme'],
      ['14', 'Waste Contract (Exempt)'],
    ]);
    expect(structure.items[0]!.decisions[0]).toMatchObject({
      keyword: 'RESOLVED',
      clauses: [{ label: '', text: 'that the outturn position be noted.', group: '' }],
    });
    expect(structure.items[1]!.decisions[0]).toMatchObject({
      votes: { for: 3, against: 1, abstain: 0 },
      recorded: { for: ['R Powell', 'J Evans', 'S Lloyd'], against: ['M Harris'], abstain: [] },
    });
    expect(structure.items[1]!.minutesText).toBe('A recorded vote was taken:');
    expect(structure.items[2]).toMatchObject({ exempt: true, exemptParagraph: 14 });
  });

  it('a health and wellbeing board: no blank lines, a Venue line, members one a line with organisations, an ACTION, RECOMMENDED with (a) clauses and vote figures, and resolutions only quoted', () => {
    const structure = fixture('health-board.txt');
    expect(structure.meeting).toMatchObject({
      committee: 'Health and Wellbeing Board',
      date: '2022-01-20',
      startTime: '14:00',
      venue: 'Virtual meeting via Microsoft Teams',
      present: [
        { name: 'Sarah Khan', honorific: 'Councillor', role: 'Chair' },
        { name: 'Tom Mills', honorific: 'Dr', role: 'Clinical Commissioning Group' },
        { name: 'Anne Lee', honorific: 'Mrs', role: 'Healthwatch' },
      ],
    });
    const [, strategy, other] = structure.items;
    expect(strategy!.actions).toEqual([
      {
        owner: 'Director of Public Health',
        text: 'Director of Public Health to circulate the consultation timetable to all members.',
      },
    ]);
    expect(strategy!.decisions).toEqual([
      expect.objectContaining({
        keyword: 'RECOMMENDED',
        preamble: 'to Council that',
        clauseStyle: '(a)',
        votes: { for: 7, against: 0, abstain: 1 },
      }),
    ]);
    expect(strategy!.decisions[0]!.clauses.map((clause) => clause.label)).toEqual(['a)', 'b)']);
    // Text that only quotes an earlier resolution is narrative.
    expect(other!.decisions).toEqual([]);
    expect(other!.minutesText.split('\n')).toHaveLength(4);
    expect(structure.notes).toEqual([
      'Item 3: “The Board agreed that the pilot had been a success.” may record a decision; kept as narrative. Make it a decision if it is one.',
    ]);
  });

  it('an item pasted on its own, with "Resolved:" and the decision on the next line, page debris and odd bullets', () => {
    const structure = parseImportText(
      [
        'Highways Maintenance Programme',
        '',
        '\u00a0',
        'The Head of Highways presented the programme. pdf icon PDF 129 KB',
        '',
        'o  Resurfacing of the A38',
        '-  Drainage works at Mill Lane',
        '•  Footway repairs',
        '',
        'Resolved:',
        '',
        'The programme be approved.',
        '',
        'Supporting documents:',
        'Highways programme 2022-23 pdf icon PDF 200 KB',
      ].join('\r\n'),
    );
    const item = only(structure);
    expect(item.title).toBe('Highways Maintenance Programme');
    expect(item.minutesText).toBe(
      [
        'The Head of Highways presented the programme.',
        '• Resurfacing of the A38',
        '• Drainage works at Mill Lane',
        '• Footway repairs',
      ].join('\n'),
    );
    expect(item.decisions[0]).toMatchObject({
      keyword: 'RESOLVED',
      clauses: [{ label: '', text: 'The programme be approved.', group: '' }],
    });
    expect(item.supportingDocuments).toEqual(['Highways programme 2022-23']);
  });

  it('keeps a keyword with nothing after it as narrative, and says so', () => {
    const structure = parseImportText('Budget\n\nMembers discussed the budget.\n\nRESOLVED:\n');
    expect(structure.items[0]!.decisions).toEqual([]);
    expect(structure.items[0]!.minutesText).toContain('RESOLVED:');
    expect(structure.notes).toEqual([
      '“Budget”: “RESOLVED:” reads like a decision, but no decision follows it; kept as narrative.',
    ]);
  });
});

describe('hostile text', () => {
  it('refuses empty text, text of only spaces, and binary junk, with a sentence', () => {
    expect(() => parseImportText('')).toThrow('There is no text to import: the file or paste is empty.');
    expect(() => parseImportText(' \n\u00a0\n\t')).toThrow(/There is no text to import/);
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    expect(() => parseImportText(junk)).toThrow(/does not look like text/);
  });

  it('refuses 50 million characters before reading them', () => {
    expect(() => parseImportText('a'.repeat(50_000_000))).toThrow(
      /too long to import \(50 million characters/,
    );
  });

  it('strips control characters and lone surrogates and still finds the structure', () => {
    const structure = parseImportText(
      'Item\u0007 title\n\nThe Board\u0000 met.\uD800\n\nRESOLVED that the\u001b report be noted.',
    );
    const item = structure.items[0]!;
    expect(item.title).toBe('Item title');
    expect(item.minutesText).toBe('The Board met.');
    expect(item.decisions[0]!.clauses[0]!.text).toBe('that the report be noted.');
  });
});

// The text parser against the five published seeds (expectations written by reading them) and
// against minutes written the ways other councils write them (tests/fixtures/import).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import type { ImportItem, ImportStructure } from '../../shared/importing';
import type { RichNode } from '../../shared/richText';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const fixturesDir = path.resolve(__dirname, '../fixtures/import');
const seed = (prefix: string) => {
  const file = readdirSync(seedsDir).find((name) => name.startsWith(prefix))!;
  return parseImportText(readFileSync(path.join(seedsDir, file), 'utf8'));
};
const fixture = (name: string) => parseImportText(readFileSync(path.join(fixturesDir, name), 'utf8'));
const only = (structure: ImportStructure): ImportItem => {
  expect(structure.items).toHaveLength(1);
  return structure.items[0]!;
};
const blocksOf = (item: ImportItem, type: string): RichNode[] =>
  (item.minutes.content ?? []).filter((node) => node.type === type);
const textOf = (node: RichNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join(' ');

describe('the five seeds, as a careful reader sees them', () => {
  it('000: title, purpose, the six attendees with their roles, two lists of points, one resolution', () => {
    const structure = seed('000');
    expect(structure.kind).toBe('item');
    expect(structure.meeting).toBeNull();
    const item = only(structure);
    expect(item.title).toBe('Community Health and Well-being Service');
    expect(item.purpose).toBe(
      'To receive a report from the Director of Adults and Health surrounding the development and implementation of the new Community Health and Well-being service pilot.',
    );
    expect(item.attendees).toEqual([
      {
        name: 'Fiona Venner',
        honorific: 'Councillor',
        role: 'Executive Member for Equality, Health and Wellbeing',
      },
      {
        name: 'Salma Arif',
        honorific: 'Councillor',
        role: 'Executive Member for Adult Social Care, Active Lifestyles and Culture',
      },
      { name: 'Caroline Baria', honorific: '', role: 'Director of Adults and Health' },
      { name: 'Victoria Eaton', honorific: '', role: 'Director of Public Health' },
      { name: 'Shona McFarlane', honorific: '', role: 'Deputy Director Social Work and Social Care Service' },
      { name: 'Kate Sibson', honorific: '', role: 'Commissioning Programme Manager, Adults and Health' },
    ]);
    // "Ø" bullets: nine points made, then six issues raised, as two real lists.
    expect(blocksOf(item, 'bulletList').map((list) => list.content!.length)).toEqual([9, 6]);
    expect(item.decisions).toEqual([
      {
        keyword: 'RESOLVED',
        qualifier: '',
        preamble: '',
        clauseStyle: '(1)',
        clauses: [
          {
            label: '',
            text: 'That the contents of the report, along with Members comments, be noted.',
            group: '',
          },
        ],
        mover: null,
        seconder: null,
        votes: null,
        recorded: null,
      },
    ]);
    // The attendance list and the decision are structure, not narrative; the rest is narrative.
    expect(item.minutesText).not.toContain('in attendance');
    expect(item.minutesText).not.toContain('RESOLVED');
    expect(item.minutesText).toMatch(/^The Director of Adults and Health submitted an update report/);
    expect(item.minutesText).toMatch(/commitment to continue monitoring progress\.$/);
    expect(structure.notes).toEqual([]);
  });

  it('001: the quoted statements, the mover and seconder, and eight resolutions under two group headings', () => {
    const structure = seed('001');
    const item = only(structure);
    expect(item.title).toBe(
      'Community Services Transformation Programme - Preferred Delivery Options for 2024-25 and 2025-26',
    );
    expect(item.purpose).toBe(
      'The report provides an update on the Community Services Transformation Programme and sets out a number of recommendations.',
    );
    const [decision, ...others] = item.decisions;
    expect(others).toEqual([]);
    expect(decision).toMatchObject({
      keyword: 'RESOLVED',
      qualifier: 'unanimously',
      preamble: '',
      clauseStyle: '1.',
      mover: 'Alison Born',
      seconder: 'Paul May',
      votes: null,
    });
    expect(decision!.clauses.map((clause) => clause.label)).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
    ]);
    expect(decision!.clauses.map((clause) => clause.group)).toEqual([
      'Transfer of Adult Social Care services',
      'Transfer of Adult Social Care services',
      ...Array(6).fill('Commissioning of Public Health services'),
    ]);
    expect(decision!.clauses[0]!.text).toBe(
      'To note the update on progress of the transfer of Adult Social Care (ASC) services and the outcome of the internal audit.',
    );
    expect(decision!.clauses[7]!.text).toMatch(
      /^To agree ongoing support .* Section 3\.26 of the report\)\.$/,
    );
    // Two statements in quotation marks, the first with its own numbered list of three programmes.
    const quotes = blocksOf(item, 'blockquote');
    expect(quotes).toHaveLength(2);
    const programmes = quotes[0]!.content!.find((node) => node.type === 'orderedList');
    expect(programmes?.content).toHaveLength(3);
    expect(quotes[0]!.content!.filter((node) => node.type === 'heading').map(textOf)).toEqual([
      'Programme One',
      'Programmes Two and Three',
      'Community Wellbeing Hub',
      'Recommendation',
    ]);
    expect(textOf(quotes[1]!)).toMatch(/^“I wish to second this proposal/);
    expect(textOf(quotes[1]!)).toMatch(/fully support Councillor Born’s proposal\.”$/);
    expect(item.minutesText).toMatch(/Cllr Kevin Guy thanked Cllr Born/);
  });

  it('002: the briefing note as purpose, seven questions as a list, and the two resolutions', () => {
    const item = only(seed('002'));
    expect(item.title).toBe('Provision of Home Support Services');
    expect(item.purpose).toBe('Briefing Note of the Executive Director of People');
    expect(blocksOf(item, 'bulletList').map((list) => list.content!.length)).toEqual([7]);
    expect(item.decisions).toHaveLength(1);
    expect(item.decisions[0]).toMatchObject({
      keyword: 'RESOLVED',
      qualifier: '',
      preamble: 'that',
      clauseStyle: '(1)',
    });
    expect(item.decisions[0]!.clauses.map((clause) => [clause.label, clause.text.slice(0, 40)])).toEqual([
      ['(1)', 'The role that home support plays and the'],
      ['(2)', 'The issue of how local care organisation'],
    ]);
    expect(item.decisions[0]!.clauses[1]!.text).toMatch(/be included in the commissioning process\.$/);
  });

  it('003: a two-paragraph purpose, the presentation’s points, four AGREED clauses, an action and the update after the meeting', () => {
    const item = only(seed('003'));
    expect(item.title).toBe('JOINT COMMISSIONING OF DOMICILIARY CARE SUPPORT SERVICES');
    expect(item.purpose.split('\n')).toEqual([
      expect.stringMatching(/^The Strategic Director for Adult Social Care and Health submits a report/),
      'The Commission is recommended to note the report.',
    ]);
    expect(blocksOf(item, 'bulletList').map((list) => list.content!.length)).toEqual([21]);
    expect(item.decisions).toHaveLength(1);
    const [agreed] = item.decisions;
    expect(agreed).toMatchObject({ keyword: 'AGREED', qualifier: '', preamble: '', clauseStyle: '1.' });
    expect(agreed!.clauses.map((clause) => clause.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(agreed!.clauses[0]!.text).toBe('That the report be noted;');
    expect(item.actions).toEqual([
      {
        owner: 'The Director for Adult Social Care and Commissioning',
        text: expect.stringMatching(/to produce and distribute the letter on behalf of the Chair/),
      },
    ]);
    expect(item.updates).toHaveLength(1);
    expect(item.updates[0]!.heading).toBe(
      'Information Update from the Director for Adult Social Care and Commissioning after the meeting - Information around the uplift for domiciliary care rates',
    );
    expect(item.updates[0]!.text).toMatch(/^The current domiciliary care contract allows/);
    expect(item.minutesText).not.toContain('uplift for domiciliary care rates');
  });

  it('004: a report — committee and date from the title block, headings, numbered paragraphs, lists, contact points, papers', () => {
    const structure = seed('004');
    expect(structure.kind).toBe('report');
    expect(structure.meeting).toMatchObject({
      committee: 'Adult Care and Well Being Overview and Scrutiny Panel',
      date: '2021-03-15',
    });
    const item = only(structure);
    expect(item.title).toBe('UPDATE ON PEOPLE AND COMMUNITIES STRATEGY AND WORKSTREAMS');
    const content = item.report!.doc.content!;
    const headings = content.filter((node) => node.type === 'heading').map(textOf);
    expect(headings.slice(0, 4)).toEqual([
      'Summary',
      'Background',
      'Update on Progress and Direction of Travel',
      'Person Centred Approach',
    ]);
    expect(headings.at(-1)).toBe('Purpose of the Meeting');
    expect(headings).not.toContain('Contact Points');
    // 62 paragraphs as published, less the missing 18: the page joined "recommendations to / terminate".
    const paragraphs = content.filter((node) => node.type === 'paragraph');
    expect(paragraphs).toHaveLength(61);
    expect(paragraphs.map(textOf)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/of recommendations to terminate the Section 75 Integrated Provider/),
        expect.stringMatching(/named providers will be identified during the Summer 2021 who will then work/),
        expect.stringMatching(/and so far an additional 4 Shared Lives providers are already on board/),
      ]),
    );
    expect(structure.notes).toContain(
      'The report’s paragraph numbers jump from 17 to 19; Word will number them in sequence.',
    );
    // "- a) …" lists are lettered lists; "- …" bullets; "**bold**" is bold.
    expect(content.filter((node) => node.type === 'orderedList').map((list) => list.content!.length)).toEqual(
      [7, 4, 3],
    );
    const transport = content.find(
      (node) => node.type === 'bulletList' && textOf(node).includes('Cohort Changes'),
    )!;
    expect(JSON.stringify(transport)).toContain(
      '"text":"Promotion of Independent Travel","marks":[{"type":"bold"}]',
    );
    expect(item.report!.contactPoints.split('\n')).toEqual([
      'Emma James / Jo Weston, Overview and Scrutiny Officers, Tel: 01905 844964 / 844965',
      'Email: scrutiny@worcestershire.gov.uk',
    ]);
    expect(item.report!.backgroundPapers.split('\n')).toEqual([
      expect.stringMatching(/^In the opinion of the proper officer/),
      'Agenda and minutes of the Adult Care and Wellbeing Overview and Scrutiny Panel on 18 November 2020 – available here: weblink to agendas and minutes',
    ]);
  });
});

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

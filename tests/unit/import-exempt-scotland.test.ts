// Scotland's exempt items: the public are excluded under section 50A(4) of the Local Government
// (Scotland) Act 1973 for exempt information as defined in a paragraph of Part I of Schedule 7A (1–15).
// The parse records the law in `exemptBasis` and Schedule 7A's paragraph in `exemption`, while
// `exemptParagraph` stays Schedule 12A's, null for Scotland as the corpus records it. Wordings as Scottish councils and
// integration joint boards publish them (Aberdeen's "Determination of Exempt Business" with
// "Schedule 7(A)" and paragraphs item by item, Highland's and Dundee's "paragraphs 6 and 9 of Part I
// of Schedule 7A", an IJB's exclusion naming no paragraph), reworded, with invented names.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { paragraph7A, paragraphsByItem } from '../../electron/import/exemptLaw';
import { importedExemption } from '../../shared/exemptBasis';

const heading = (body: string) => [
  `Minute of Meeting of the ${body} held on 4 March 2026 at 10.00 am`,
  '',
  'Present: Councillor A Brook (Convener), Councillors B Carr and D Eames',
  '',
];

function parsed(body: string, lines: string[]) {
  return parseImportText([...heading(body), ...lines].join('\n'));
}

/** Each item's number, whether exempt, its law and Schedule 7A (or 12A) paragraph, and its exemptParagraph. */
function laws(body: string, lines: string[]) {
  return parsed(body, lines).items.map((item) => [
    item.number,
    item.exempt,
    item.exemption?.basis ?? null,
    item.exemption?.paragraph ?? null,
    item.exemptParagraph,
  ]);
}

describe('reading Schedule 7A’s paragraph', () => {
  it('takes the paragraph before or after the schedule, however the schedule is written', () => {
    const cases: [string, number | null][] = [
      [
        'on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 6 of Part I of Schedule 7A to the Act.',
        6,
      ],
      [
        'so as to avoid disclosure of information of the class described in paragraph 8 of Schedule 7(A) to the Act.',
        8,
      ],
      [
        'as defined in Paragraphs 9 and 6 of Part 1 of Schedule 7A of the Local Government (Scotland) Act 1973.',
        9,
      ],
      ['Exempt information: Sch. 7A, para 12', 12],
      ['under Schedule 7A, paragraph 1, of the Act', 1],
      // Section 50A(4)'s 4 is not a paragraph, nor is a paragraph Schedule 7A does not have.
      [
        'in terms of Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the press and public.',
        null,
      ],
      ['as defined in paragraph 16 of Part I of Schedule 7A to the Act.', null],
      // England's schedule is not Scotland's.
      ['as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.', null],
    ];
    for (const [text, paragraph] of cases) expect(paragraph7A(text), text).toBe(paragraph);
  });

  it('gives each item its own paragraph where the exclusion lists them item by item', () => {
    expect([
      ...paragraphsByItem(
        'to exclude the press and public during consideration of items 10.1, 10.2 and 10.3 so as to avoid disclosure of exempt information of the class described in paragraphs 6 (Items 10.2 and 10.3) and 8 (Item 10.1) of Schedule 7(A) of the Act.',
      ),
    ]).toEqual([
      ['10.2', 6],
      ['10.3', 6],
      ['10.1', 8],
    ]);
    expect([
      ...paragraphsByItem(
        'so as to avoid disclosure of information of the classes described in the following paragraphs of Schedule 7(A) to the Act:- article 18 (paragraph 9), article 19 (paragraphs 6 and 9) and article 20 (paragraph 8).',
      ),
    ]).toEqual([
      ['18', 9],
      ['19', 6],
      ['20', 8],
    ]);
  });
});

describe('Scottish minutes with private items', () => {
  it('a council committee: "the following item", paragraphs of Part I of Schedule 7A', () => {
    const found = parsed('Housing and Communities Committee', [
      '5. Exclusion of the Public',
      'The Committee RESOLVED that, under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded from the meeting for the following item on the grounds that it involved the likely disclosure of exempt information as defined in Paragraphs 6 and 9 of Part 1 of Schedule 7A of the Act.',
      '',
      '6. Acquisition of Land at Mill Brae',
      'The Committee AGREED to approve the acquisition on the terms set out in the report.',
    ]);
    expect(found.items.map((item) => [item.number, item.exempt, item.exemptBasis ?? null])).toEqual([
      ['5', false, null],
      ['6', true, 'schedule 7A'],
    ]);
    expect(found.items[1]!.exemption).toEqual({ basis: 'schedule 7A', paragraph: 6 });
    expect(found.items[1]!.exemptParagraph).toBeNull();
    expect(importedExemption(found.items[1]!)).toEqual({ basis: 'schedule 7A', paragraph: 6 });
    expect(found.notes.join('\n')).not.toMatch(/Schedule 12A|Schedule 7A/);
  });

  it('Aberdeen’s shape: "Determination of Exempt Business", "in terms of Section 50A(4)", items named, paragraphs item by item', () => {
    expect(
      laws('Finance and Resources Committee', [
        '1. Determination of Exempt Business',
        'The Committee resolved:-',
        'in terms of Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the press and public from the meeting during consideration of items 3 and 4 so as to avoid disclosure of exempt information of the classes described in paragraphs 6 (Item 4) and 8 (Item 3) of Schedule 7(A) to the Act.',
        '',
        '2. Revenue Monitoring',
        'The Committee resolved:-',
        'to note the report.',
        '',
        '3. Disposal of Surplus Site at Quarry Road',
        'The Committee resolved:-',
        'to approve the disposal.',
        '',
        '4. Contract Extension - Care at Home',
        'The Committee resolved:-',
        'to approve the extension.',
      ]),
    ).toEqual([
      ['1', false, null, null, null],
      ['2', false, null, null, null],
      ['3', true, 'schedule 7A', 8, null],
      ['4', true, 'schedule 7A', 6, null],
    ]);
  });

  it('Dundee’s shape: "the undernoted items", everything after it exempt under one paragraph', () => {
    expect(
      laws('Policy and Resources Committee', [
        'VII. EXCLUSION OF PUBLIC AND PRESS',
        'The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 that the press and public be excluded from the meeting for the undernoted items of business on the grounds that they involved the likely disclosure of exempt information as defined in paragraph 1 of Part I of Schedule 7A of the Act.',
        '',
        'VIII. STAFFING MATTER',
        'The Committee agreed to approve the recommendation.',
        '',
        'IX. TENDERS RECEIVED',
        'The Committee agreed to accept the lowest tender.',
      ]).map(([, ...rest]) => rest),
    ).toEqual([
      [false, null, null, null],
      [true, 'schedule 7A', 1, null],
      [true, 'schedule 7A', 1, null],
    ]);
  });

  it('an integration joint board naming no paragraph in its exclusion: the title’s, or a note asking for it', () => {
    const found = parsed('Integration Joint Board', [
      '7. Exclusion of the Public',
      'The Board resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 that the public be excluded for the following items of business.',
      '',
      '8. Provider Contract Award (Exempt - Paragraph 8)',
      'The Board agreed to award the contract.',
      '',
      '9. Workforce Matter',
      'The Board agreed the recommendations in the report.',
    ]);
    expect(
      found.items.map((item) => [
        item.number,
        item.exempt,
        item.exemption?.paragraph ?? null,
        item.exemptParagraph,
      ]),
    ).toEqual([
      ['7', false, null, null],
      ['8', true, 8, null],
      ['9', true, null, null],
    ]);
    expect(found.items[2]!.exemptBasis).toBe('schedule 7A');
    expect(found.notes).toContain(
      'Item 9 is exempt, but the text does not say under which paragraph of Schedule 7A; choose it before importing.',
    );
  });

  it('an item marked under its title "Exempt information – paragraph 9 of Part I of Schedule 7A"', () => {
    expect(
      laws('Audit and Scrutiny Committee', [
        '3. Internal Audit Investigation',
        'Exempt information – paragraph 9 of Part I of Schedule 7A to the Local Government (Scotland) Act 1973',
        'The Committee agreed to note the report.',
      ]),
    ).toEqual([['3', true, 'schedule 7A', 9, null]]);
  });

  it('England keeps Schedule 12A: its paragraph where it was, and no Scottish exemption', () => {
    const found = parsed('Cabinet', [
      '8. Exclusion of the Press and Public',
      'RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.',
      '',
      '9. Sale of Depot',
      'RESOLVED that the depot be sold.',
    ]);
    const item = found.items[1]!;
    expect([item.exempt, item.exemptBasis, item.exemptParagraph, item.exemption]).toEqual([
      true,
      'schedule 12A',
      3,
      undefined,
    ]);
    expect(importedExemption(item)).toEqual({ basis: 'schedule 12A', paragraph: 3 });
  });
});

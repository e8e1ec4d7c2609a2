// The text parser against tests/fixtures/seeds-like: five texts of our own in the shapes of the five
// published seeds (an item page with attendees and two bullet lists; quoted statements with a mover,
// a seconder and grouped clauses; a briefing note; AGREED clauses with an action and an update after
// the meeting; a report with numbered paragraphs). Expectations written by reading the fixtures.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { seedsLike, type SeedPrefix } from '../fixtures/seeds';
import { blocksOf, only, textOf } from './parsed';

const seed = (prefix: SeedPrefix) => parseImportText(seedsLike.text(prefix));

describe('the five seeds-like fixtures, as a careful reader sees them', () => {
  it('000: title, purpose, the five attendees with their honorifics and roles, two lists of points, one resolution', () => {
    const structure = seed('000');
    expect(structure.kind).toBe('item');
    expect(structure.meeting).toBeNull();
    const item = only(structure);
    expect(item.title).toBe('Neighbourhood Falls Prevention Service');
    expect(item.purpose).toBe(
      'To receive a report from the Director of Community Care on the design and early delivery of the new Neighbourhood Falls Prevention Service pilot.',
    );
    expect(item.attendees).toEqual([
      {
        name: 'Maria Okonjo',
        honorific: 'Councillor',
        role: 'Executive Member for Public Health and Active Communities',
      },
      {
        name: 'Gareth Pryce',
        honorific: 'Councillor',
        role: 'Executive Member for Adult Care, Housing Support and Leisure',
      },
      { name: 'Deborah Halloran', honorific: '', role: 'Director of Community Care' },
      { name: 'Imran Chaudhry', honorific: 'Dr', role: 'Consultant in Public Health' },
      {
        name: 'Niamh Gallagher',
        honorific: '',
        role: 'Head of Reablement and Therapy Services, Community Care',
      },
    ]);
    // "Ø" bullets: seven points made, then five issues raised, as two real lists.
    const lists = blocksOf(item, 'bulletList');
    expect(lists.map((list) => list.content!.length)).toEqual([7, 5]);
    // A non-breaking space between two sentences of a point is only a space.
    expect(textOf(lists[0]!.content![5]!)).toMatch(
      /award of the contracts\.\s+As such, the first home visits/,
    );
    expect(textOf(lists[1]!.content![0]!)).toMatch(/^Reaching people who live alone – Members asked/);
    expect(item.decisions).toEqual([
      {
        keyword: 'RESOLVED',
        qualifier: '',
        preamble: '',
        clauseStyle: '(1)',
        clauses: [
          {
            label: '',
            text: 'That the report, along with the comments made by Members, be noted.',
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
    expect(item.minutesText).not.toContain('Niamh Gallagher');
    expect(item.minutesText).not.toContain('RESOLVED');
    expect(item.minutesText).toMatch(/^The Director of Community Care submitted a report on the design/);
    expect(item.minutesText).toMatch(/keep the pilot’s progress under review\.$/);
    expect(structure.notes).toEqual([]);
  });

  it('001: the quoted statements, the mover and seconder, and seven resolutions under two group headings', () => {
    const structure = seed('001');
    const item = only(structure);
    expect(item.title).toBe(
      'Leisure Centres Modernisation Programme - Preferred Options for 2025-26 and 2026-27',
    );
    expect(item.purpose).toBe(
      'The report provides an update on the Leisure Centres Modernisation Programme and sets out the recommended option for each centre.',
    );
    const [decision, ...others] = item.decisions;
    expect(others).toEqual([]);
    expect(decision).toMatchObject({
      keyword: 'RESOLVED',
      qualifier: 'unanimously',
      preamble: '',
      clauseStyle: '1.',
      mover: 'Rhiannon Tate',
      seconder: 'Owen Marsh',
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
    ]);
    expect(decision!.clauses.map((clause) => clause.group)).toEqual([
      ...Array(3).fill('Management of the leisure centres'),
      ...Array(4).fill('Buildings and shared use'),
    ]);
    expect(decision!.clauses[0]!.text).toBe(
      'To note the progress made in bringing the management of the five leisure centres back in house from 1 April 2025, and the outcome of the internal audit of the programme.',
    );
    expect(decision!.clauses[3]!.text).toMatch(/at an estimated cost of £6,412,000, subject to/);
    expect(decision!.clauses[6]!.text).toMatch(
      /^To agree that officers report to Cabinet in March 2026 .* \(see paragraph 4\.12 of the report\)\.$/,
    );
    // Two statements in quotation marks, the first with its own numbered list of three parts.
    const quotes = blocksOf(item, 'blockquote');
    expect(quotes).toHaveLength(2);
    const parts = quotes[0]!.content!.find((node) => node.type === 'orderedList');
    expect(parts?.content).toHaveLength(3);
    expect(textOf(parts!.content![1]!)).toMatch(/^Repairing and refitting the two oldest centres/);
    expect(quotes[0]!.content!.filter((node) => node.type === 'heading').map(textOf)).toEqual([
      'Part One',
      'Parts Two and Three',
      'Swimming for Schools',
      'Recommendation',
    ]);
    expect(textOf(quotes[0]!)).toMatch(/^“This report follows the decision taken by Cabinet/);
    expect(textOf(quotes[1]!)).toMatch(/^“I am glad to second this proposal/);
    expect(textOf(quotes[1]!)).toMatch(/fully support Councillor Tate’s proposal\.”$/);
    expect(item.minutesText).toMatch(/Cllr Hannah Price thanked Cllr Tate/);
    expect(item.minutesText).not.toContain('RESOLVED');
  });

  it('002: the briefing note as purpose, six questions as a list, and the two resolutions', () => {
    const item = only(seed('002'));
    expect(item.title).toBe('Provision of Day Opportunities for Adults with Learning Disabilities');
    expect(item.purpose).toBe('Briefing Note of the Director of Adult Services');
    const lists = blocksOf(item, 'bulletList');
    expect(lists.map((list) => list.content!.length)).toEqual([6]);
    // "·  \u00a0The number …": the stray non-breaking space after the bullet is not text.
    expect(textOf(lists[0]!.content![2]!)).toBe(
      'The number of people with learning disabilities currently in paid work in the county',
    );
    expect(item.minutesText).toMatch(
      /^The Board considered a briefing note of the Director of Adult Services/,
    );
    expect(item.decisions).toHaveLength(1);
    expect(item.decisions[0]).toMatchObject({
      keyword: 'RESOLVED',
      qualifier: '',
      preamble: 'that',
      clauseStyle: '(1)',
    });
    expect(item.decisions[0]!.clauses.map((clause) => clause.label)).toEqual(['(1)', '(2)']);
    expect(item.decisions[0]!.clauses[0]!.text).toBe(
      'The briefing note and the changes proposed to day opportunities for adults with learning disabilities be noted.',
    );
    // The clause ends at its full stop: the trailing non-breaking space is gone.
    expect(item.decisions[0]!.clauses[1]!.text).toMatch(
      /^A report on how people who use day services .* be brought to a future meeting of the Board\.$/,
    );
    expect(item.actions).toEqual([]);
  });

  it('003: a two-paragraph purpose, the presentation’s sixteen points, four AGREED clauses, an action and the update after the meeting', () => {
    const item = only(seed('003'));
    expect(item.title).toBe('JOINT PROCUREMENT OF COMMUNITY EQUIPMENT SERVICES');
    expect(item.purpose.split('\n')).toEqual([
      expect.stringMatching(/^The Director of Adult Services and Housing submits a report/),
      'The Commission is recommended to note the report.',
    ]);
    const lists = blocksOf(item, 'bulletList');
    expect(lists.map((list) => list.content!.length)).toEqual([16]);
    // Word's run of non-breaking spaces after "·" is indentation, not text.
    expect(textOf(lists[0]!.content![0]!)).toMatch(/^The procurement had followed the four stages/);
    expect(item.decisions).toHaveLength(1);
    const [agreed] = item.decisions;
    expect(agreed).toMatchObject({ keyword: 'AGREED', qualifier: '', preamble: '', clauseStyle: '1.' });
    expect(agreed!.clauses.map((clause) => clause.label)).toEqual(['1.', '2.', '3.', '4.']);
    expect(agreed!.clauses[0]!.text).toBe('That the report be noted;');
    expect(agreed!.clauses[3]!.text).toMatch(/during the flooding in February\.$/);
    expect(item.actions).toEqual([
      {
        owner: 'The Director of Adult Services and Housing',
        text: expect.stringMatching(/to write to the provider on behalf of the Chair to thank its staff/),
      },
    ]);
    expect(item.updates).toHaveLength(1);
    expect(item.updates[0]!.heading).toBe(
      'Information Update from the Director of Adult Services and Housing after the meeting - Information on delivery times by district',
    );
    expect(item.updates[0]!.text).toMatch(/^In the twelve months to March 2024, standard equipment/);
    expect(item.updates[0]!.text).toMatch(
      /reported to the Commission each quarter until they meet the standard\.$/,
    );
    expect(item.minutesText).not.toContain('delivery times by district');
    expect(item.minutesText).not.toContain('AGREED');
  });

  it('004: a report — committee and date from the title block, headings, numbered paragraphs, lists, contact points, papers', () => {
    const structure = seed('004');
    expect(structure.kind).toBe('report');
    expect(structure.meeting).toMatchObject({
      committee: 'Northbridge Health and Care Overview and Scrutiny Panel',
      date: '2024-11-12',
    });
    const item = only(structure);
    expect(item.title).toBe('UPDATE ON THE HOUSING WITH CARE STRATEGY');
    const content = item.report!.doc.content!;
    const headings = content.filter((node) => node.type === 'heading').map(textOf);
    expect(headings).toEqual([
      'Summary',
      'Background',
      'Progress since March',
      'Homes for Later Life',
      'Independent Living',
      'Care Homes for the Future',
      'Workforce',
      'Legal, Financial and HR Implications',
      'Equality and Diversity Implications',
      'Purpose of the Meeting',
    ]);
    // 23 paragraphs as published, less the missing 14; the two carried over a blank line are joined.
    const paragraphs = content.filter((node) => node.type === 'paragraph');
    expect(paragraphs).toHaveLength(22);
    expect(paragraphs.map(textOf)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /nursing care, which are to be agreed in January 2025 with effect from April\./,
        ),
        expect.stringMatching(
          /to new care workers began in September, and 31 people have joined it so far\.$/,
        ),
        expect.stringMatching(/^The minutes of the Panel's discussion on 6 March 2024 are available here/),
      ]),
    );
    expect(structure.notes).toContain(
      'The report’s paragraph numbers jump from 13 to 15; Word will number them in sequence.',
    );
    // "- a) …" lists are lettered lists; "- …" bullets; "**bold**" is bold.
    expect(content.filter((node) => node.type === 'orderedList').map((list) => list.content!.length)).toEqual(
      [5, 3],
    );
    expect(content.filter((node) => node.type === 'bulletList').map((list) => list.content!.length)).toEqual([
      3, 3, 3,
    ]);
    const approach = content.find((node) => node.type === 'bulletList' && textOf(node).includes('Tenure'))!;
    expect(JSON.stringify(approach)).toContain('"text":"Location","marks":[{"type":"bold"}]');
    expect(item.report!.contactPoints.split('\n')).toEqual([
      'Sunita Rai / Alex Morgan, Overview and Scrutiny Officers, Tel: 01632 960412 / 960413',
      'Email: scrutiny@northbridge.gov.uk',
    ]);
    expect(item.report!.backgroundPapers.split('\n')).toEqual([
      expect.stringMatching(/^In the opinion of the proper officer/),
      'Agenda and minutes of the Health and Care Overview and Scrutiny Panel on 6 March 2024 – available here: weblink to agendas and minutes',
    ]);
  });
});

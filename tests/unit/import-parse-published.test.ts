// The text parser against the five published examples in ../shared/seeds, expectations written by
// reading them. The files sit beside the working checkout, not in the repository: these tests run only
// where they are, and are reported skipped (with the reason) elsewhere. The same five shapes in our own
// words, always run, are in import-parse-seeds.test.ts.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { publishedSeeds, type SeedPrefix } from '../fixtures/seeds';
import { blocksOf, only, textOf } from './parsed';

const seed = (prefix: SeedPrefix) => parseImportText(publishedSeeds.text(prefix));

describe.skipIf(!publishedSeeds.present)(
  publishedSeeds.suite('the five published seeds, as a careful reader sees them'),
  () => {
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
        {
          name: 'Shona McFarlane',
          honorific: '',
          role: 'Deputy Director Social Work and Social Care Service',
        },
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
          expect.stringMatching(
            /named providers will be identified during the Summer 2021 who will then work/,
          ),
          expect.stringMatching(/and so far an additional 4 Shared Lives providers are already on board/),
        ]),
      );
      expect(structure.notes).toContain(
        'The report’s paragraph numbers jump from 17 to 19; Word will number them in sequence.',
      );
      // "- a) …" lists are lettered lists; "- …" bullets; "**bold**" is bold.
      expect(
        content.filter((node) => node.type === 'orderedList').map((list) => list.content!.length),
      ).toEqual([7, 4, 3]);
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
  },
);

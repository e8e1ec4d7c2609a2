// Sub-items numbered in small roman numerals ("7(i)", "7(ii)") and a web page's table copied as text
// (each row closed by "|", rows parted by a line of bars): shapes of published minutes, in our own words.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

describe('sub-items numbered in roman numerals', () => {
  it('reads "7(i)", "7(ii)" and "7(iii)" as the items under 7, each with its own decision', () => {
    const text = [
      'Minutes of the meeting of the Brackenridge Area Planning Committee held on 4 May 2026',
      '',
      'Present: Councillor P Lomax (Chair), Councillors R Dunmore, S Okafor and T Vaughan',
      '',
      '6. MINUTES',
      '',
      'RESOLVED – That the minutes of the meeting held on 2 April 2026 be approved.',
      '',
      '7. PLANNING APPLICATIONS',
      '',
      'The Committee considered the applications listed below.',
      '',
      '7(i) 26/00311/FUL - Land at Kiln Row, Brackenridge',
      '',
      'RESOLVED – That planning permission be granted.',
      '',
      '7(ii) 26/00402/HOU - 9 Tanner Street, Brackenridge',
      '',
      'RESOLVED (4 for, 1 against) – That planning permission be refused.',
      '',
      '7(iii) 26/00455/FUL - The Old Forge, Brackenridge',
      '',
      'RESOLVED – That the application be deferred for a site visit.',
      '',
      '8. ANY OTHER BUSINESS',
      '',
      'There was none.',
    ].join('\n');
    const items = parseImportText(text).items;
    expect(items.map((item) => item.number)).toEqual(['6', '7', '7(i)', '7(ii)', '7(iii)', '8']);
    expect(items[3]!.title).toBe('26/00402/HOU - 9 Tanner Street, Brackenridge');
    expect(items[3]!.decisions).toHaveLength(1);
    expect(items[3]!.decisions[0]!.votes).toEqual({ for: 4, against: 1, abstain: 0 });
    expect(items[4]!.decisions).toHaveLength(1);
  });
});

describe('a web page’s table copied as text', () => {
  it('reads rows closed by a bar, parted by lines of bars, as the minutes’ lines', () => {
    const text = [
      'PROCEEDINGS OF THE TOWN COUNCIL, 12 MARCH 2026 |',
      '||||||||',
      'At a Meeting of Ashcombe Town Council held at the Guildhall on Thursday 12 March 2026. |',
      '||||||||',
      '14. | APOLOGIES |',
      '||||||||',
      'Apologies were received from Councillor Yardley. |',
      '||||||||',
      '15. | ALLOTMENT RENTS 2026/27 |',
      '||||||||',
      'Councillor Quarry moved the recommendation, seconded by Councillor Mrs. Ebdon. |',
      '||||||||',
      'RESOLVED: |',
      '||||||||',
      '(a) That allotment rents be held at £48 a plot. |',
      '(b) That the Clerk write to every tenant. |',
      '||||||||',
      '16. | CLOSURE |',
      '||||||||',
      'The meeting closed at 8.40 pm. |',
    ].join('\n');
    const items = parseImportText(text).items;
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['14', 'APOLOGIES'],
      ['15', 'ALLOTMENT RENTS 2026/27'],
      ['16', 'CLOSURE'],
    ]);
    const [decision] = items[1]!.decisions;
    expect(decision!.keyword).toBe('RESOLVED');
    expect(decision!.clauses.map((clause) => clause.label)).toEqual(['(a)', '(b)']);
    expect(decision!.mover).toBe('Quarry');
  });

  it('leaves a lone closing bar alone where rows are not parted by lines of bars', () => {
    const text = [
      'Minutes of the Parish Council meeting held on 5 January 2026',
      '',
      '1. Footpaths',
      '',
      'The route of footpath 12 | was discussed.',
      '',
      'RESOLVED that the Clerk report the stile to the county council.',
    ].join('\n');
    const items = parseImportText(text).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.decisions).toHaveLength(1);
  });
});

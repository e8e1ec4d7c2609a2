// The command line's answer "it is exempt" (--exempt-paragraph ITEM=N) for an item the confidentiality
// check raised marks it exempt under the law the meeting's other exempt items are exempt under: a
// Scottish council's minutes exclude the public under Schedule 7A, so the officer's paragraph is one
// of Schedule 7A's, and the sentence asking for it says so.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { withExemptParagraphs } from '../../electron/cli/exemptParagraphs';
import { unansweredSentence } from '../../electron/cli/notExempt';
import { importedExemption } from '../../shared/exemptBasis';

const scottish = `GLENCAIRN COUNCIL

MINUTE of MEETING of the PLANNING COMMITTEE held in the Council Chambers, Kilbrae on Wednesday 14 October 2026 at 10.00 am

Present: Councillor M Lindsay (Convener), Councillors I MacLeod, K Sutherland and F Rennie.

1. DECLARATIONS OF INTEREST

There were no declarations of interest.

2. LAND AT MILLBURN ROAD, KILBRAE

The Committee considered a report on the disposal of land at Millburn Road. The valuation in Appendix 2 is commercially sensitive.

Decision

The Committee agreed to note the report.

3. EXCLUSION OF THE PRESS AND PUBLIC

The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the press and public from the meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 9 of Part I of Schedule 7A to the Act.

4. ENFORCEMENT – UNAUTHORISED QUARRYING, BALLOCHGAIR FARM

The Committee considered a report by the Head of Planning on enforcement action.

Decision

The Committee agreed to authorise enforcement action.
`;

describe('answering “exempt” on the command line for a raised item', () => {
  it('asks for, and records, a Schedule 7A paragraph where the meeting excluded the public under Schedule 7A', () => {
    const structure = parseImportText(scottish);
    const land = structure.items.find((item) => item.number === '2')!;
    expect(land.exempt).toBe(false);
    expect(land.exemptSigns?.length).toBeGreaterThan(0);
    expect(importedExemption(structure.items.find((item) => item.number === '4')!)?.basis).toBe(
      'schedule 7A',
    );

    expect(unansweredSentence(structure)).toContain('N: its Schedule 7A paragraph');
    expect(withExemptParagraphs(structure, ['2=6'])).toBeNull();
    expect(importedExemption(land)).toEqual({ basis: 'schedule 7A', paragraph: 6 });
  });

  it('stays with Schedule 12A where the meeting’s exempt items are under it', () => {
    const structure = parseImportText(
      scottish
        .replace(
          /The Committee resolved under Section 50A\(4\)[^\n]*/,
          'RESOLVED that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.',
        )
        .replace('GLENCAIRN COUNCIL', 'GLENCAIRN DISTRICT COUNCIL'),
    );
    expect(unansweredSentence(structure)).toContain('N: its Schedule 12A paragraph');
    expect(withExemptParagraphs(structure, ['2=3'])).toBeNull();
    expect(importedExemption(structure.items.find((item) => item.number === '2')!)).toEqual({
      basis: 'schedule 12A',
      paragraph: 3,
    });
  });
});

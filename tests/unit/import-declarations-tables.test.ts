// Declarations of interest as councils set them out in tables (English town and parish councils,
// Scottish committees, Welsh panels and planning committees), and three readings of a declaration's
// item, in our own words with invented councils and names: a table under its column headings
// ("Councillor(s)  Item(s)  Nature of Interest(s)", "Member Name  Item Ref.  …"), bare surnames in the
// member column, an application's reference for the item (no item of the meeting), two members in one
// row with the second name wrapped past the item's cell, rows after "The following members declared
// interests in the items indicated:"; "agenda item 12(3)"; "paragraph 5.18 of the Code of Conduct"
// (no item); "in Item 8 … for that item" (the item named, not an earlier one).
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const declared = (text: string) =>
  parseImportText(text).meeting!.declarations.map((one) => `${one.name}@${one.item}`);

const minutes = (declarations: string[], rest: string[] = []) =>
  [
    'Minutes of the meeting of Brackenford Town Council held on 14 May 2026 at 7.00 pm',
    '',
    'Present: Councillors Amory (Mayor), Bassett, Colquhoun, Dunsford and Ellery',
    '',
    '1. Apologies',
    'Apologies were received from Councillor Fenwick.',
    '',
    '2. Declarations of Interest',
    ...declarations,
    '',
    '3. Minutes',
    'RESOLVED that the minutes of the meeting held on 9 April 2026 be approved.',
    '',
    '4. Allotments',
    'RESOLVED that the allotment rents be held.',
    '',
    '5. Planning applications',
    'RESOLVED that the Town Council supports applications PA26/0411 and PA26/0412.',
    '',
    '6. Grants',
    'RESOLVED that the grants be awarded as listed.',
    ...rest,
  ].join('\n');

describe('a table of declarations', () => {
  // Rows of bare surnames must stand as paragraphs of their own (a line apart, or unwrapped lines):
  // run together by narrow wrapping they cannot be told from the reasons' words.
  it('reads each row under "Councillor  Agenda Item  Nature  Reason": the bare surname, the item, and no item for an application', () => {
    expect(
      declared(
        minutes([
          'Councillor     Agenda Item     Nature            Reason',
          '',
          'Bassett        6               Non-pecuniary     Trustee of the Brackenford Scouts',
          '',
          'Colquhoun      PA26/0411       Non-pecuniary     Lives next door to the site',
          '',
          'Ellery         4               Pecuniary         Rents an allotment plot',
        ]),
      ),
    ).toEqual(['Bassett@6', 'Colquhoun@', 'Ellery@4']);
  });

  it('reads "Member Name / Item Ref." columns set apart by tabs, wherever the table is printed', () => {
    expect(
      declared(
        minutes(
          ['The interests declared are listed at the end of these minutes.'],
          [
            '',
            'Declarations of Interest',
            'Member Name\tItem Ref.\tDetails\tNature\tAction',
            'Councillor Hugo Bassett\t6\tTrustee of the Brackenford Scouts\tNon-financial\tRemained',
            'Councillor Nia Dunsford\t4\tAllotment tenant\tFinancial\tLeft the meeting',
          ],
        ),
      ),
    ).toEqual(['Hugo Bassett@6', 'Nia Dunsford@4']);
  });

  it('reads two members in one row, the second name wrapped onto the cell’s next line', () => {
    expect(
      declared(
        minutes([
          'Member                        Minute No(s).   Nature of interest',
          'Councillor Hugo Bassett and   6               Members of the Brackenford',
          'Councillor Nia Dunsford                       Scouts committee',
        ]),
      ),
    ).toEqual(['Hugo Bassett@6', 'Nia Dunsford@6']);
    expect(
      declared(
        minutes([
          'The following Members declared interests in the items indicated:',
          '',
          '    Councillor Amory Bassett     Item 4 – allotments     Personal and prejudicial',
          '                                 – rents a plot; left the meeting',
          '    Councillors Ned Colquhoun and    Item 6 – grants     Personal only – members of',
          '    Ruth Ellery                      the Carnival Association; remained',
        ]),
      ),
    ).toEqual(['Amory Bassett@4', 'Ned Colquhoun@6', 'Ruth Ellery@6']);
  });
});

describe('the item a declaration names', () => {
  it('keeps a bracketed number of the item ("agenda item 12(3)")', () => {
    const text = [
      'Minutes of the meeting of the Council held on 2 June 2026',
      '',
      'Present: Councillors Amory, Bassett and Colquhoun',
      '',
      '11. Declarations of Interest',
      'Councillor Bassett declared a personal interest in agenda item 12(3) (Motion on Notice – Bus Passes) as she held a bus pass.',
      '',
      '12. Motions on Notice',
      'RESOLVED that the motions be debated.',
    ].join('\n');
    expect(declared(text)).toEqual(['Bassett@12(3)']);
  });

  it('a paragraph of the Code of Conduct is no item: the item leading the line is the declaration’s', () => {
    expect(
      declared(
        minutes([
          'Agenda Item 6 (Grants) – Councillor Ellery declared a non-financial interest as a trustee of the Carnival Association and relied on paragraph 5.18 of the Councillors’ Code of Conduct to take part.',
        ]),
      ),
    ).toEqual(['Ellery@6']);
  });

  it('"in Item 6 … and left the room for that item": the item named, not the one before', () => {
    expect(
      declared(
        minutes([
          'Councillor Bassett declared a personal interest in Item 4 as an allotment tenant. Councillor Ellery declared a pecuniary interest in Item 6 as treasurer of the Carnival Association and left the room for that item.',
        ]),
      ),
    ).toEqual(['Bassett@4', 'Ellery@6']);
  });
});

// Attendance lists whose columns kept their gaps (a PDF's or a web table's cells, two or more spaces
// apart): each gap parts one cell from the next, so a name and the role in the column beside it, or two
// names side by side, are read as the page showed them. Invented names and bodies throughout.
import { describe, expect, it } from 'vitest';
import { joinCells } from '../../electron/import/attendanceCells';
import { paragraphsOfLines } from '../../electron/import/text';
import { parseImportText } from '../../electron/import/parse';

const who = (people: { name: string; role: string }[]) =>
  people.map((person) => (person.role ? `${person.name} (${person.role})` : person.name));

describe('column gaps kept for the attendance lists', () => {
  it('a gap of two or more spaces between words is a cell boundary; a sentence’s or label’s gap is not', () => {
    const [row, sentence, label] = paragraphsOfLines([
      'Petra Quill      Licensing Officer',
      '',
      'The Chair opened the meeting.  Members were welcomed.',
      '',
      'Present:   Cllr A Rook',
    ]);
    expect(row).toMatchObject({
      text: 'Petra Quill Licensing Officer',
      cells: 'Petra Quill\tLicensing Officer',
    });
    expect(sentence!.cells).toBeUndefined();
    expect(label!.cells).toBeUndefined();
  });

  it('joins cells as a list: a comma after a name, a semicolon between two whole names', () => {
    expect(joinCells('Oswin Tark\tHead of Estates')).toBe('Oswin Tark, Head of Estates');
    expect(joinCells('Brenna Hollis\tMagnus Dray')).toBe('Brenna Hollis; Magnus Dray');
    expect(joinCells('Cllr Ivo Penn (Chair)\tCllr Tamsin Roe')).toBe(
      'Cllr Ivo Penn (Chair); Cllr Tamsin Roe',
    );
  });

  it('runs a cell on where it cannot stand alone: a bracket, lower case, an honorific left alone', () => {
    expect(joinCells('Councillor\tFenella Marsh')).toBe('Councillor Fenella Marsh');
    expect(joinCells('Quentin Abley\t(Vice-Chair)')).toBe('Quentin Abley (Vice-Chair)');
    expect(joinCells('Rosa Venn\tHead of Parks and\tOpen Spaces')).toBe(
      'Rosa Venn, Head of Parks and Open Spaces',
    );
  });

  it('reads a role then a name, alone on a line, as the role’s holder', () => {
    expect(joinCells('Director of Place\tHarriet Sowerby')).toBe('Director of Place – Harriet Sowerby');
  });

  it('leaves a line without a whole name as words: a table’s column heads are no one', () => {
    expect(joinCells('Item No\tItem under discussion')).toBe('Item No Item under discussion');
    expect(joinCells('Councillors Abberley\tBrisco\tCulshaw')).toBe('Councillors Abberley Brisco Culshaw');
  });

  it('reads a hearing’s parties and officers set out in two columns', () => {
    const parsed = parseImportText(
      [
        'LICENSING SUB-COMMITTEE',
        '',
        'Minutes of a hearing held on 9 April 2025',
        '',
        'Members:  Councillor Nia Ballard (Chair), Councillor Otto Crane, Councillor Pia Doyle',
        '',
        'Officers:',
        'Quin Eastwood       Legal Adviser',
        'Rhea Fenwick        Licensing Officer',
        'Saul Garside        Democratic Services Officer',
        '',
        'Parties present:',
        'Tariq Hollins       Applicant',
        'Una Ingram          Applicant’s solicitor',
        '',
        '1. APPLICATION FOR A PREMISES LICENCE',
        'The Sub-Committee considered the application.',
      ].join('\n'),
    );
    expect(who(parsed.meeting!.officers)).toEqual([
      'Quin Eastwood (Legal Adviser)',
      'Rhea Fenwick (Licensing Officer)',
      'Saul Garside (Democratic Services Officer)',
    ]);
    expect(who(parsed.meeting!.others)).toEqual([
      'Tariq Hollins (Applicant)',
      'Una Ingram (Applicant’s solicitor)',
    ]);
  });

  it('reads a board’s members with the organisation in the column beside each', () => {
    const parsed = parseImportText(
      [
        'HEALTH AND WELLBEING BOARD',
        '',
        'Minutes of the meeting held on 11 March 2025',
        '',
        'PRESENT:',
        'Councillor Vera Ashdown      Cabinet Member for Adult Care (Chair)',
        'Dr Wilf Bramley              Clinical Lead, Westvale ICB',
        'Xenia Cobb                   Director of Public Health',
        'Yusuf Dane                   Healthwatch Westvale',
        '',
        '1. MINUTES',
        'The minutes were approved.',
      ].join('\n'),
    );
    expect(who(parsed.meeting!.present)).toEqual([
      'Vera Ashdown (Cabinet Member for Adult Care (Chair))',
      'Wilf Bramley (Clinical Lead, Westvale ICB)',
      'Xenia Cobb (Director of Public Health)',
      'Yusuf Dane (Healthwatch Westvale)',
    ]);
  });
});

// Attendance said in sentences among or after the lists: a substitution under the members present
// ("… attended in place of …", "… was present as substitute for …"), a list ended by its verb ("…
// sent apologies."), and a substitute named in an apologies item after the member they replaced
// ("… had given apologies and that Councillor X was attending as her substitute"). Invented names.
import { describe, expect, it } from 'vitest';
import { readAttendance } from '../../electron/import/attendance';
import { parseImportText } from '../../electron/import/parse';

const names = (people: { name: string }[]) => people.map((person) => person.name);
const subs = (people: { name: string; for: string }[]) => people.map((one) => `${one.name} for ${one.for}`);

describe('attendance in sentences', () => {
  it('reads a substitution said as a sentence under the members present', () => {
    const read = readAttendance([
      'Present:',
      'Councillor Odile Park (Chair)',
      'Councillors Piers Quant, Rosa Stead and Tamsin Ure',
      'Councillor Vince Wade attended in place of Councillor Yola Zeller',
      'County Councillor Abe Brook was present as substitute for County Councillor Cleo Dunn.',
      'Officers: Dora Eames, Clerk',
    ]);
    expect(names(read.present)).toEqual([
      'Odile Park',
      'Piers Quant',
      'Rosa Stead',
      'Tamsin Ure',
      'Vince Wade',
      'Abe Brook',
    ]);
    expect(subs(read.substitutes)).toEqual(['Vince Wade for Yola Zeller', 'Abe Brook for Cleo Dunn']);
    expect(names(read.others)).toEqual([]);
    expect(names(read.officers)).toEqual(['Dora Eames']);
  });

  it('reads a list that ends with its verb', () => {
    const read = readAttendance([
      'Apologies:',
      'Councillors Fern Gale, Hugo Ince and Iris Jowett sent apologies.',
    ]);
    expect(names(read.apologies)).toEqual(['Fern Gale', 'Hugo Ince', 'Iris Jowett']);
  });

  it('gives a substitute named after an apology the member named before them', () => {
    const parsed = parseImportText(
      [
        'Minutes of the Scrutiny Panel held on 3 March 2025',
        '',
        'Present: Councillors Kit Lamb (Chair), Mae Nash and Ola Penn',
        '',
        '12. APOLOGIES AND SUBSTITUTIONS',
        '',
        'It was noted that Councillor Quinn Rigg had given apologies and that Councillor Sol Tate was attending as her substitute.',
        '',
        '13. MINUTES',
        '',
        'The minutes were agreed.',
      ].join('\n'),
    );
    expect(subs(parsed.meeting!.substitutes)).toEqual(['Sol Tate for Quinn Rigg']);
    expect(names(parsed.meeting!.apologies)).toEqual(['Quinn Rigg']);
  });
});

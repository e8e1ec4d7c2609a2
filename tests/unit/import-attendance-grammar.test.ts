// Attendance and declarations read as a grammar of how UK minutes are written, not as the strings of
// any one council: a list is a run of people split on commas, semicolons, "and" and new lines, each
// part accepted only if it reads as a person (or as the role of the person before it), and the list
// ends at the first part that is neither. The texts are our own, in shapes seen in published parish,
// district, county, Scottish, Welsh and Northern Irish minutes (Melton and Groby parish councils,
// Witney, Bromsgrove, Southwark, Southend and others).
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { readAttendance } from '../../electron/import/attendance';
import { peopleFromList } from '../../electron/import/people';

const names = (people: { name: string }[]) => people.map((person) => person.name);
const subs = (people: { name: string; for: string }[]) =>
  people.map((person) => `${person.name} for ${person.for}`);

describe('a list of people as a grammar', () => {
  it('ends at a part that is not a person: members of the public and of the press are not people', () => {
    expect(peopleFromList('Mrs D Jones (Clerk), 2 members of the public')).toEqual([
      { name: 'D Jones', honorific: 'Mrs', role: 'Clerk' },
    ]);
    expect(names(peopleFromList('PCSO Grey; one member of the press; 3 members of the public'))).toEqual([
      'Grey',
    ]);
    expect(names(peopleFromList('S Patel (Clerk) and three residents'))).toEqual(['S Patel']);
  });

  it('reads the role of the person before it, in brackets, after a dash, or as the next part', () => {
    expect(peopleFromList('Gail Horn, Scrutiny Manager, Ivan Jory, Committee Officer')).toEqual([
      { name: 'Gail Horn', honorific: '', role: 'Scrutiny Manager' },
      { name: 'Ivan Jory', honorific: '', role: 'Committee Officer' },
    ]);
    expect(peopleFromList('Licensing Officer - V Wood; Legal Adviser – W Yates')).toEqual([
      { name: 'V Wood', honorific: '', role: 'Licensing Officer' },
      { name: 'W Yates', honorific: '', role: 'Legal Adviser' },
    ]);
    expect(names(peopleFromList('Head of Planning (T. Moss), Principal Planning Officer (A. Nunn)'))).toEqual(
      ['T. Moss', 'A. Nunn'],
    );
  });

  it('a plural honorific carries to the bare surnames after it; party letters are roles', () => {
    expect(names(peopleFromList('Councillors Hughes (Chair), Evans, Morgan and Price'))).toEqual([
      'Hughes',
      'Evans',
      'Morgan',
      'Price',
    ]);
    const party = peopleFromList('Councillors A. Ball (Con) (Chairman), B. Cook (Lab) and C. Dunn (LD)');
    expect(names(party)).toEqual(['A. Ball', 'B. Cook', 'C. Dunn']);
    expect(party[0]!.role).toBe('Con, Chairman');
  });

  it('several honorifics, titles and "together with" open a person', () => {
    expect(
      names(peopleFromList('Councillors Mrs J Abbott (Chairman), Dr S Dutta, Rev T Ellis and Sir V Gray')),
    ).toEqual(['J Abbott', 'S Dutta', 'T Ellis', 'V Gray']);
    expect(names(peopleFromList('Councillor Kim Lee, together with Mr Len Moss (co-opted member)'))).toEqual([
      'Kim Lee',
      'Len Moss',
    ]);
  });

  it('a name then its office with nothing between', () => {
    expect(peopleFromList('Councillor Ben Ford Deputy Leader')).toEqual([
      { name: 'Ben Ford', honorific: 'Councillor', role: 'Deputy Leader' },
    ]);
    expect(peopleFromList('Frank Jones Chief Executive')).toEqual([
      { name: 'Frank Jones', honorific: '', role: 'Chief Executive' },
    ]);
    // An organisation's name is nobody's: "Fenmoor City" is not a person.
    expect(peopleFromList('Westmere City Council – Cabinet Member for Housing')).toEqual([]);
  });
});

describe('the lists at the head of the minutes', () => {
  it('labels inline or on their own line, in capitals or not, with how members attended', () => {
    const read = readAttendance([
      'PRESENT (in person): Councillor Quentin Ross (Chair); Councillor Rhian Sykes',
      'PRESENT (remotely): Councillor Tara Upson',
      'Co-opted members present',
      'Mrs Dora Elms',
      'Officers Present: Mr K Fisher, Town Clerk; Ms L Green, Deputy Town Clerk Also Present: PCSO Grey; one member of the press',
    ]);
    expect(names(read.present)).toEqual(['Quentin Ross', 'Rhian Sykes', 'Tara Upson', 'Dora Elms']);
    expect(names(read.officers)).toEqual(['K Fisher', 'L Green']);
    expect(names(read.others)).toEqual(['Grey']);
  });

  it('a "Councillors …" line under a chair named alone is a list, not one person with a role', () => {
    const read = readAttendance([
      'Present: Councillor Joan Smith (Chair)',
      'Councillors Bill Taylor, Carol White (Vice-Chair), David Brown, Emma Green',
    ]);
    expect(names(read.present)).toEqual([
      'Joan Smith',
      'Bill Taylor',
      'Carol White',
      'David Brown',
      'Emma Green',
    ]);
  });

  it('"Attendance:" over a joint body; "Members of the public: 3" is nobody', () => {
    const read = readAttendance([
      'Attendance:',
      'Councillor Ann Reid, Eastshire Council (Chair)',
      'Mr Dan Usher, Port Users Group',
      'Clerk: Rachel Green',
      'Members of the public: 3',
    ]);
    expect(names(read.present)).toEqual(['Ann Reid', 'Dan Usher']);
    expect(read.officers).toEqual([{ name: 'Rachel Green', honorific: '', role: '' }]);
  });

  it('substitutes under a label, in brackets in the list, and beside an apology', () => {
    expect(
      subs(
        readAttendance([
          'Substitutes: Councillor K. Lamb (Con) for Councillor I. Jukes; Councillor L. Mott (LD) for Councillor J. Kent',
        ]).substitutes,
      ),
    ).toEqual(['K. Lamb for I. Jukes', 'L. Mott for J. Kent']);
    expect(
      subs(
        readAttendance([
          'Substitute Members: Councillor Frank Black (substituting for Councillor George Gray)',
        ]).substitutes,
      ),
    ).toEqual(['Frank Black for George Gray']);
    expect(
      subs(
        readAttendance(['APOLOGIES: Councillor K King; Councillor L Lamb (Councillor D Drake substituting)'])
          .substitutes,
      ),
    ).toEqual(['D Drake for L Lamb']);
  });

  it("a sentence after the list is nobody and no one's role", () => {
    const read = readAttendance([
      'Present: Councillors Smith (Chair), Jones and Brown.',
      'The meeting started at 7.00 pm.',
    ]);
    expect(read.present.map((person) => person.role)).toEqual(['Chair', '', '']);
    const clerk = readAttendance([
      'Members present: Cllrs Carr, Dunn, Eames.',
      'Clerk: Mrs F Fisher. 5 members of the public were present.',
    ]);
    expect(names(clerk.officers)).toEqual(['F Fisher']);
    expect(clerk.others).toEqual([]);
  });

  it('a table flattened to lines: a row a line, or a cell a line, under its column names', () => {
    const rows = readAttendance([
      'Name Role Attendance',
      'Councillor Ann Bell Chair Present',
      'Councillor Carl Dunn Committee Member Apologies',
      'Councillor Eve Fox Committee Member Present',
    ]);
    expect(names(rows.present)).toEqual(['Ann Bell', 'Eve Fox']);
    expect(names(rows.apologies)).toEqual(['Carl Dunn']);
    const cells = readAttendance([
      'Member',
      'Attendance',
      'Cllr A Bell',
      'Present',
      'Cllr C Dunn',
      'Apologies',
      'Cllr E Fox',
      'Present',
    ]);
    expect(names(cells.present)).toEqual(['A Bell', 'E Fox']);
    expect(names(cells.apologies)).toEqual(['C Dunn']);
  });

  it('a list over many lines: a line ending in "and", a role on the line after, an office after the name', () => {
    expect(
      names(
        readAttendance([
          'Present: Councillor Ann Bell (Chair), Councillor Carl Dunn and',
          'Councillor Ivy Jones',
        ]).present,
      ),
    ).toEqual(['Ann Bell', 'Carl Dunn', 'Ivy Jones']);
    const read = readAttendance([
      'PRESENT',
      'Councillor A Bell Chair',
      'Councillor C Dunn',
      'Cllr E Fox',
      'Vice-Chair',
    ]);
    expect(read.present).toEqual([
      { name: 'A Bell', honorific: 'Councillor', role: 'Chair' },
      { name: 'C Dunn', honorific: 'Councillor', role: '' },
      { name: 'E Fox', honorific: 'Councillor', role: 'Vice-Chair' },
    ]);
  });

  it('"… were in attendance. Also present were …" read sentence by sentence', () => {
    const read = readAttendance([
      'Present: Councillors A Bee and C Dee.',
      'The Town Clerk (Mr X. Zorn) was in attendance. Also present were PCSO B. Birch and 4 members of the public.',
    ]);
    expect(names(read.others)).toEqual(['X. Zorn', 'B. Birch']);
  });
});

const minutes = (body: string) =>
  parseImportText(`Minutes of the Resources Committee held on 6 November 2025

Present: Councillors Jay (Chair), Kemp, Lowe, Mann and Nash

${body}

9. Minutes
RESOLVED that the minutes be approved.`).meeting!;

describe('apologies and substitutes said in an item', () => {
  it('a substitute named beside the apology, in either order of words', () => {
    const meeting = minutes(`1. Apologies and substitutions
Apologies were received from Councillor Nye (Councillor Mann attended as his substitute) and Councillor Ogle.`);
    expect(names(meeting.apologies)).toEqual(['Nye', 'Ogle']);
    expect(subs(meeting.substitutes)).toEqual(['Mann for Nye']);
    const other = minutes(`1. Apologies for absence
Apologies: Cllr Underwood (Cllr Mann substituted).`);
    expect(names(other.apologies)).toEqual(['Underwood']);
    expect(subs(other.substitutes)).toEqual(['Mann for Underwood']);
  });

  it('apologies in prose: gave, sent, noted from … who …, "the apologies of … be accepted", a list under a lead-in', () => {
    const gave = minutes(`1. Apologies for absence and substitutions
Councillor Owen gave his apologies. Councillor Price sent apologies and Councillor Mann substituted for her. There were apologies for lateness from Councillor Nash.`);
    expect(names(gave.apologies)).toEqual(['Owen', 'Price']);
    expect(subs(gave.substitutes)).toEqual(['Mann for Price']);
    const noted = minutes(`1. Apologies for Absence
Apologies were noted from Councillor Quayle, who was attending another meeting, and from Councillor Rigby. Councillor Nash was present as a substitute for Councillor Rigby.`);
    expect(names(noted.apologies)).toEqual(['Quayle', 'Rigby']);
    expect(subs(noted.substitutes)).toEqual(['Nash for Rigby']);
    const accepted = minutes(`1. Apologies for absence
RESOLVED that the apologies of Councillors Quayle and Rigby be accepted.`);
    expect(names(accepted.apologies)).toEqual(['Quayle', 'Rigby']);
    const listed = minutes(`1. Apologies for Absence
Apologies for absence were received from:
Councillor Quayle
Councillor Rigby (Councillor Nash attending as substitute)
Councillor Sykes`);
    expect(names(listed.apologies)).toEqual(['Quayle', 'Rigby', 'Sykes']);
    expect(subs(listed.substitutes)).toEqual(['Nash for Rigby']);
    const label = minutes(`1. Apologies
There were apologies from Councillors Quayle and Rigby. Substitute: Cllr Nash for Cllr Rigby.`);
    expect(names(label.apologies)).toEqual(['Quayle', 'Rigby']);
    expect(subs(label.substitutes)).toEqual(['Nash for Rigby']);
  });

  it('a member recorded as absent, late or arriving sent no apologies', () => {
    const meeting = minutes(`1. Apologies for absence
Apologies for absence were received from Councillor Owen and Councillor Price. Councillor Quinn was absent. Councillor Reid arrived at 7.40 pm.`);
    expect(names(meeting.apologies)).toEqual(['Owen', 'Price']);
  });
});

describe('declarations of interest', () => {
  it('two members in one sentence, several items named, a table row, an item number with letters', () => {
    const meeting = minutes(`1. Declarations of Interest
Councillor Kemp declared a disclosable pecuniary interest in item 7 and Councillor Lowe declared an other interest in item 8.
Councillor Mann declared a personal interest in items 7 and 8 as a member of the Civic Society.
Councillor Nash 8 Personal - knows the applicant

7. Budget
RESOLVED that the budget be approved.

8. Leisure
RESOLVED that the report be noted.`);
    expect(meeting.declarations.map((d) => `${d.name}@${d.item}`)).toEqual([
      'Kemp@7',
      'Lowe@8',
      'Mann@7',
      'Mann@8',
      'Nash@8',
    ]);
  });

  it('in the passive, as "made a declaration", with "both" or an aside before the verb', () => {
    const meeting = minutes(`1. Declarations of interest
Declarations of interest were made by Councillor Kemp (item 7) and Councillor Lowe (item 8).
Councillor Mann made a declaration of a personal interest in agenda item 8.
An interest was declared by Councillor Nash in item 7.
Councillors Owen and Pitt both declared non-registrable interests in Minute No. 8.
Councillor Jay, as a member of the Housing Trust, declared a personal interest in item 7.
In respect of item 8, Councillor Reid declared a personal interest as a school governor.

7. Budget
RESOLVED that the budget be approved.

8. Leisure
RESOLVED that the report be noted.`);
    expect(meeting.declarations.map((d) => `${d.name}@${d.item}`)).toEqual([
      'Kemp@7',
      'Lowe@8',
      'Mann@8',
      'Nash@7',
      'Owen@8',
      'Pitt@8',
      'Jay@7',
      'Reid@8',
    ]);
  });

  it('"Cllr X – Items 5 and 6 – …" under "The following declarations were made"; "No declarations were made" is none', () => {
    const meeting = minutes(`1. Declarations of interest
The following declarations were made:
Cllr Kemp – Item 5 – member of the Youth Trust
Cllr Lowe – Items 5 and 6 – employed by the NHS

5. Youth services
RESOLVED to note.

6. Health
RESOLVED to note.`);
    expect(meeting.declarations.map((d) => `${d.name}@${d.item}`)).toEqual(['Kemp@5', 'Lowe@5', 'Lowe@6']);
    expect(minutes(`1. Declarations of interest\nNo declarations were made.`).declarations).toEqual([]);
  });
});

// People heard at a meeting who do not sit on it (objectors, agents, applicants, ward members, a member
// of the public with a question) are the meeting's others, in the wordings planning and licensing
// minutes use; names invented. Members who speak stay members, and nobody is listed twice.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';

const meeting = (body: string) =>
  parseImportText(`Minutes of the Planning Committee held on 6 November 2025

Present: Councillors Jay (Chair), Kemp, Lowe, Mann and Nash

1. Apologies for Absence
There were none.

${body}`).meeting!;
const others = (body: string) => meeting(body).others.map((person) => person.name);

describe('speakers at the meeting are others', () => {
  it('subjects of "addressed the Committee", "spoke in objection", "was heard"', () => {
    expect(
      others(`2. 25/0101/FUL – Land at Mill Lane
Mr Owen Tarrant (objector), Mrs Rhian Bevan (on behalf of Millbrook Parish Council) and Ms Dee Akinola (agent for the applicant) addressed the Committee. Councillor Paul Quigley, the ward member, spoke against the application.
RESOLVED that permission be granted.`),
    ).toEqual(['Owen Tarrant', 'Rhian Bevan', 'Dee Akinola', 'Paul Quigley']);
    expect(
      others(`2. Premises Licence – The Old Forge
The applicant's solicitor, Ms Iona Baird, was heard in support of the application. Mr Colm Devlin, agent, spoke in support.
RESOLVED that the licence be granted.`),
    ).toEqual(['Iona Baird', 'Colm Devlin']);
  });

  it('"heard from", "Public speakers:", a question from the public, an untitled agent in apposition', () => {
    expect(
      others(`2. Premises Licence – Harbour Bar
The Sub-Committee heard from the applicant, Mr Ravi Sood, and from an objector, Mrs Ann Pryce.
RESOLVED that the licence be granted.

3. Public Questions
Mrs Joan Ellery attended and asked about the bus timetable. Public speakers: Mr T Weir (Ashby Town Council) and Ms F Gale (supporting).

4. Licence review
Terri Wolan, agent for the applicant, addressed the Sub-Committee.`),
    ).toEqual(['Ravi Sood', 'Ann Pryce', 'Joan Ellery', 'T Weir', 'F Gale', 'Terri Wolan']);
  });

  it('members who speak, ask or propose stay members; no one is listed twice', () => {
    expect(
      others(`2. Budget Monitoring
Councillor Kemp asked about the reserves and Councillor Lowe spoke in support of the recommendation. Councillor Mann addressed the Committee on the timetable.
RESOLVED that the report be noted.

3. 25/0102/FUL – 4 High Street
Mr Owen Tarrant addressed the Committee. Mr O Tarrant then answered questions.`),
    ).toEqual(['Owen Tarrant']);
  });
});

describe('an agenda item page', () => {
  it('reads the declaration made under the item, and the speakers', () => {
    const read = parseImportText(`Agenda item

45.	25/0200/OUT - Land off Station Road

Meeting of Planning Committee, Tuesday, 4th November, 2025 6.00 pm (Item 45.)

Minutes:

Councillor Ada Lowry declared a non-registrable interest as a member of Eastfield Parish Council, which had objected to the application, and left the room.

Mr Colm Devlin (objector) addressed the Committee.

RESOLVED that permission be refused.`);
    expect(read.meeting!.declarations.map((one) => `${one.name}@${one.item}`)).toEqual(['Ada Lowry@45']);
    expect(read.meeting!.others.map((one) => one.name)).toEqual(['Colm Devlin']);
  });
});

describe('a fire or police rank before a name', () => {
  it('"Station Commander", "Divisional Commander" are titles, the service after the comma is not a person', () => {
    const read = parseImportText(`Minutes of the Area Committee held on 6 November 2025

Present: Councillors Jay (Chair), Kemp and Lowe

Also present:
Station Commander Moira Leckie, Scottish Fire and Rescue Service
Divisional Commander Ross Imrie, Police Scotland

1. Apologies
There were none.`).meeting!;
    expect([...read.others, ...read.officers].map((one) => one.name).sort()).toEqual([
      'Moira Leckie',
      'Ross Imrie',
    ]);
  });
});

describe('a titled name cut by the line’s end', () => {
  it('"… and Ms Yvonne" over "Caddick (Trust)." is one apology', () => {
    const read = parseImportText(`Minutes of the Health and Wellbeing Board held on 6 November 2025

PRESENT:

Councillor Ada Jay (Chair) – Cabinet Member for Health
Ms Rhoda Kemp – Director of Public Health

1. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillor Dean Ross and Ms Yvonne
Carden (Eastfield Foundation Trust). Mr Liam Stroud attended as substitute
for Ms Carden.

2. Minutes
RESOLVED that the minutes be approved.`).meeting!;
    expect(read.apologies.map((one) => one.name)).toEqual(['Dean Ross', 'Yvonne Carden']);
  });
});

describe('left-column labels over two lines, and roles with "and" before the holder', () => {
  it('"Non-Committee" over "Members Present:" lists others; "Head of Waste and Cleansing (R Lane)" is one officer', () => {
    const read = parseImportText(`Minutes of the Environmental Services Committee held on 6 November 2025

In the Chair:           Councillor N Dowd

Committee Members       Aldermen Carey, Gill and Mackey
Present:                Councillors Agnew, Boyd, Ferris and Tully

Non-Committee           Councillor Mullan
Members Present:

Officers Present:       Director of Environmental Services (P Curran)
                        Head of Waste and Cleansing (R Lane)
                        Director of Planning and Regeneration (S Moore)

ES 1/26  APOLOGIES
There were none.`).meeting!;
    expect(read.present.map((one) => one.name)).toContain('Tully');
    expect(read.present.map((one) => one.name)).not.toContain('Mullan');
    expect(read.others.map((one) => one.name)).toEqual(['Mullan']);
    expect(read.officers.map((one) => `${one.name} – ${one.role}`)).toEqual([
      'P Curran – Director of Environmental Services',
      'R Lane – Head of Waste and Cleansing',
      'S Moore – Director of Planning and Regeneration',
    ]);
  });
});

// Attendance and declarations in shapes read in real councils' published minutes that the corpus had
// not shown (issue 20, third round), reworded and with invented names: lists labelled by how the
// members attended ("Members present in person:", "PRESENT IN REMOTE LOCATION:", "Also present via
// Teams virtually:"), people parted only by the bracket after each ("Maccan (Chair) Appleby (…)", a
// Northern Irish "Officers Present" line), substitutes joined by "and", a role before a titled name
// ("Standing Invitee Dr …"), apologies run on in a numbered heading, the roll call inside an item titled
// "Record of those Present/Apologies", and "Councillors A, B and C declared …" in a numbered list.
import { describe, expect, it } from 'vitest';
import { readAttendance } from '../../electron/import/attendance';
import { parseImportText } from '../../electron/import/parse';
import { declarationsIn } from '../../electron/import/declarations';

const names = (people: { name: string }[]) => people.map((person) => person.name);
const subs = (people: { name: string; for: string }[]) => people.map((one) => `${one.name} for ${one.for}`);

describe('attendance labels qualified by how the members attended', () => {
  it('in person, remotely, in the chamber, in a remote location, via Teams', () => {
    const read = readAttendance([
      'Members present in person: Councillors J Abbot (Chair), K Bryce and L Carr',
      'Members present remotely: Councillors N Ellis and O Frost (non-voting)',
      'Also present via Teams virtually: Councillor P Gale',
      'Officers present via Zoom: R Hurst (Solicitor)',
    ]);
    expect(names(read.present)).toEqual(['J Abbot', 'K Bryce', 'L Carr', 'N Ellis', 'O Frost']);
    expect(names(read.others)).toEqual(['P Gale']);
    expect(names(read.officers)).toEqual(['R Hurst']);
    const ni = readAttendance([
      'PRESENT IN CHAMBER: Councillor N Tobin (Mayor)',
      'PRESENT IN REMOTE LOCATION: Aldermen J Baird and W J Dunlop',
    ]);
    expect(names(ni.present)).toEqual(['N Tobin', 'J Baird', 'W J Dunlop']);
  });

  it('a role before a titled name is the role: "Standing Invitee Dr …", "PCC Link Officer Mr …"', () => {
    const read = readAttendance([
      'Also present: Standing Invitee Dr Anjali Basu',
      'In attendance: PCC Link Officer Mr D Tudor',
    ]);
    expect(read.others.map((one) => `${one.name} [${one.role}]`)).toEqual(['Anjali Basu [Standing Invitee]']);
    expect(read.officers.map((one) => `${one.name} [${one.role}]`)).toEqual(['D Tudor [PCC Link Officer]']);
  });
});

describe('people parted only by the bracket after each', () => {
  it('surnames after a councillor, each with a role in brackets and no comma', () => {
    const read = readAttendance([
      'Present: Councillor Maccan (Chair) Appleby (Joint Opposition Spokesperson) and Bellis (Group Spokesperson).',
    ]);
    expect(names(read.present)).toEqual(['Maccan', 'Appleby', 'Bellis']);
  });

  it('officers as "Name (Role)" run into one line, as a Northern Irish PDF prints them', () => {
    const read = readAttendance([
      'Presiding  P Rafferty',
      'Other Members Present  P J Boyle  J Cairns  Mrs E A Fagan',
      'Officers Present  J A Mulgrew (Chief Executive)  J J Toner (Director of Finance)  Mrs A Jordan (Committee Clerk)',
    ]);
    expect(names(read.present)).toEqual(['P Rafferty', 'P J Boyle', 'J Cairns', 'E A Fagan']);
    expect(read.officers.map((one) => `${one.name} [${one.role}]`)).toEqual([
      'J A Mulgrew [Chief Executive]',
      'J J Toner [Director of Finance]',
      'A Jordan [Committee Clerk]',
    ]);
  });
});

describe('substitutes and apologies', () => {
  it('"Substitute Members: X (for Y) and Z (for W)"', () => {
    const read = readAttendance([
      'PRESENT: Councillors Arnold (Chair), Barker and Cook.',
      'Substitute Members: Councillor Hill (for Councillor Irwin) and Councillor Jones (for Councillor King).',
    ]);
    expect(subs(read.substitutes)).toEqual(['Hill for Irwin', 'Jones for King']);
  });

  it('apologies run on in the numbered heading of a parish council’s minutes', () => {
    const meeting = parseImportText(`Minutes of the meeting of Upper Brook Parish Council held on 9 May 2026

Present: Karen Hale, Philip Knox, Mike Pryce
In attendance: Clerk, Jane Doe; 2 members of the public

1. Welcome by the Chairman
2. Apologies for absence: Derek Price, Cllr Martin Wale
3. Declarations of interest – None declared.
4. Minutes
The minutes were approved.`).meeting!;
    expect(names(meeting.present)).toEqual(['Karen Hale', 'Philip Knox', 'Mike Pryce']);
    expect(names(meeting.apologies)).toEqual(['Derek Price', 'Martin Wale']);
  });

  it('the roll call inside an item titled "Record of those Present/Apologies" gives no apologies', () => {
    const meeting =
      parseImportText(`Minutes of the meeting of Rhosfawr Community Council held on Monday, 13 March 2026 at 7.00pm.

167.0 Agenda Item 1: Record of those Present/Apologies
• Members: Cllrs Wyn Evans (Chair), Huw Dafydd (Vice Chair), Nia Lloyd and Darren Prys
• Others: Llew Tomos Clerk to the Council.
• Apologies for absence: Cllrs Gavin Griff and Terry Jenkins.

168.0 Agenda Item 2 Declarations of Interest
• Agenda Item 12. Cllr N Lloyd declared a personal but not prejudicial interest as a county councillor.`).meeting!;
    expect(names(meeting.present)).toEqual(['Wyn Evans', 'Huw Dafydd', 'Nia Lloyd', 'Darren Prys']);
    expect(names(meeting.apologies)).toEqual(['Gavin Griff', 'Terry Jenkins']);
    expect(meeting.declarations.map((one) => `${one.name}@${one.item}`)).toEqual(['N Lloyd@12']);
  });
});

describe('declarations in a numbered list', () => {
  it('"2) Councillors A, B and C declared a personal interest in Minute 157": all three', () => {
    const meeting = parseImportText(`Minutes of the Council meeting held on 21 February 2026

148. DISCLOSURES OF PERSONAL AND PREJUDICIAL INTERESTS
In accordance with the Code of Conduct, the following interests were declared:
1) Councillor J P Curtis declared a personal interest in Minute 156 "Medium Term Financial Plan";
2) Councillors C Andrews, P M Black and J E Burton declared a personal interest in Minute 157 "Revenue Budget";
3) Councillor M C Child declared a personal and prejudicial interest in Minute 157 and withdrew from the meeting.

156. MEDIUM TERM FINANCIAL PLAN
RESOLVED that the plan be noted.
157. REVENUE BUDGET 2026/27
RESOLVED that the budget be approved.`).meeting!;
    expect(meeting.declarations.map((one) => `${one.name}@${one.item}`)).toEqual([
      'J P Curtis@156',
      'C Andrews@157',
      'P M Black@157',
      'J E Burton@157',
      'M C Child@157',
    ]);
  });
});

describe('more published shapes', () => {
  it('a bilingual label with the English first: "Present / Yn Bresennol:"', () => {
    const read = readAttendance([
      'Present / Yn Bresennol: Councillor A Jones (Chair), Councillors B Evans and C Hughes',
      'Officers / Swyddogion: E Roberts (Head of Planning)',
      'Apologies / Ymddiheuriadau: Councillor G Lewis',
    ]);
    expect(names(read.present)).toEqual(['A Jones', 'B Evans', 'C Hughes']);
    expect(names(read.officers)).toEqual(['E Roberts']);
    expect(names(read.apologies)).toEqual(['G Lewis']);
  });

  it('substitutes a pair a line under "… attending as substitutes for their respective colleagues:"', () => {
    const meeting = parseImportText(`Minutes of the Health and Wellbeing Board held on 8 June 2026

48 Apologies
48.1 Apologies were received from Dr. Sikes and Councillor R. Page.

49 Substitutes
49.1 The Chair noted that the following were attending the meeting as substitutes for their respective colleagues:
Ms J. Oakes for Dr. Sikes
Councillor T. Hume for Councillor R. Page

50 Minutes
50.1 RESOLVED: That the minutes be approved.`).meeting!;
    expect(subs(meeting.substitutes)).toEqual(['J. Oakes for Sikes', 'T. Hume for R. Page']);
  });
});

describe('declarations and what is not one', () => {
  const declared = (body: string) =>
    parseImportText(`Minutes of the Planning Committee held on 9 April 2026

Present: Councillors Ahern (Chair), Boyle, Carey, Devlin, Egan, Foley and Grady

2. Declarations of Interest
${body}

5. Application A
RESOLVED approve.
7. Application B
RESOLVED approve.
11. Application D
RESOLVED approve.`)
      .meeting!.declarations.map((one) => `${one.name}@${one.item}`)
      .sort();

  it('a transparency statement ("did not consider that he had an interest") is not a declaration', () => {
    expect(
      declared(`Councillor Allan advised that he had a connection in relation to item 7 as a member of the board, however having applied the objective test he did not consider that he had an interest and would not be withdrawing from the meeting.
In relation to item 5, Councillor Grady advised for reasons of transparency that her son attended the school, however she did not consider that the connection required her to declare an interest.
Councillor Boyle declared an interest in item 11 as a governor and left the meeting.`),
    ).toEqual(['Boyle@11']);
  });

  it('"…; Councillor Carey in item 7": a second declarant with the verb left out; a declaration in brackets', () => {
    expect(
      declared(`Councillor Boyle declared a personal interest in item 5; Councillor Carey in item 7.
(Councillor Egan declared an interest in item 11 and left the meeting.)`),
    ).toEqual(['Boyle@5', 'Carey@7', 'Egan@11']);
  });

  it('"… in items 5 and 7 respectively": each member with their own item', () => {
    expect(
      declared('Councillors Boyle and Carey declared personal interests in items 5 and 7 respectively.'),
    ).toEqual(['Boyle@5', 'Carey@7']);
  });

  it('a table of declarations with its cells parted by "|", rows run together', () => {
    expect(
      declared(`Member | Item | Nature of interest
Councillor Boyle | 5 | Personal – member of the trust
Councillor Carey | 7 | Prejudicial – owns adjoining land`),
    ).toEqual(['Boyle@5', 'Carey@7']);
  });
});

describe('more labels as councils print them', () => {
  it('offices, member categories and staff as labels; absence without apologies is no apology', () => {
    const read = readAttendance([
      'Mayor: Cllr A Bloom',
      'Deputy Mayor: Cllr B Crane',
      'Members of the Committee: Cllrs C Dale and D Eade',
      'Youth Members: Ffion Gray',
      'Apologies received: Cllr E Frost',
      'Absent without apologies: Cllr F Gill',
      'Apologies for lateness: Cllr G Hale',
      'Town Clerk: H Ince',
      'Minute taker: I Jarvis',
      'Observers: J Keel',
    ]);
    expect(names(read.present)).toEqual(['A Bloom', 'B Crane', 'C Dale', 'D Eade', 'Ffion Gray']);
    expect(names(read.apologies)).toEqual(['E Frost']);
    expect(names([...read.officers, ...read.others])).toEqual(['H Ince', 'I Jarvis', 'J Keel']);
  });
});

describe('a sentence that opens or is the list', () => {
  it('"The following members were present:", "There were present:", "Councillors … were present."', () => {
    for (const line of [
      'The following members were present: Councillors A Bee, C Dee and E Fay.',
      'There were present: Councillors A Bee (Chair), C Dee and E Fay.',
      'Councillors A Bee, C Dee and E Fay were present.',
    ])
      expect(names(readAttendance([line]).present)).toEqual(['A Bee', 'C Dee', 'E Fay']);
    const read = readAttendance([
      'Present: Councillors A Bee and C Dee',
      'The following were also present: Mr G Hay (Clerk)',
      'County Councillors I Jay and K Lee were present.',
    ]);
    expect(names(read.present)).toEqual(['A Bee', 'C Dee']);
    expect(names(read.others)).toEqual(['G Hay', 'I Jay', 'K Lee']);
  });
});

describe('two columns of names side by side, the gap between them lost', () => {
  it('a name after a bracket, and two plain names on a line, are two people', () => {
    const read = readAttendance([
      'Present',
      'Isla Brodie (Convener) Morven Laing',
      'Kenneth Dunlop Alasdair McPhee',
      'Rona Jolly Peter Corsar (from item 5)',
      'Apologies',
      'Derek Rankin Steven McKee',
    ]);
    expect(names(read.present)).toEqual([
      'Isla Brodie',
      'Morven Laing',
      'Kenneth Dunlop',
      'Alasdair McPhee',
      'Rona Jolly',
      'Peter Corsar',
    ]);
    expect(names(read.apologies)).toEqual(['Derek Rankin', 'Steven McKee']);
  });

  it('three words, an initial or a word of office keep the line one person', () => {
    const read = readAttendance([
      'Present',
      'Mary Ann Lloyd',
      'J Paul Smith Jones',
      'Head Teacher Anne Cole',
    ]);
    expect(names(read.present)).not.toContain('Mary Ann');
    expect(names(read.present)).not.toContain('Head Teacher');
  });
});

describe('a list whose names are marked, and a reserve members table', () => {
  it('"* Denotes Member present": the marked are present, the unmarked absent', () => {
    const read = readAttendance([
      'Chair: * Councillor Hugh Fenner',
      'Councillors: * Asha Bell * Piers Rowan',
      '* Dev Kapoor',
      'Mairead Doyle * Grant Ashe (1)',
      'In attendance (Councillors): Nia Karim Minute 85',
      '* Denotes Member present',
      '(1) Denotes category of Reserve Members',
    ]);
    expect(names(read.present)).toEqual([
      'Hugh Fenner',
      'Asha Bell',
      'Piers Rowan',
      'Dev Kapoor',
      'Grant Ashe',
    ]);
    expect(names([...read.officers, ...read.others])).toEqual(['Nia Karim']);
  });

  it('without a key the marks only part the names', () => {
    expect(
      names(readAttendance(['Present: * Councillor Asha Bell * Councillor Piers Rowan']).present),
    ).toEqual(['Asha Bell', 'Piers Rowan']);
  });

  it('"Ordinary Member / Reserve Member" rows in an item are substitutions; a heading over a declaration names its item', () => {
    const meeting = parseImportText(`Minutes of the Planning Committee held on 12 November 2025

Present: Councillors Fenner (Chair), Bell, Rowan, Kapoor and Ashe

179. Attendance by Reserve Members
RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:
Ordinary Member Reserve Member
Councillor Mairead Doyle Councillor Grant Ashe

181. Declarations of Interest
RESOLVED: To note that the following interests were declared:
Agenda Item 8 – Planning Application 1/02 – 14 Kent Grove, Harfield Park
Councillor Asha Bell declared a non-registrable interest in that she lived near the application site.

182. Minutes
RESOLVED that the minutes be approved.`).meeting!;
    expect(subs(meeting.substitutes)).toEqual(['Grant Ashe for Mairead Doyle']);
    expect(meeting.declarations.map((one) => `${one.name}@${one.item}`)).toEqual(['Asha Bell@8']);
  });
});

describe('an agenda item’s page: its speakers, its officers, its declarations', () => {
  it('"Speakers:" a line each, an officer named in apposition, "declared that … was not an interest" no declaration', () => {
    const meeting = parseImportText(`Agenda item

25/00456/FUL - Land east of Mill Lane, Ashby Parva

Meeting: 04/11/2025 - Planning Committee (Item 67)

Minutes:

Councillor Gale declared a non-registrable interest in this item as a member of the parish council. Councillor Thorne declared that he knew one of the objectors socially; he considered this was not an interest that required him to withdraw.

The Principal Planning Officer, Nina Fairley, introduced the report.

Speakers:

Objector – Mr Colin Whitby
Parish Council – Cllr Jan Sills
Applicant's agent – Ms Priya Raman (Harwood Planning)

The Highways Officer, Gary Moss, advised that the County Council had raised no objection.

RESOLVED that outline planning permission be refused.`).meeting!;
    expect(names([...meeting.officers, ...meeting.others]).sort()).toEqual(
      ['Colin Whitby', 'Gary Moss', 'Jan Sills', 'Nina Fairley', 'Priya Raman'].sort(),
    );
    expect(meeting.declarations.map((one) => one.name)).toEqual(['Gale']);
  });

  it('a councillor in apposition with an office is no officer', () => {
    const meeting = parseImportText(`Minutes of the Cabinet held on 4 November 2025

Present: Councillors Gale (Chair), Hart and Ince

5. Budget
The Chair, Councillor Gale, introduced the report. The Cabinet Member for Finance, Councillor Hart, explained the figures.
RESOLVED that the budget be approved.`).meeting!;
    expect(names([...meeting.officers, ...meeting.others])).toEqual([]);
  });
});

describe('declarations: a table run together, an item with a note, a connection that is no interest', () => {
  const read = (paras: string[]) =>
    declarationsIn(
      [{ number: '2', title: 'Declarations of Interest', paras }],
      ['2', '5', '7', '11.1', '26'],
    ).map((one) => `${one.name}@${one.item}`);

  it('"Item 11.1 (In Committee) – Alderman Gervais"; "Councillor Gareth Ll. Lloyd  26  His son …"', () => {
    expect(read(['Item 5 – Councillor Flannery', 'Item 11.1 (In Committee) – Alderman Gervey'])).toEqual([
      'Flannery@5',
      'Gervey@11.1',
    ]);
    expect(read(['Councillor Gareth Ll. Lloyd 26 His son is a serving police officer'])).toEqual([
      'Gareth Ll. Lloyd@26',
    ]);
  });

  it('a connection "they considered that they did not have an interest" is none; a kind of interest denied is still one', () => {
    expect(
      read([
        'Councillors Dee and Eve each declared a connection in item 7; having applied the objective test, they considered that they did not have an interest.',
      ]),
    ).toEqual([]);
    expect(
      read([
        'Councillor Ames declared a personal interest in item 5 but did not consider that it amounted to a prejudicial interest.',
        'Councillor Bell declared a personal interest in item 7; she did not have a prejudicial interest.',
      ]),
    ).toEqual(['Ames@5', 'Bell@7']);
  });
});

describe('an attendance table with a category column and how each attended', () => {
  it('"Name / Category / Attendance" rows marked "In person", "Remote", "Apologies", a cell wrapped', () => {
    const read = readAttendance([
      'Attendance',
      'Name Category Attendance',
      'Councillor Jane Trevitt County Councillor (Chair) In person',
      'Councillor Mo Danby County Councillor – substitute for In person',
      'Councillor Lydia Kerrigan',
      'Councillor Fiona Penrose County Councillor Remote',
      'Councillor Richard Hales Town and Parish Council representative Apologies',
      'Mrs Patience Ogun Independent Co-opted Member Remote',
    ]);
    expect(names(read.present)).toEqual(['Jane Trevitt', 'Mo Danby', 'Fiona Penrose', 'Patience Ogun']);
    expect(names(read.apologies)).toEqual(['Richard Hales']);
  });
});

describe('an apology with who represented them, then another apology', () => {
  it('"… from Karen Moss (Director …), represented by Louise Gatward, and from Cllr Amir Sethi"', () => {
    const meeting = parseImportText(`Minutes of the Health and Wellbeing Board held on 25 September 2025

Present: Cllr Pauline Rigg (Chair), Andrew Fenwick, Louise Gatt

HWB/29 APOLOGIES
Apologies were received from Karen Mossop (Director of Children's Services), represented by Louise Gatt, and from Cllr Amir Seth.

HWB/31 MINUTES
RESOLVED: That the minutes be approved.`).meeting!;
    expect(names(meeting.apologies)).toEqual(['Karen Mossop', 'Amir Seth']);
    expect(subs(meeting.substitutes)).toEqual(['Louise Gatt for Karen Mossop']);
  });
});

describe('a declarations grid whose rows ran together', () => {
  it('a row starts at a bare name before one of the minutes’ numbers', () => {
    const found = declarationsIn(
      [
        {
          number: 'HWB/30',
          title: 'Declarations of Interest',
          paras: [
            'Member Minute Interest',
            'Dr Ian Chaddock HWB/34 Pecuniary – partner in a GP practice Beverly Quest HWB/35 Non-pecuniary – trustee of the charity',
          ],
        },
      ],
      ['HWB/30', 'HWB/34', 'HWB/35'],
    ).map((one) => `${one.name}@${one.item}`);
    expect(found).toEqual(['Ian Chaddock@HWB/34', 'Beverly Quest@HWB/35']);
  });
});

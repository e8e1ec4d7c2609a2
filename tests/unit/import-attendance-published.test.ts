// Attendance in the shapes real councils publish it, reworded and with invented names: Northern
// Irish councils (Aldermen and Councillors in two runs, officers as "Role – Name" pairs run into one
// line by the PDF, "In Attendance" guests with their organisation), a Welsh community council's
// bulleted labels, English parish and town councils (run-on "Cllr" lists, "Councillors present:",
// "Absent with apologies", notes under the list), and committee websites' attendance grids with
// party columns and P / A marks. Each list is read by the same grammar: label, then people.
import { describe, expect, it } from 'vitest';
import { readAttendance } from '../../electron/import/attendance';

const names = (people: { name: string }[]) => people.map((person) => person.name);

describe('attendance lists as published', () => {
  it('officers as "Role – Name" pairs run into one line, either way round', () => {
    const read = readAttendance([
      'Officers Present : Chief Executive - P Vane Director of Operations – G Gorse Borough Lawyer and Head of Legal Services – R Casey',
    ]);
    expect(read.officers).toEqual([
      { name: 'P Vane', honorific: '', role: 'Chief Executive' },
      { name: 'G Gorse', honorific: '', role: 'Director of Operations' },
      { name: 'R Casey', honorific: '', role: 'Borough Lawyer and Head of Legal Services' },
    ]);
    const named = readAttendance([
      'Officers: J Lark – Town Clerk M Finch – Deputy Town Clerk T Wren – Finance Officer',
    ]);
    expect(names(named.officers)).toEqual(['J Lark', 'M Finch', 'T Wren']);
  });

  it('a second guest after the first one’s organisation, with no comma between', () => {
    const read = readAttendance([
      'In Attendance : Mr Colm Rafter, Director of Housing Services, NIHE Ms Orla Trainor, Area Manager South, NIHE',
    ]);
    expect(names(read.officers)).toEqual(['Colm Rafter', 'Orla Trainor']);
  });

  it('a run of "Cllr" names without commas; a county councillor after an officer’s role', () => {
    const read = readAttendance([
      'PRESENT: Cllr A Quayle (Mayor) Cllr B Rudd Cllr Mrs C Sayer Cllr D Tully',
      'APOLOGIES: Cllr E Vane Rev Fr F Wyatt, Mayor’s Chaplain Mr G Yeo, PCC Link Officer County Cllr H Zeal',
    ]);
    expect(names(read.present)).toEqual(['A Quayle', 'B Rudd', 'C Sayer', 'D Tully']);
    expect(names(read.apologies)).toEqual(['E Vane', 'F Wyatt', 'G Yeo', 'H Zeal']);
  });

  it('bulleted labels; "Others:" are in attendance', () => {
    const read = readAttendance([
      '• Members: Cllrs Wyn Pryce (Chair), Nia Rowlands (Vice Chair), Ifan Tudur and Gwen Vaughan',
      '• Others: Dewi Hopkin Clerk to the Council, Mr Rhys Ellis, Translator.',
      '• Apologies for absence: Cllrs Aled Morus and Siân Parry.',
    ]);
    expect(names(read.present)).toEqual(['Wyn Pryce', 'Nia Rowlands', 'Ifan Tudur', 'Gwen Vaughan']);
    expect(names(read.officers.concat(read.others))).toEqual(['Dewi Hopkin', 'Rhys Ellis']);
    expect(names(read.apologies)).toEqual(['Aled Morus', 'Siân Parry']);
  });

  it('"Councillors present:" carries the honorific to bare surnames; "Absent with apologies" are apologies', () => {
    const read = readAttendance([
      'Councillors present: Ashby (Chair), Birch, Cole and Dent',
      'Absent with apologies: Cllr E Ford',
      'Absent: Cllr G Hale',
    ]);
    expect(names(read.present)).toEqual(['Ashby', 'Birch', 'Cole', 'Dent']);
    expect(names(read.apologies)).toEqual(['E Ford']);
  });

  it('a note under the list is nobody; an organisation on its own line is nobody', () => {
    const read = readAttendance([
      'Councillors: Mrs. E. Bell (EB), J. Cobb (JC) and Mrs. P.F. Dyer (PFD).',
      'NB: Cllr. Mrs EB joined the meeting at approximately 7:45pm.',
      'IN ATTENDANCE:',
      'Head of Marketing and Communications (Mrs C Ogden) Member Services Officer',
      'Northern Audit Office',
      'Ms C Pike',
    ]);
    expect(names(read.present)).toEqual(['E. Bell', 'J. Cobb', 'P.F. Dyer']);
    expect(names(read.officers)).toEqual(['C Ogden', 'C Pike']);
  });

  it('a grid with a party column, and one with P / A / Sub marks', () => {
    const party = readAttendance([
      'Councillor Party Attendance',
      'Cllr A Bell Con Present',
      'Cllr C Dunn Lab Apologies',
      'Cllr E Fox Liberal Democrat Present',
    ]);
    expect(names(party.present)).toEqual(['A Bell', 'E Fox']);
    expect(names(party.apologies)).toEqual(['C Dunn']);
    const marks = readAttendance([
      'Member Attendance',
      'Councillor A Bell P',
      'Councillor C Dunn A',
      'Councillor E Fox Sub',
      'Councillor G Hill X',
    ]);
    expect(names(marks.present)).toEqual(['A Bell', 'E Fox']);
    expect(names(marks.apologies)).toEqual(['C Dunn']);
  });
});

describe('more published shapes: tables, categories, columns, keys', () => {
  it('a Word table of member, party and attendance, its cells run together', () => {
    const read = readAttendance([
      'Member Party Attendance',
      'Mr R Abbot (Chairman) Conservative Present',
      'Ms J Birch Green Present (remote – not voting)',
      'Mr P Cole Conservative Apologies',
      'Mrs S Dane Liberal Democrat Present',
      'Mr M Eden Conservative Substitute for Mr P Cole',
      'Local members in attendance: Mrs C Frost (Vale Division) for minute 33',
    ]);
    expect(names(read.present)).toEqual(['R Abbot', 'J Birch', 'S Dane', 'M Eden']);
    expect(names(read.apologies)).toEqual(['P Cole']);
    expect(read.substitutes.map((one) => `${one.name} for ${one.for}`)).toEqual(['M Eden for P Cole']);
    expect(names(read.others)).toEqual(['C Frost']);
  });

  it('members by category before a colon, officers as "Role: Name" lines', () => {
    const read = readAttendance([
      'Members present:',
      'Secretary of State Members: Mr Jon Ash (Chair), Dr Kay Birk',
      'Parish Members: Mr Ben Cray, Mrs Ann Dent MBE',
      'Officers in attendance:',
      'Chief Executive (National Park Officer): Cath Eyre',
      'Head of Development Management: Nia Fell',
    ]);
    expect(names(read.present)).toEqual(['Jon Ash', 'Kay Birk', 'Ben Cray', 'Ann Dent']);
    expect(read.officers).toEqual([
      { name: 'Cath Eyre', honorific: '', role: 'Chief Executive (National Park Officer)' },
      { name: 'Nia Fell', honorific: '', role: 'Head of Development Management' },
    ]);
  });

  it('"Members of the Sub-Committee present", "Independent Members:", an Independent Person', () => {
    const read = readAttendance([
      'Members of the Sub-Committee present:',
      'Cllr Sara Ince (Chair)',
      'Cllr Tom Jory',
      'Independent Person (whose views were sought):',
      'Mr Alan Kerr',
      'Independent Members: Mrs Cari Lloyd (Chair), Mr Rob Mann',
    ]);
    expect(names(read.present)).toEqual(['Sara Ince', 'Tom Jory', 'Cari Lloyd', 'Rob Mann']);
    expect(names(read.others)).toEqual(['Alan Kerr']);
  });

  it('surnames in three columns under "Councillors", an initial after a surname, a bracket with its name', () => {
    const read = readAttendance([
      'PRESENT: Councillor Noor (in the Chair)',
      'Councillors Ashby Birtles-Cox Carr',
      'Dyson Eccles Firth',
      'Gale (Vice-Chair) Khan M. Khan S.',
      'Lowe Marsh',
      'APOLOGIES: Councillors Nash and Oates',
    ]);
    expect(names(read.present)).toEqual([
      'Noor',
      'Ashby',
      'Birtles-Cox',
      'Carr',
      'Dyson',
      'Eccles',
      'Firth',
      'Gale',
      'Khan M.',
      'Khan S.',
      'Lowe',
      'Marsh',
    ]);
  });

  it('a name hyphenated at the end of a line; "Councillors not present" are absent', () => {
    const read = readAttendance([
      'Present: Councillors Abbott, Byrne, Dallow-',
      'Keane, Egan and Foy',
      'Councillors not present: G. Hart (GH)',
    ]);
    expect(names(read.present)).toEqual(['Abbott', 'Byrne', 'Dallow-Keane', 'Egan', 'Foy']);
    expect(read.keys.get('GH')).toBe('G. Hart');
  });
});

describe('police and crime panels', () => {
  it('a police rank is a title, and opens a new person after an organisation', () => {
    const read = readAttendance([
      'Also in attendance:',
      'Mr Owen Pask, Chief Finance Officer, Office of the Police and Crime Commissioner Temporary Assistant Chief Constable Rhian Dunn, Westmoor Constabulary',
      'Detective Chief Superintendent Alan Bryce',
    ]);
    expect(names(read.others)).toEqual(['Owen Pask', 'Rhian Dunn', 'Alan Bryce']);
  });
});

describe('a board’s table of name, role and organisation', () => {
  it('each row’s name before its role, whatever the role’s first word; a remote mark and a bracket stay with the name', () => {
    const read = readAttendance([
      'PRESENT:',
      'Name Role Organisation',
      'Councillor Sana Rahim (Chair) Cabinet Member for Health Calderbank MBC',
      'Dr Malik Ent (Vice-Chair) Place Clinical Director Vale Integrated Care Board',
      'Dr Pia Nand (deputising for Dr Alun Crew) * Medical Director District NHS Foundation Trust',
      'Lorna Ack * Chief Officer Healthwatch Calderbank',
      'Superintendent Neil Birt District Commander Vale Police',
      'APOLOGIES:',
      'Dr Alun Crew, Sara Lom (Director of Children’s Services) and Mark Sut (Vale ICB)',
    ]);
    expect(names(read.present)).toEqual(['Sana Rahim', 'Malik Ent', 'Pia Nand', 'Lorna Ack', 'Neil Birt']);
    expect(names(read.apologies)).toEqual(['Alun Crew', 'Sara Lom', 'Mark Sut']);
    expect(read.substitutes.map((one) => `${one.name} for ${one.for}`)).toEqual(['Pia Nand for Alun Crew']);
  });
});

describe('a notice of determination with labels in a left-hand column', () => {
  it('the body as the label; "Officers in … attendance:" run into one line around the first officer', () => {
    const read = readAttendance([
      'Sub-Committee: Councillor Dina Farr (Chair)',
      'Councillor Raj Sand',
      'Officers in Chris Amble – Licensing Officer attendance: Nadia Ose – Legal Adviser to the Sub-Committee Ruth Brack – Democratic Services Officer',
      'Apologies: None',
    ]);
    expect(names(read.present)).toEqual(['Dina Farr', 'Raj Sand']);
    expect(names(read.officers)).toEqual(['Chris Amble', 'Nadia Ose', 'Ruth Brack']);
    expect(read.apologies).toEqual([]);
  });
});

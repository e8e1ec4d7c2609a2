// Attendance and declarations in layouts read in real councils' published minutes (Northern Irish
// district and city councils, Scottish councils' PDF minutes and CMIS pages, English parish and town
// councils, a police and crime panel), reworded with invented names and places. Each is read by the
// general rules of a list (what a present list is, where one name ends and the next begins, what an
// officer's line looks like), not by a pattern for one text.
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import type { ImportMeeting } from '../../shared/importing';

const names = (people: { name: string }[]) => people.map((person) => person.name);
const meetingOf = (text: string): ImportMeeting => {
  const meeting = parseImportText(text).meeting;
  if (!meeting) throw new Error('no meeting was read');
  return meeting;
};
const declared = (meeting: ImportMeeting) =>
  meeting.declarations.map((declaration) => `${declaration.name} @ ${declaration.item}`);

describe('officers run together on one line', () => {
  it('"Name, (Role) Name (Role)": each bracket is the role of the name before it', () => {
    const meeting = meetingOf(
      [
        'Minutes of a Meeting of Ballykeel District Council held in the Council Chamber on Tuesday, 9 October 2007.',
        '',
        'Presiding P McKeown',
        '',
        'Officers Present J A Ferris, (Chief Executive) J J Tolan (Director of Finance and Administration) Mr M Yeates (Director of Environmental Health)',
        '',
        '1 MINUTES',
        '',
        'RESOLVED: that the Minutes be taken as read.',
        '',
        '2 CORRESPONDENCE',
        '',
        'Noted.',
      ].join('\n'),
    );
    expect(names(meeting.officers)).toEqual(['J A Ferris', 'J J Tolan', 'M Yeates']);
    expect(meeting.officers[0]!.role).toBe('Chief Executive');
  });

  it('"Name, Role, Service Name, Role, Service": a name ends the organisation before it', () => {
    const meeting = meetingOf(
      [
        'MINUTES of MEETING of GLENFORTH COUNCIL held in the COUNCIL CHAMBERS, GLENFORTH on THURSDAY 19 JUNE 2008 at 10.00am.',
        '',
        'Present: Provost Fergus WADE (in the Chair) Councillor Neil BRANNIGAN Councillor Margaret BRISBANE',
        '',
        'In Attendance:',
        '',
        'Jim Boyd, Chief Accountant, Corporate Services Tony Caine, Head of Housing, Environment Services Keith Yeats, Chief Executive',
        '',
        'Apologies:',
        '',
        'An apology for absence was submitted on behalf of Councillor Callum Cambell',
        '',
        'SC100 MINUTES',
        '',
        'Decision',
        '',
        'The Council agreed to approve the minutes.',
        '',
        'SC101 CORRESPONDENCE',
        '',
        'Noted.',
      ].join('\n'),
    );
    expect(names(meeting.officers)).toEqual(['Jim Boyd', 'Tony Caine', 'Keith Yeats']);
    expect(meeting.officers[1]!.role).toBe('Head of Housing, Environment Services');
    expect(names(meeting.apologies)).toEqual(['Callum Cambell']);
  });

  it('a panel member after the previous one’s council, a comma only after the council', () => {
    const meeting = meetingOf(
      [
        'MEETING OF POLICE AND CRIME PANEL',
        '',
        'Thursday 25 October 2012',
        '',
        'Present: Cllr M Alder, East Wessex District Council Ms A Francombe, Co-opted Member',
        '',
        'Also Present: J Buggins, Wessex Police Authority G Milesworth, Broxwood Borough Council',
        '',
        '1 INTRODUCTION AND WELCOME',
        '',
        'A welcome was extended to all members of the Panel.',
        '',
        '2 MINUTES',
        '',
        'Agreed.',
      ].join('\n'),
    );
    expect(names(meeting.others)).toEqual(['J Buggins', 'G Milesworth']);
  });

  it('a heading after the list ("Items Of Business") is no one', () => {
    const meeting = meetingOf(
      [
        'Finance and Resources Policy Board',
        '14 Nov 2018 - 14:00 to 15:00',
        '',
        'Chair',
        'Councillor Shawfield, Convener, presided.',
        'In Attendance',
        'A Russo, Director of Finance & Resources; L McIntosh, Head of Policy and B Lambie, Procurement Manager.',
        'Items Of Business',
        '1 Apologies',
        'Councillors Dowie and K MacLaurin.',
        '2 Declarations of Interest',
        'None.',
      ].join('\n'),
    );
    expect(names(meeting.officers)).toEqual(['A Russo', 'L McIntosh', 'B Lambie']);
    expect(names(meeting.present)).toEqual(['Shawfield']);
  });
});

describe('labels and sentences that open a list', () => {
  it('"THOSE ATTENDING:" is a present list', () => {
    const meeting = meetingOf(
      [
        'Minutes of Parish Council 22 November 2023',
        '',
        'THOSE ATTENDING:',
        '',
        'Cllr K Burnley',
        '',
        'Cllr Vaughton (Chair)',
        '',
        'IN ATTENDANCE:',
        '',
        'Mrs A Brindle, Parish Clerk/Responsible Finance Officer, and Mr D Ilsley Admin/Finance Officer.',
        '',
        'C048/23      1.         APOLOGIES FOR ABSENCE.',
        '',
        'Cllr L Watling (family commitment) and Cllr H Allsop (leave).',
        '',
        'C049/23      2.         DECLARATIONS OF INTEREST',
        '',
        'No declarations',
      ].join('\n'),
    );
    expect(names(meeting.present)).toEqual(['K Burnley', 'Vaughton']);
    expect(names(meeting.apologies)).toEqual(['L Watling', 'H Allsop']);
  });
});

describe('apologies and the roll call inside the items', () => {
  it('a bare list of titled names under "Apologies from members." is the apologies', () => {
    const meeting = meetingOf(
      [
        'Housing Policy Board',
        '14 Nov 2018 - 14:00 to 15:00',
        '',
        'Chair',
        'Councillor Shawfield, Convener, presided.',
        '1 Apologies',
        'Apologies from members.',
        'Councillors Dowie and K MacLaurin.',
        '2 Declarations of Interest',
        'None.',
      ].join('\n'),
    );
    expect(names(meeting.apologies)).toEqual(['Dowie', 'K MacLaurin']);
  });

  it('"Apologies:" inside a sederunt item: each line is an apology, its bracket the substitute', () => {
    const meeting = meetingOf(
      [
        'Business Services Committee',
        'Thursday 29 February 2024',
        '',
        '1 Sederunt and Declaration of Members\' Interests',
        '',
        'Apologies:',
        'Cllr J Coxon (Cllr T Masonby substituting)',
        'Cllr S Burnside (Cllr Stewart Adamson substituting)',
        '',
        '2 Minutes',
        '',
        'The Committee agreed the minutes.',
      ].join('\n'),
    );
    expect(names(meeting.apologies)).toEqual(['J Coxon', 'S Burnside']);
    expect(meeting.substitutes.map((sub) => `${sub.name} for ${sub.for}`)).toEqual([
      'T Masonby for J Coxon',
      'Stewart Adamson for S Burnside',
    ]);
  });

  it('a present list led by its minute number ("Cou/285/07-08 Present Members:")', () => {
    const meeting = meetingOf(
      [
        'Minutes of a Meeting of Grobury Parish Council held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber',
        '',
        'Cou/285/07-08 Present Members: Cllr P Batley (Chairman), Cllr Beckett, Cllr Hollins (arrived at 7.01pm) and Cllr Yarwell.',
        '',
        'Cou/286/07-08 Apologies for Absence',
        '',
        'Apologies for absence were received from Cllr Purvey',
        '',
        'Cou/287/07-08 Minutes',
        '',
        'RESOLVED that the minutes be approved.',
      ].join('\n'),
    );
    expect(names(meeting.present)).toEqual(['P Batley', 'Beckett', 'Hollins', 'Yarwell']);
    expect(names(meeting.apologies)).toEqual(['Purvey']);
  });
});

describe('declarations', () => {
  it('a bulleted declaration under the declarations item', () => {
    const meeting = meetingOf(
      [
        'Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.',
        '',
        'Present:  Cllr P Morrow (Chair), Cllr S Millward & Cllr J Clarkson.',
        'In attendance:  Mrs S Robards (Clerk).',
        '',
        '59.    To receive apologies for absence',
        '•    Cllr I Wrothe sent apologies.',
        '60.    To receive declarations of interests',
        '•    Cllr S Millward declared a personal interest in item 63 as a neighbour of the applicant.',
        '61.    Clerk’s report',
        '•    Noted.',
      ].join('\n'),
    );
    expect(declared(meeting)).toEqual(['S Millward @ 63']);
  });

  it('"a similar interest" is in the item the sentence before named; "Interest declared by …" names who declared', () => {
    const meeting = meetingOf(
      [
        'Minutes of the Meeting of Thornbury Green Parish Council held on Monday 8 January 2024 at 7.30 pm',
        '',
        'Present: Cllrs A Ashdown (Chair), B Bellamy, C Cheng and D Dunmore',
        '',
        '24/01 Declarations of Interest',
        '',
        "Cllr Bellamy declared a pecuniary interest in planning application 23/01234/FUL (item 24/05a) as the applicant's neighbour. Cllr Cheng declared a similar interest.",
        '',
        'Interest declared by Councillor D Dunmore in respect of item 24/07 as a trustee of the Village Hall.',
        '',
        '24/02 Minutes',
        '',
        'RESOLVED that the minutes be approved.',
      ].join('\n'),
    );
    // Named as the list of those present names them.
    expect(declared(meeting)).toEqual(['B Bellamy @ 24/05a', 'C Cheng @ 24/05a', 'D Dunmore @ 24/07']);
  });
});

describe('an office, then the bare name', () => {
  it('"Chief Fire Officer D Dray; Treasurer E Ellis; Clerk to the Authority F Foy"', () => {
    const meeting = meetingOf(
      [
        'WESSEX FIRE AND RESCUE AUTHORITY',
        '',
        'Minutes of the meeting held on 14 February 2024',
        '',
        'Members present: Cllr A Arden (Chair) – Wessex County Council; Mr C Carver – Independent Member',
        '',
        'Officers present: Chief Fire Officer D Dray; Treasurer E Ellis; Clerk to the Authority F Foy',
        '',
        '1 APOLOGIES',
        '',
        'Cllr G Gant.',
        '',
        '2 MINUTES',
        '',
        'RESOLVED that the minutes be approved.',
      ].join('\n'),
    );
    expect(meeting.officers.map((one) => `${one.name} (${one.role})`)).toEqual([
      'D Dray (Chief Fire Officer)',
      'E Ellis (Treasurer)',
      'F Foy (Clerk to the Authority)',
    ]);
  });
});

describe('present lists in columns and in an item', () => {
  it('an even run of forenames and surnames under a ward heading is that many people', () => {
    const meeting = meetingOf(
      [
        'Minutes of the Meeting of the Council of the City of Hallowford held on Wednesday 4 March 2026, at 2.00 pm.',
        '',
        'PRESENT',
        '',
        'THE LORD MAYOR (Councillor Brenda Ollerton)',
        '',
        '1    Abbeyfield Ward           2    Crookhill Ward        3    Loxfield Ward        4    Norton Ward',
        '     Ruth Ashworth                  Ian Bevington              Carl Drabble              Steph Marsh',
        '     Owen Pickles                   Nadia Quinn',
        '',
        '1.   APOLOGIES FOR ABSENCE',
        '',
        '     Apologies for absence were received from Councillor Gary Platt.',
        '',
        '2.   MINUTES',
        '',
        '     RESOLVED: That the minutes be approved.',
      ].join('\n'),
    );
    expect(names(meeting.present)).toEqual([
      'Brenda Ollerton',
      'Ruth Ashworth',
      'Ian Bevington',
      'Carl Drabble',
      'Steph Marsh',
      'Owen Pickles',
      'Nadia Quinn',
    ]);
  });

  it('the roll call in an item titled "Member Attendance and Apologies"', () => {
    const meeting = meetingOf(
      [
        'Planning Committee',
        'Wednesday 11 March 2026 4.00 pm',
        '',
        'PC100/26',
        '',
        'Notice of Meeting and Summons',
        '',
        'Minutes:',
        '',
        'The Chief Executive read the notice and summons for the meeting.',
        '',
        'PC101/26',
        '',
        'Member Attendance and Apologies',
        '',
        'Minutes:',
        '',
        'Present: Councillor Declan Mellow (Chair); Alderman Stewart Kyleson; Councillors Orla Quigg and Una Derry.',
        '',
        'In Attendance: Head of Planning (Ms R Bonnar) and Council Solicitor (Mr M Kearns).',
        '',
        'PC102/26',
        '',
        'Minutes of the previous meeting',
        '',
        'Minutes:',
        '',
        'RESOLVED – That the minutes be approved.',
      ].join('\n'),
    );
    expect(names(meeting.present)).toEqual(['Declan Mellow', 'Stewart Kyleson', 'Orla Quigg', 'Una Derry']);
    expect(names(meeting.officers)).toEqual(['R Bonnar', 'M Kearns']);
  });
});

describe('declarations grouped and tabled', () => {
  it('"Agenda Item 9 (its title – with a dash) – Councillor X declared …": the item before the bracket', () => {
    const meeting = meetingOf(
      [
        'MINUTE of MEETING of ALMONDSIDE COUNCIL held on 26 February 2026.',
        '',
        'Present: Councillors Lindsay (Convener), Rennie and Morton.',
        '',
        '1.    DECLARATIONS OF INTEREST',
        '',
        '      Members declared interests as undernoted:-',
        '',
        '      Councillor Lindsay:-',
        '',
        '      Agenda Item 9 (Notice of Motion – Support for Classroom Assistants) – Councillor',
        '      Lindsay declared a non-financial interest in that she was employed as a classroom',
        '      assistant by a neighbouring authority.',
        '',
        '2.    MINUTES',
        '',
        '      The Council agreed the minutes.',
      ].join('\n'),
    );
    expect(declared(meeting)).toEqual(['Lindsay @ 9']);
  });

  it('a table of declarations under "The following interests were declared:-", headed by kind, rows wrapped', () => {
    const meeting = meetingOf(
      [
        'Heatonfield Area Committee',
        '',
        'Thursday 26 February 2026',
        '',
        'PRESENT: Councillors Ashcroft (Chair), Husain and Bellingham.',
        '',
        '2. DECLARATIONS OF INTEREST',
        '',
        'The following interests were declared:-',
        '',
        'Personal Interests',
        '',
        'Councillor                 Interest',
        '',
        "Grace Ashcroft             Agenda item 4(i) 'Planning Application DC/094512 –",
        "                           Former Bowling Green' as a member of the Residents' Association.",
        '',
        "Tariq Husain               Agenda item 6 'Ward Funding' as a trustee of the Food Bank.",
        '',
        '3. URGENT DECISIONS',
        '',
        'No urgent decisions were reported.',
      ].join('\n'),
    );
    expect(declared(meeting)).toEqual(['Grace Ashcroft @ 4(i)', 'Tariq Husain @ 6']);
  });
});

describe('a roll call of bare names, and members listed after "The following members declared"', () => {
  it('an "Attendance / Presenoldeb" item of one name a line; the declarers listed with what they have', () => {
    const meeting = meetingOf(
      [
        'Council - Tuesday, 24th February, 2026 10.00 am',
        '',
        '1.',
        '',
        'Attendance / Presenoldeb',
        '',
        'Minutes:',
        '',
        'Carys Ashford',
        '',
        'Rhodri Davison',
        '',
        'Stuart Morley (Mayor)',
        '',
        'Officers on the dais:',
        '',
        'Alun Prosse, Chief Executive',
        '',
        '2.',
        '',
        'Declarations of interest / Datganiadau o fudd',
        '',
        'Minutes:',
        '',
        '3.1\tThe Monitoring Officer referred to Agenda Item 10 – Pay Policy Statement, and advised members. The following members declared prejudicial interests:',
        '',
        '·         Councillor Carys Ashford has a daughter who works at a school in the authority;',
        '',
        '·         Councillors Rhodri Davison and Stuart Morley both have a son working for the Authority.',
        '',
        '3.',
        '',
        'Minutes',
        '',
        'Minutes:',
        '',
        'RESOLVED that the minutes be approved.',
      ].join('\n'),
    );
    expect(names(meeting.present)).toEqual(['Carys Ashford', 'Rhodri Davison', 'Stuart Morley']);
    expect(names(meeting.officers)).toEqual(['Alun Prosse']);
    expect(declared(meeting)).toEqual(['Carys Ashford @ 10', 'Rhodri Davison @ 10', 'Stuart Morley @ 10']);
  });
});

describe('letters after names, and a plural title under apologies', () => {
  it('degrees after a name are not people; "Councillors:" under APOLOGIES stays in the apologies', () => {
    const meeting = meetingOf(
      [
        'DRUMLEA BOROUGH COUNCIL',
        '',
        'MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL CHAMBER ON MONDAY 2 MARCH 2026 AT 7.00PM',
        '',
        'PRESENT:        Councillors    E Corrigan, H McConnell, LLB, CPLS, J Devlin Pg Cert Ed and G Quinn BA (Hons)',
        '',
        'APOLOGIES:      Alderman J Stinton',
        '                Councillors: D Cassin, F X Mallin and Mrs R Laverty',
        '',
        'C140/2026       WELCOME',
        '',
        'The Mayor welcomed Members.',
        '',
        'C141/2026       MINUTES',
        '',
        'RESOLVED that the minutes be approved.',
      ].join('\n'),
    );
    expect(names(meeting.present)).toEqual(['E Corrigan', 'H McConnell', 'J Devlin', 'G Quinn']);
    expect(names(meeting.apologies)).toEqual(['J Stinton', 'D Cassin', 'F X Mallin', 'R Laverty']);
  });
});

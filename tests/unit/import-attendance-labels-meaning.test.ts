// Attendance labels read by what they say rather than by a fixed wording: a short head before a colon
// naming who (members, officers, guests) and how (present, in attendance, apologies, absent,
// substituting), with whatever qualifier a council adds. Invented wordings and names.
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../electron/import/attendanceLabels';
import { readAttendance } from '../../electron/import/attendance';

const names = (people: { name: string }[]) => people.map((person) => person.name);

describe('attendance labels by meaning', () => {
  it('sorts a head it has no wording for by its words', () => {
    expect(labelOf('Authority members present: Cllr Ada Voss')?.section).toBe('present');
    expect(labelOf('Staff attending the hearing: Bo Yates')?.section).toBe('officers');
    expect(labelOf('Officers present for part of the meeting: Cy Zane')?.section).toBe('officers');
    expect(labelOf('Guests in attendance: Di Abbot')?.section).toBe('others');
    expect(labelOf('In attendance at the invitation of the Chair: Ed Birch')?.section).toBe('others');
    expect(labelOf("Members' apologies: Cllr Flo Carr")?.section).toBe('apologies');
    expect(labelOf('Deputising members: Cllr Gus Dale for Cllr Hal Eyre')?.section).toBe('substitutes');
    expect(labelOf('Panel members absent: Cllr Ivy Finch')?.section).toBe('absent');
  });

  it('keeps the names after the colon, and a plural honorific in the head carries to them', () => {
    expect(labelOf('Ward councillors attending: Joss Gale')).toMatchObject({
      section: 'others',
      rest: 'Joss Gale',
    });
    expect(labelOf('Councillors attending remotely: Kerr and Lomas')?.carry).toBe('Councillor');
  });

  it('is not fooled by a sentence or a heading with a colon', () => {
    expect(labelOf('It was noted that members present: agreed')).toBeNull();
    expect(labelOf('Members of the public present: 4')).toBeNull();
    expect(labelOf('Declarations of interest: none')).toBeNull();
    expect(labelOf('Action: the Clerk to write')).toBeNull();
  });

  it('reads a heading whose labels are all worded its own way', () => {
    const read = readAttendance([
      'Trust board members present:',
      'Cllr Mona Hale (Chair), Cllr Ned Ibbott, Ms Ola Judd',
      'Officers present for all or part of the meeting:',
      'Pia Kemble, Head of Finance',
      'In attendance by invitation: Mr Quin Lord (External Auditor)',
    ]);
    expect(names(read.present)).toEqual(['Mona Hale', 'Ned Ibbott', 'Ola Judd']);
    expect(names(read.officers)).toEqual(['Pia Kemble']);
    expect(names(read.others)).toEqual(['Quin Lord']);
  });

  it('reads the English half of a Welsh honorific given in both languages', () => {
    const read = readAttendance([
      'Presennol / Present:',
      'Cyng. / Cllr Rhian Bowen (Cadeirydd / Chair)',
      'Cyng. / Cllrs Sion Parry and Tegwen Rees',
    ]);
    expect(names(read.present)).toEqual(['Rhian Bowen', 'Sion Parry', 'Tegwen Rees']);
  });
});

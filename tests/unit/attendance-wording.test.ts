// The quorum, vote and wording rules of shared/attendance.ts, on the edge cases officers meet.
// Here: the attendance sentences of the minutes.
import { describe, expect, it } from 'vitest';
import { attendanceText, listPeople } from '../../shared/attendance';
import type { Person } from '../../shared/domain';
import {
  person,
  membership,
  attendee,
  register,
  ahmed,
  brown,
  clarke,
  davies,
  evans,
} from './attendanceRegister';

describe('the sentences', () => {
  it('lists people as councils do', () => {
    const entries = (list: Person[], notes: (string | undefined)[] = []) =>
      list.map((p, index) => ({ person: p, note: notes[index] }));
    expect(listPeople(entries([ahmed, brown, clarke, davies], ['Chair']))).toBe(
      'Councillor Ahmed (Chair), Councillors Brown, Clarke and Davies',
    );
    expect(listPeople(entries([ahmed, brown, clarke], ['Chair', 'Vice-Chair']))).toBe(
      'Councillor Ahmed (Chair), Councillor Brown (Vice-Chair) and Councillor Clarke',
    );
    expect(listPeople(entries([ahmed]))).toBe('Councillor Ahmed');
    expect(listPeople(entries([ahmed, brown]))).toBe('Councillors Ahmed and Brown');
    expect(listPeople(entries([ahmed, { ...brown, honorific: 'Mr' }, clarke]))).toBe(
      'Councillor Ahmed, Mr Brown and Councillor Clarke',
    );
  });

  it('writes every section from the register', () => {
    const officer = person('o', 'Jane Smith', 'officer', 'Director of Adult Social Care');
    const guest = person('g', 'Tom Reed', 'external');
    const r = register({
      members: [...register().members, membership(evans)],
      attendees: [
        attendee(ahmed),
        attendee(brown, { remote: true }),
        attendee(clarke, { status: 'apologies' }),
        attendee(davies),
        attendee(evans, { status: 'absent' }),
        attendee(person('s', 'Singh'), { kind: 'substitute', substituteForId: 'c' }),
        attendee(officer, { kind: 'officer' }),
        attendee(guest, { kind: 'other', capacity: 'public speaker' }),
      ],
      movements: [
        { id: 'm2', personId: 'd', kind: 'left', itemId: 'i3', time: '15:05' },
        { id: 'm1', personId: 'b', kind: 'arrived', itemId: 'i1', time: '14:20' },
      ],
      declarations: [
        {
          id: 'x',
          itemId: 'i2',
          personId: 'a',
          category: 'disclosable pecuniary',
          interest: 'as a director of a domiciliary care provider.',
          withdrew: true,
        },
        {
          id: 'y',
          itemId: 'i1',
          personId: 'd',
          category: 'other registrable',
          interest: 'as a governor of the school',
          withdrew: false,
        },
      ],
    });
    expect(attendanceText(r)).toEqual({
      present:
        'Present: Councillor Ahmed (Chair), Councillor Brown (Vice-Chair), Councillors Davies and Singh. Councillor Brown attended remotely.',
      apologies: 'Apologies for absence were received from Councillor Clarke. Councillor Evans was absent.',
      substitutes: 'Councillor Singh attended as a substitute for Councillor Clarke.',
      officers: 'Officers in attendance: Jane Smith (Director of Adult Social Care).',
      others: 'Also in attendance: Tom Reed (public speaker).',
      movements:
        'Councillor Brown arrived at 2.20 pm during minute 44. Councillor Davies left the meeting at 3.05 pm during minute 46.',
      declarations:
        'Councillor Davies declared an other registrable interest in minute 44 (Item 1) as a governor of the school, and remained in the room. ' +
        'Councillor Ahmed declared a disclosable pecuniary interest in minute 45 (Item 2) as a director of a domiciliary care provider, and withdrew from the room for the item, taking no part in the discussion or vote.',
    });
    expect(attendanceText(register({ declarations: [] })).declarations).toBe(
      'No declarations of interest were made.',
    );
  });
});

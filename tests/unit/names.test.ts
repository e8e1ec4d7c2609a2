// Names as councils write them: a title typed into a name is recognised and never doubled, and people
// are listed by surname everywhere (the directory, a committee's members, the minutes' lists).
import { describe, expect, it } from 'vitest';
import { attendanceText, type AttendanceDetail } from '../../shared/attendance';
import type { CommitteeDetail, Committee, Membership, Person } from '../../shared/domain';
import type { Decision } from '../../shared/decisions';
import { formatPersonName } from '../../shared/format';
import { surnameOf, withHonorificApart } from '../../shared/names';
import { exported, expectInOrder } from './exported';
import { itemFixture, ok, tempCore } from './helpers';

describe('an honorific typed into a name', () => {
  it('moves to the honorific, is not doubled, and a second, different title stays', () => {
    expect(withHonorificApart({ honorific: 'Councillor', name: 'Cllr Harriet Mbeki' })).toEqual({
      honorific: 'Councillor',
      name: 'Harriet Mbeki',
    });
    expect(withHonorificApart({ honorific: '', name: 'cllr.  Harriet  Mbeki' })).toEqual({
      honorific: 'Councillor',
      name: 'Harriet Mbeki',
    });
    expect(withHonorificApart({ honorific: 'Cllr', name: 'Councillor Harriet Mbeki' })).toEqual({
      honorific: 'Councillor',
      name: 'Harriet Mbeki',
    });
    expect(withHonorificApart({ honorific: 'dr.', name: 'Aisha Khan' })).toEqual({
      honorific: 'Dr',
      name: 'Aisha Khan',
    });
    // "Councillor Dr Jane Smith" is how councils write a councillor who is a doctor.
    expect(withHonorificApart({ honorific: 'Councillor', name: 'Dr Jane Smith' })).toEqual({
      honorific: 'Councillor',
      name: 'Dr Jane Smith',
    });
    // A one-word name is a name, even one that looks like a title; an unknown title stays as typed.
    expect(withHonorificApart({ honorific: '', name: 'Miss' })).toEqual({ honorific: '', name: 'Miss' });
    expect(withHonorificApart({ honorific: 'The Revd', name: 'Ann Lee' })).toEqual({
      honorific: 'The Revd',
      name: 'Ann Lee',
    });
  });

  it('is split on save, wherever the person is typed: the directory, a new councillor, an edit', async () => {
    const core = tempCore();
    const typed = await ok<Person>(core, 'people.create', {
      name: 'Cllr Harriet Mbeki',
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
    expect(formatPersonName(typed)).toBe('Councillor Harriet Mbeki');
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Cabinet',
      kind: 'cabinet',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const added = await ok<Membership>(core, 'memberships.addNewPerson', {
      committeeId: committee.id,
      role: 'member',
      person: {
        name: 'Councillor Tom Ashby',
        honorific: 'Councillor',
        role: '',
        organisation: '',
        party: '',
        kind: 'member',
      },
    });
    expect(formatPersonName(added.person)).toBe('Councillor Tom Ashby');
    // Only the name is sent: the honorific it already has is not typed again.
    const edited = await ok<Person>(core, 'people.update', {
      id: typed.id,
      name: 'Cllr. Harriet Mbeki-Okafor',
    });
    expect(edited).toMatchObject({ honorific: 'Councillor', name: 'Harriet Mbeki-Okafor' });
  });
});

describe('surname order', () => {
  it('reads the surname past letters after the name', () => {
    expect(surnameOf('Ann Brown OBE')).toBe('Brown');
    expect(surnameOf('John Laverty BEM')).toBe('Laverty');
    expect(surnameOf('Mary Smith-Jones')).toBe('Smith-Jones');
    expect(surnameOf('Cher')).toBe('Cher');
  });

  it('lists the directory by surname, and a committee Chair, Vice-Chair, then members by surname', async () => {
    const core = tempCore();
    const { councillor } = await itemFixture(core);
    const committee = (await ok<Committee[]>(core, 'committees.list', {}))[0]!;
    const names = ['Zoe Adams', 'Aaron Young', 'Mark Brown OBE', 'Bella Cole'];
    const people: Person[] = [];
    for (const name of names) people.push(await councillor(name));
    const [adams, young, brown, cole] = people as [Person, Person, Person, Person];
    expect((await ok<Person[]>(core, 'people.list', {})).map((p) => p.name)).toEqual([
      'Zoe Adams',
      'Mark Brown OBE',
      'Bella Cole',
      'Aaron Young',
    ]);
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: cole.id, role: 'member' });
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: young.id, role: 'chair' });
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: brown.id, role: 'member' });
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: adams.id, role: 'member' });
    const detail = await ok<CommitteeDetail>(core, 'committees.get', { id: committee.id });
    expect(detail.members.map((m) => m.person.name)).toEqual([
      'Aaron Young',
      'Zoe Adams',
      'Mark Brown OBE',
      'Bella Cole',
    ]);
  });

  it('writes "Councillors B, C and D" and those attending remotely in surname order', async () => {
    const core = tempCore();
    const { councillor } = await itemFixture(core);
    const committee = (await ok<Committee[]>(core, 'committees.list', {}))[0]!;
    const meeting = (await ok<CommitteeDetail>(core, 'committees.get', { id: committee.id })).meetings[0]!;
    // Typed as an officer might: a title in the name, letters after it, in no particular order.
    const typed = ['Cllr Zoe Adams', 'Mark Brown OBE', 'Councillor Aaron Young', 'Bella Cole'];
    for (const name of typed) {
      const person = await councillor(name);
      await ok(core, 'memberships.add', { committeeId: committee.id, personId: person.id, role: 'member' });
      await ok<AttendanceDetail>(core, 'attendance.setMember', {
        meetingId: meeting.id,
        personId: person.id,
        status: 'present',
        remote: name !== 'Bella Cole',
      });
    }
    const text = attendanceText(
      (await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: meeting.id })).register,
    );
    expect(text.present).toBe(
      'Present: Councillors Zoe Adams, Mark Brown OBE, Bella Cole and Aaron Young. Councillors Zoe Adams, Mark Brown OBE and Aaron Young attended remotely.',
    );
  });

  it('lists a recorded vote by surname, however the votes were entered, in the Word minutes too', async () => {
    const core = tempCore();
    const { item, councillor } = await itemFixture(core);
    const [young, adams, cole, brown] = [
      await councillor('Aaron Young'),
      await councillor('Zoe Adams'),
      await councillor('Bella Cole'),
      await councillor('Mark Brown OBE'),
    ];
    const decision = await ok<Decision>(core, 'decisions.create', { itemId: item.id, keyword: 'RESOLVED' });
    // Entered as the screen sends them when a vote is changed: the changed one last.
    await ok<Decision>(core, 'decisions.update', {
      id: decision.id,
      baseVersion: decision.version,
      vote: {
        kind: 'recorded',
        for: 0,
        against: 0,
        abstain: 0,
        castingVote: null,
        recorded: [
          { personId: young.id, vote: 'for' },
          { personId: cole.id, vote: 'against' },
          { personId: brown.id, vote: 'for' },
          { personId: adams.id, vote: 'for' },
        ],
      },
    });
    const [listed] = await ok<Decision[]>(core, 'decisions.list', { itemId: item.id });
    expect(listed!.vote.recorded.map((vote) => vote.personId)).toEqual([
      adams.id,
      brown.id,
      cole.id,
      young.id,
    ]);
    const { doc } = await exported(core, { meetingId: item.meetingId, kind: 'minutes', edition: 'public' });
    expectInOrder(doc.text, [
      'A recorded vote was taken:',
      'Councillor Zoe Adams',
      'Councillor Mark Brown OBE',
      'Councillor Aaron Young',
      'Councillor Bella Cole',
      'For 3, against 1, abstentions 0.',
    ]);
  });
});

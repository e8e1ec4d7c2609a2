// The attendance register through the router on a real SQLite file: what it refuses, with which
// words, and that a refusal leaves everything else as it was.
import { describe, expect, it } from 'vitest';
import type { AttendanceDetail } from '../../shared/attendance';
import { attendanceText, itemCounts } from '../../shared/attendance';
import type { AgendaItem, Committee, Meeting, Membership, Person } from '../../shared/domain';
import { ok, tempCore } from './helpers';

async function committeeOf(size: number) {
  const core = tempCore();
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Health Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const person = (name: string, kind: Person['kind'] = 'member', role = '') =>
    ok<Person>(core, 'people.create', {
      name,
      honorific: kind === 'member' ? 'Councillor' : '',
      role,
      organisation: '',
      party: '',
      kind,
    });
  const members: Membership[] = [];
  for (let n = 1; n <= size; n += 1) {
    const p = await person(`Member ${String.fromCharCode(64 + n)}`);
    members.push(
      await ok<Membership>(core, 'memberships.add', {
        committeeId: committee.id,
        personId: p.id,
        role: n === 1 ? 'chair' : 'member',
      }),
    );
  }
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-06-18',
    startTime: '14:00',
  });
  const items: AgendaItem[] = [];
  for (const title of ['Minutes', 'Care homes', 'Dentistry']) {
    items.push(
      await ok<AgendaItem>(core, 'items.create', {
        meetingId: meeting.id,
        title,
        purpose: '',
        leadOfficerId: null,
        exempt: false,
        exemptParagraph: null,
      }),
    );
  }
  const call = (method: string, input: object) =>
    core.router.call(method, { meetingId: meeting.id, ...input });
  /** An arrival or departure during the item at that index (0 is item 1). */
  const move = (personId: string, kind: 'arrived' | 'left', itemIndex: number, time: string | null) =>
    call('attendance.addMovement', { personId, kind, itemId: items[itemIndex]!.id, time });
  return { core, committee, members, meeting, items, person, call, move };
}

const refusal = (result: { ok: boolean; error?: { message: string } }) =>
  result.ok ? 'accepted' : result.error!.message;

describe('the attendance register', () => {
  it('keeps members, a substitute, officers and movements, and reads them back after reopening', async () => {
    const { core, members, meeting, items, person, call, move } = await committeeOf(4);
    const [a, b, c, d] = members.map((m) => m.personId) as [string, string, string, string];
    for (const personId of [a, b, c]) await call('attendance.setMember', { personId, status: 'present' });
    const sub = await person('Substitute S');
    await call('attendance.setSubstitute', { memberId: d, substituteId: sub.id });
    const officer = await person('Jane Smith', 'officer', 'Director of Public Health');
    await call('attendance.addAttendee', { personId: officer.id, kind: 'officer', capacity: '' });
    await move(c, 'left', 1, '15:10');
    await call('declarations.add', {
      itemId: items[2]!.id,
      personId: b,
      category: 'disclosable pecuniary',
      interest: 'as a partner in a dental practice',
      withdrew: true,
    });

    const detail = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: meeting.id });
    expect(itemCounts(detail.register).map((count) => count.counting.length)).toEqual([4, 3, 2]);
    expect(attendanceText(detail.register)).toMatchObject({
      present: 'Present: Councillor Member A (Chair), Councillors Member B, Member C and Substitute S.',
      apologies: 'Apologies for absence were received from Councillor Member D.',
      substitutes: 'Councillor Substitute S attended as a substitute for Councillor Member D.',
      officers: 'Officers in attendance: Jane Smith (Director of Public Health).',
      movements: 'Councillor Member C left the meeting at 3.10 pm during minute 2.',
    });
  });

  it('refuses a substitute for someone not on the committee, or who is a member already', async () => {
    const { members, person, call } = await committeeOf(3);
    const outsider = await person('Not On It');
    const other = await person('Also Not On It');
    expect(
      refusal(await call('attendance.setSubstitute', { memberId: outsider.id, substituteId: other.id })),
    ).toBe(
      'Councillor Not On It is not a member of Health Scrutiny Board on Thursday 18 June 2026, so no one can substitute for them.',
    );
    expect(
      refusal(
        await call('attendance.setSubstitute', {
          memberId: members[0]!.personId,
          substituteId: members[1]!.personId,
        }),
      ),
    ).toBe(
      'Councillor Member B is a member of Health Scrutiny Board already, so cannot substitute for another member.',
    );
  });

  it('refuses an arrival with no departure between, and a second departure, keeping what was recorded', async () => {
    const { core, members, meeting, items, call, move } = await committeeOf(3);
    const c = members[2]!.personId;
    await call('attendance.setMember', { personId: c, status: 'present' });
    await ok(core, 'attendance.addMovement', {
      meetingId: meeting.id,
      personId: c,
      kind: 'arrived',
      itemId: items[2]!.id,
      time: '15:00',
    });
    // Movements are put in agenda order before they are checked: an arrival recorded later but
    // during an earlier item makes two arrivals in a row, which is refused.
    expect(refusal(await move(c, 'arrived', 1, null))).toBe(
      'Councillor Member C cannot arrive during item 3: they had already arrived during item 2 and have not left since.',
    );
    // Arrived during item 3, left during it at 3.40 pm: then leaving again is refused.
    expect(refusal(await move(c, 'left', 2, '15:40'))).toBe('accepted');
    expect(refusal(await move(c, 'left', 2, '15:50'))).toBe(
      'Councillor Member C cannot leave during item 3: they had already left during item 3 and have not arrived since.',
    );
    const detail = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: meeting.id });
    expect(detail.register.movements.map((m) => m.kind)).toEqual(['arrived', 'left']);
  });

  it('refuses a departure recorded before the arrival, and an arrival before a departure', async () => {
    const { core, members, meeting, call, move } = await committeeOf(3);
    const [b, c] = [members[1]!.personId, members[2]!.personId];
    for (const personId of [b, c]) await call('attendance.setMember', { personId, status: 'present' });
    await move(c, 'arrived', 2, '15:00');
    expect(refusal(await move(c, 'left', 1, '14:30'))).toBe(
      'Councillor Member C cannot leave during item 2: they arrived during item 3, and a departure cannot come before the arrival. If they were there from the start, left and came back, remove the arrival and record both in order.',
    );
    await move(b, 'left', 2, null);
    expect(refusal(await move(b, 'arrived', 0, null))).toBe(
      'Councillor Member B cannot arrive during item 1: they are recorded as there from the start, leaving during item 3. If they came late, remove that departure and record both in order.',
    );
    // Later movements in order are still taken.
    expect(refusal(await move(c, 'left', 2, '15:30'))).toBe('accepted');
    const detail = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: meeting.id });
    expect(detail.register.movements.map((m) => [m.personId === c ? 'C' : 'B', m.kind])).toEqual([
      ['C', 'arrived'],
      ['B', 'left'],
      ['C', 'left'],
    ]);
  });

  it('refuses movements for someone not present, and marking absent someone with movements', async () => {
    const { members, call, move } = await committeeOf(3);
    const [a, b] = members.map((m) => m.personId) as [string, string];
    await call('attendance.setMember', { personId: a, status: 'apologies' });
    expect(refusal(await move(a, 'arrived', 0, null))).toBe(
      'Councillor Member A is not recorded as present at this meeting: mark them present first, then record when they arrived.',
    );
    await call('attendance.setMember', { personId: b, status: 'present' });
    await move(b, 'left', 1, null);
    expect(refusal(await call('attendance.setMember', { personId: b, status: 'absent' }))).toBe(
      'Councillor Member B has 1 arrival or departure recorded at this meeting, so cannot be marked absent: remove it first.',
    );
  });

  it('refuses a declaration from someone not present, and a person on a register cannot leave the directory', async () => {
    const { members, items, person, call, core } = await committeeOf(3);
    const stranger = await person('Stranger');
    expect(
      refusal(
        await call('declarations.add', {
          itemId: items[0]!.id,
          personId: stranger.id,
          category: 'non-registrable',
          interest: '',
          withdrew: false,
        }),
      ),
    ).toBe(
      'Councillor Stranger is not recorded as a member present at this meeting, so cannot declare an interest here.',
    );
    await call('attendance.setMember', { personId: members[0]!.personId, status: 'present' });
    expect(refusal(await core.router.call('people.delete', { id: members[0]!.personId }))).toBe(
      'This person is on the attendance register of a meeting, so cannot be deleted: the minutes name them.',
    );
  });

  it('uses the membership on the meeting date', async () => {
    const { core, members, meeting, call } = await committeeOf(3);
    await ok(core, 'memberships.update', { id: members[2]!.id, leftOn: '2026-06-01' });
    await ok(core, 'memberships.update', { id: members[1]!.id, joinedOn: '2026-07-01' });
    const detail = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: meeting.id });
    expect(detail.register.members.map((m) => m.person.name)).toEqual(['Member A']);
    expect(
      refusal(await call('attendance.setMember', { personId: members[2]!.personId, status: 'present' })),
    ).toBe(
      'Councillor Member C is not a member of Health Scrutiny Board on Thursday 18 June 2026, so cannot be marked on its register.',
    );
    expect(
      refusal(
        await core.router.call('memberships.update', {
          id: members[0]!.id,
          joinedOn: '2026-05-01',
          leftOn: '2026-04-01',
        }),
      ),
    ).toBe('The date they left must be after the date they joined.');
  });

  it('keeps the officer’s own wording, and what it replaced', async () => {
    const { core, members, meeting, call } = await committeeOf(3);
    await call('attendance.setMember', { personId: members[0]!.personId, status: 'present' });
    await call('attendance.setText', {
      section: 'present',
      text: 'Present: Councillor Member A (in the Chair).',
    });
    const detail = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: meeting.id });
    expect(detail.overrides).toEqual([
      {
        section: 'present',
        text: 'Present: Councillor Member A (in the Chair).',
        generatedWhenWritten: 'Present: Councillor Member A (Chair).',
      },
    ]);
    const back = await ok<AttendanceDetail>(core, 'attendance.setText', {
      meetingId: meeting.id,
      section: 'present',
      text: null,
    });
    expect(back.overrides).toEqual([]);
  });
});

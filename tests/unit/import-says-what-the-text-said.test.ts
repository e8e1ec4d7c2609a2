// An imported record says what the council's text said, and no more: a declaration that names no
// kind of interest, or does not say whether the member left, is recorded and printed so; a mover
// and seconder, or the exclusion of the public, that the text already gives are printed once; the
// chair's title is printed as the council wrote it ("Convener", "Mayor", "Chairman"); and a file
// imported into an existing meeting joins its register without overwriting what the officer
// recorded, its items after the meeting's own. Approved minutes refuse an import. Each text is
// imported through the router (imports.preview, imports.commit) and read back from the record and
// from the exported minutes.
import { describe, expect, it } from 'vitest';
import type { AttendanceDetail } from '../../shared/attendance';
import type { Decision } from '../../shared/decisions';
import type { Committee, Meeting, MeetingDetail, Person } from '../../shared/domain';
import type { ImportPreview } from '../../shared/importing';
import { exported } from './exported';
import { importTextInto, ok, SLOW, tempCore } from './helpers';

const planning = `PLANNING COMMITTEE

MINUTES of the meeting held on Tuesday 15 March 2022 at 7.00 pm in the Council Chamber, Civic Offices, Sometown

Present: Councillor A Smith (Chairman), Councillors B Jones, C Brown (Vice-Chairman), D White and E Green

Officers: Jane Doe (Head of Planning), Priya Shah (Democratic Services Officer)

45. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillors F Black and G Grey.

46. DECLARATIONS OF INTEREST

Councillor D White declared an interest in minute 48.
Councillor B Jones declared a disclosable pecuniary interest in minute 49 as the owner of an adjoining property and left the room.
Councillor E Green declared a non-registrable interest in minute 49 as a member of the Civic Society and remained in the room.

47. MINUTES

RESOLVED – That the minutes of the meeting held on 15 February 2022 be approved as a correct record and signed by the Chairman.

48. 21/01234/FUL – LAND AT MILL LANE, SOMETOWN

The Head of Planning presented the report.

It was moved by Councillor B Jones and seconded by Councillor E Green that the application be refused. On being put to the vote the motion was carried by 4 votes to 1.

RESOLVED that planning permission be refused.

49. 21/01300/FUL – 4 STATION ROAD, SOMETOWN

The Head of Planning presented the report.

RESOLVED that planning permission be granted.

The meeting ended at 8.45 pm.
`;

const townCouncil = `MINUTES OF THE MEETING OF THE TOWN COUNCIL held on Monday 8 September 2025 at 7.00 pm at the Town Hall

Present: Councillor P Stone (Town Mayor), Councillors R Ames (Deputy Mayor), G Bell, T Cobb and L Dorr

Also present: Mrs S Lake (Town Clerk)

101. APOLOGIES
Apologies were received from Councillor B Pike.

102. GRANTS
Councillor Ames proposed and Councillor Bell seconded that a grant of £500 be made to the Bowls Club. This was agreed unanimously.
RESOLVED that a grant of £500 be made to the Bowls Club.

103. STAFFING MATTERS
In accordance with the Public Bodies (Admission to Meetings) Act 1960 the press and public were excluded from the meeting for this item owing to the confidential nature of the business.
The Council considered the Clerk's report on staffing.
RESOLVED that the recommendations in the report be approved.

The meeting closed at 8.40 pm.
`;

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;

async function minutesText(core: ReturnType<typeof tempCore>, meetingId: string, edition = 'confidential') {
  const { doc } = await exported(core, { meetingId, kind: 'minutes', edition });
  return doc.text.replace(/\n+/g, '\n');
}

describe('an imported record says what the text said', SLOW, () => {
  it('a declaration naming no kind of interest is recorded as unstated, its withdrawal unknown, and printed as said', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, planning);
    const { register } = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: result.meetingId });
    const people = await ok<Person[]>(core, 'people.list', {});
    const byName = (personId: string) => people.find((person) => person.id === personId)?.name;
    expect(register.declarations.map((d) => [byName(d.personId), d.category, d.withdrew]).sort()).toEqual([
      ['B Jones', 'disclosable pecuniary', true],
      ['D White', 'unstated', null],
      ['E Green', 'non-registrable', false],
    ]);
    const text = await minutesText(core, result.meetingId);
    // Printed once, in the declarations minute, as the council wrote them: not again at the items.
    expect(text).toContain('Councillor D White declared an interest in minute 48.\n');
    expect(text).not.toMatch(/D White declared a non-registrable/);
    expect(text).not.toMatch(/D White declared[^.]*(?:remained|withdrew)/);
    expect(text).toContain(
      'Councillor B Jones declared a disclosable pecuniary interest in minute 49 as the owner of an adjoining property and left the room.',
    );
    expect(text).toContain(
      'Councillor E Green declared a non-registrable interest in minute 49 as a member of the Civic Society and remained in the room.',
    );
    expect(count(text, /B Jones declared/)).toBe(1);
    expect(text).not.toContain('in this item');
    const at = text.indexOf('Councillor D White declared');
    expect(at).toBeGreaterThan(text.indexOf('46. DECLARATIONS OF INTEREST'));
    expect(at).toBeLessThan(text.indexOf('47. MINUTES'));
    // The search says no more than the record either.
    const { hits } = await ok<{ hits: { kind: string; snippet: string }[] }>(core, 'search.query', {
      text: 'White',
    });
    expect(
      hits
        .filter((hit) => hit.kind === 'declaration')
        .map((hit) => hit.snippet.replaceAll('\u0002', '').replaceAll('\u0003', '')),
    ).toEqual(['Councillor D White, interest']);
  });

  it('a mover and seconder the minutes already name are printed once', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, planning);
    const text = await minutesText(core, result.meetingId);
    expect(count(text, /B Jones[^\n]*seconded/)).toBe(1);
    expect(text).toContain(
      'It was moved by Councillor B Jones and seconded by Councillor E Green that the application be refused.',
    );
    expect(text).not.toContain('Moved by Councillor B Jones and seconded by Councillor E Green.');
    const town = await importTextInto(core, townCouncil);
    const townText = await minutesText(core, town.result.meetingId);
    expect(townText).toContain('Councillor Ames proposed and Councillor Bell seconded');
    expect(townText).not.toContain('Moved by Councillor R Ames');
  });

  it('a vote whose figures the minutes already give is not printed again, nor given abstentions the text did not mention', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, planning);
    const text = await minutesText(core, result.meetingId);
    expect(text).toContain('On being put to the vote the motion was carried by 4 votes to 1.');
    expect(text).not.toMatch(/For 4, against 1/);
    expect(text).not.toContain('abstentions');
    // A vote recorded where no words of the minutes give it is printed, as the officer records it.
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    const station = detail.items.find((item) => item.title.includes('STATION ROAD'))!;
    const [granted] = await ok<Decision[]>(core, 'decisions.list', { itemId: station.id });
    await ok(core, 'decisions.update', {
      id: granted!.id,
      baseVersion: granted!.version,
      vote: { kind: 'show of hands', for: 3, against: 2, abstain: 0, recorded: [], castingVote: null },
    });
    expect(await minutesText(core, result.meetingId)).toContain('For 3, against 2, abstentions 0.');
  });

  it('the exclusion of the press and public the text gives is printed once, in each edition', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, townCouncil);
    const confidential = await minutesText(core, result.meetingId);
    expect(count(confidential, /public (?:were|be) excluded/)).toBe(1);
    expect(confidential).toContain(
      'In accordance with the Public Bodies (Admission to Meetings) Act 1960 the press and public were excluded from the meeting for this item',
    );
    // The public edition withholds the item's own text, so it gives the resolution instead: once.
    const published = await minutesText(core, result.meetingId, 'public');
    expect(count(published, /public (?:were|be) excluded/)).toBe(1);
  });

  it('prints the titles the council used: Convener, Provost, Mayor, Lord Mayor, Chairman, Presiding Member', async () => {
    const cases: [string, string][] = [
      [
        'Councillor A Smith (Convener), Councillors B Jones (Vice-Convener), C Brown and D White',
        'Present: Councillor A Smith (Convener), Councillor B Jones (Vice-Convener), Councillors C Brown and D White.',
      ],
      [
        'Councillor A Smith (Provost), Councillors B Jones (Depute Provost), C Brown and D White',
        'Present: Councillor A Smith (Provost), Councillor B Jones (Depute Provost), Councillors C Brown and D White.',
      ],
      [
        'Councillor A Smith (Mayor), Councillors B Jones (Deputy Mayor), C Brown and D White',
        'Present: Councillor A Smith (Mayor), Councillor B Jones (Deputy Mayor), Councillors C Brown and D White.',
      ],
      [
        'The Lord Mayor (Councillor A Smith), Councillors B Jones, C Brown and D White',
        'Present: Councillor A Smith (Lord Mayor), Councillors C Brown, B Jones and D White.',
      ],
      [
        'Councillor A Smith (Chairperson), Councillors B Jones (Vice-Chairperson), C Brown and D White',
        'Present: Councillor A Smith (Chairperson), Councillor B Jones (Vice-Chairperson), Councillors C Brown and D White.',
      ],
      [
        'Councillor A Smith (Presiding Member), Councillors B Jones, C Brown and D White',
        'Present: Councillor A Smith (Presiding Member), Councillors C Brown, B Jones and D White.',
      ],
    ];
    for (const [index, [present, printed]] of cases.entries()) {
      const core = tempCore();
      const { result } = await importTextInto(
        core,
        `Minutes of the Resources Committee held on ${6 + index} November 2025

Present: ${present}

1. Minutes
RESOLVED that the minutes be approved.`,
      );
      const text = await minutesText(core, result.meetingId);
      expect(text, present).toContain(`${printed}\n`);
    }
  });
});

describe('importing into an existing meeting', SLOW, () => {
  const file = `PLANNING COMMITTEE

Minutes of the meeting held on Wednesday 12 March 2025 at 6.00 pm in the Council Chamber.

Present: Councillor A Dawson (Chair), Councillors B Ellis, C Foster and D Grant

Officers: Jane Doe (Head of Planning)

Also present: Councillor K Ward (ward member)

45. Apologies for absence
Apologies were received from Councillor F Irwin.

46. Land at Mill Lane
Councillor C Foster declared an other registrable interest in minute 46 as a trustee of the Mill Lane Trust and left the room.
RESOLVED that planning permission be granted.
`;

  async function meetingWithRegister() {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Planning Committee',
      kind: 'regulatory',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const meeting = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committee.id,
      date: '2025-03-12',
      startTime: '18:00',
    });
    await ok(core, 'items.create', {
      meetingId: meeting.id,
      title: 'Chair’s announcements',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const person = (name: string, kind: 'member' | 'officer', role = '') =>
      ok<Person>(core, 'people.create', {
        name,
        honorific: kind === 'member' ? 'Councillor' : '',
        role,
        organisation: '',
        party: '',
        kind,
      });
    const ellis = await person('B Ellis', 'member');
    const doe = await person('Jane Doe', 'officer', 'Planning Manager');
    await ok(core, 'memberships.add', { committeeId: committee.id, personId: ellis.id, role: 'member' });
    // What the officer recorded: Councillor Ellis sent apologies; Jane Doe attended as Planning Manager.
    await ok(core, 'attendance.setMember', {
      meetingId: meeting.id,
      personId: ellis.id,
      status: 'apologies',
    });
    await ok(core, 'attendance.addAttendee', {
      meetingId: meeting.id,
      personId: doe.id,
      kind: 'officer',
      capacity: 'Planning Manager',
    });
    return { core, meeting };
  }

  it('merges the register (no one twice, nothing the officer recorded overwritten) and puts the items after the meeting’s own', async () => {
    const { core, meeting } = await meetingWithRegister();
    await importTextInto(core, file, { meetingId: meeting.id });
    const { register } = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: meeting.id });
    const entries = register.attendees.map((a) => [a.person.name, a.kind, a.status, a.capacity]);
    expect(entries.sort()).toEqual(
      [
        ['A Dawson', 'member', 'present', 'Chair'],
        ['B Ellis', 'member', 'apologies', ''],
        ['C Foster', 'member', 'present', ''],
        ['D Grant', 'member', 'present', ''],
        ['F Irwin', 'member', 'apologies', ''],
        ['Jane Doe', 'officer', 'present', 'Planning Manager'],
        ['K Ward', 'other', 'present', 'ward member'],
      ].sort(),
    );
    const people = await ok<Person[]>(core, 'people.list', {});
    expect(people.map((p) => p.name).sort()).toEqual(
      ['A Dawson', 'B Ellis', 'C Foster', 'D Grant', 'F Irwin', 'Jane Doe', 'K Ward'].sort(),
    );
    // The declaration at the imported item is on the register too.
    expect(register.declarations.map((d) => [d.category, d.withdrew])).toEqual([['other registrable', true]]);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    expect(detail.items.map((item) => [detail.minuteNumbers[item.id], item.title])).toEqual([
      ['1', 'Chair’s announcements'],
      ['45', 'Apologies for absence'],
      ['46', 'Land at Mill Lane'],
    ]);
  });

  it('is refused, with a sentence, into approved minutes, which stay as they were', async () => {
    const { core, meeting } = await meetingWithRegister();
    const later = await ok<Meeting>(core, 'meetings.create', {
      committeeId: meeting.committeeId,
      date: '2025-04-09',
      startTime: '18:00',
    });
    await ok(core, 'meetings.approve', { id: meeting.id, approvedByMeetingId: later.id });
    const before = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    const preview = await ok<ImportPreview>(core, 'imports.preview', { text: file });
    const sentence =
      'The minutes of Planning Committee on Wednesday 12 March 2025 are approved and cannot change, so nothing was imported: reopen the meeting (saying why) if this file holds what that record lacks, then import into it.';
    expect(
      await core.router.call('imports.check', {
        structure: preview.structure,
        target: { meetingId: meeting.id },
        people: {},
      }),
    ).toEqual({ ok: true, value: { ok: false, code: 'conflict', message: sentence } });
    expect(
      await core.router.call('imports.commit', {
        structure: preview.structure,
        target: { meetingId: meeting.id },
        people: {},
      }),
    ).toEqual({ ok: false, error: { code: 'conflict', message: sentence } });
    const after = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
    expect(after.items).toEqual(before.items);
    expect((await ok<Person[]>(core, 'people.list', {})).length).toBe(2);
  });
});

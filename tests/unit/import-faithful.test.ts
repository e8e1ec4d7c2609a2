// Importing a meeting keeps what the file says: no start time the text does not give, the people
// it names matched to those present (never doubled), the officers and others in attendance, the
// closing line as the end time, reasons after the decision, declarations on the register, and the
// people a folder import adds listed. Through the router into a real SQLite file, from the
// officer's side: the text in, the meeting and its minutes out.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/document';
import type { Decision } from '../../shared/decisions';
import type { MeetingDetail, Person } from '../../shared/domain';
import { attendanceText, type AttendanceDetail } from '../../shared/attendance';
import { peopleAddedText, type FolderFile } from '../../shared/importFolder';
import { importTextInto, ok, PROCESS_TIMEOUT_MS, tempCore, tempDir } from './helpers';

/** Published minutes as a small licensing committee writes them (no start time given). */
export const licensingMinutes = `LICENSING COMMITTEE

Minutes of the meeting held on Tuesday 24 September 2024 in the Council Chamber, Town Hall

Present: Councillor J Patel (Chair), Councillor R Davies, Councillor S Hughes, Councillor T Evans

Also present: Councillor P Morgan (Ward Member)

In attendance: Mark Owen (Licensing Manager), Sarah Lloyd (Legal Adviser)

47. APOLOGIES FOR ABSENCE

There were no apologies for absence.

48. PREMISES LICENCE – THE RED LION, HIGH STREET

Councillor S Hughes declared a prejudicial interest in item 48 and left the room.

The Licensing Manager presented the report on the application.

It was moved by Councillor Patel and seconded by Councillor Davies that the licence be granted.

RESOLVED that the premises licence be granted subject to the conditions in the report.

Reason for decision: the Committee was satisfied that the licensing objectives would be promoted.

The meeting closed at 4.10 pm.

Chair
`;

type Core = ReturnType<typeof tempCore>;

/** The minutes as the Word document reads them, a paragraph a line. */
export async function minutesLines(core: Core, meetingId: string): Promise<string[]> {
  const { model } = await ok<{ model: DocumentModel }>(core, 'exports.preview', {
    meetingId,
    kind: 'minutes',
    edition: 'confidential',
  });
  return model.blocks.map((block) =>
    block.type === 'table'
      ? block.rows.map((row) => row.join(' | ')).join('\n')
      : block.runs.map((run) => run.text).join(''),
  );
}

describe('importing a meeting keeps what the file says', () => {
  it('gives a meeting no start time when the text gives none, and the minutes state none', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, licensingMinutes);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    expect(detail.meeting.date).toBe('2024-09-24');
    expect(detail.meeting.startTime).toBe('');
    const lines = await minutesLines(core, result.meetingId);
    const heading = lines.find((line) => line.startsWith('Minutes of the meeting held'));
    expect(heading).toMatch(/on Tuesday 24 September 2024$/);
    expect(lines.join('\n')).not.toMatch(/10\.00 am/);

    // A time the text gives is kept.
    const timed = licensingMinutes.replace(
      'on Tuesday 24 September 2024 in',
      'on Tuesday 24 September 2024 at 2.00 pm in',
    );
    const other = tempCore();
    const { result: kept } = await importTextInto(other, timed);
    const keptDetail = await ok<MeetingDetail>(other, 'meetings.get', { id: kept.meetingId });
    expect(keptDetail.meeting.startTime).toBe('14:00');
    expect((await minutesLines(other, kept.meetingId)).join('\n')).toMatch(
      /on Tuesday 24 September 2024 at 2\.00 pm/,
    );

    // The officer may save the meeting's details without inventing a time either.
    await ok(core, 'meetings.update', { id: result.meetingId, startTime: '' });
  });
});

describe('the people a meeting names are the people at it', () => {
  it('takes "moved by Councillor Patel" for the Councillor J Patel present, and adds nobody twice', async () => {
    const core = tempCore();
    const { preview, result } = await importTextInto(core, licensingMinutes);
    // The preview asks about the people present, not again about "Patel" and "Davies".
    expect(preview.people.map((person) => person.name)).not.toContain('Patel');
    expect(preview.people.map((person) => person.name)).not.toContain('Davies');
    expect(result.peopleAdded).not.toContain('Councillor Patel');
    expect(result.peopleAdded).not.toContain('Councillor Davies');
    const people = await ok<Person[]>(core, 'people.list', {});
    expect(
      people
        .filter((person) => /Patel|Davies/.test(person.name))
        .map((p) => p.name)
        .sort(),
    ).toEqual(['J Patel', 'R Davies']);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    const [decision] = await ok<Decision[]>(core, 'decisions.list', { itemId: detail.items[1]!.id });
    const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name;
    expect(nameOf(decision!.moverId)).toBe('J Patel');
    expect(nameOf(decision!.seconderId)).toBe('R Davies');
    const { warnings } = await ok<{ warnings: string[] }>(core, 'exports.warnings', {
      meetingId: result.meetingId,
      kind: 'minutes',
      version: 'current',
    });
    expect(warnings.filter((warning) => /mov|second/i.test(warning))).toEqual([]);
    expect((await minutesLines(core, result.meetingId)).join('\n')).not.toMatch(/Not recorded/);
  });

  it('makes a new person only when no one present, or more than one, has that surname', async () => {
    const core = tempCore();
    const text = licensingMinutes.replace('Councillor T Evans', 'Councillor T Evans, Councillor A Davies');
    const { result } = await importTextInto(core, text);
    // Two Davies present: the seconder cannot be told apart, so "Davies" is kept as written.
    expect(result.peopleAdded).toContain('Councillor Davies');
    expect(result.peopleAdded).not.toContain('Councillor Patel');
  });
});

describe('items added to a meeting', () => {
  it('takes "moved by Councillor Evans" for the T Evans the meeting’s register has present', async () => {
    const core = tempCore();
    const { result: meeting } = await importTextInto(core, licensingMinutes);
    const page = `49. STREET TRADING POLICY

It was moved by Councillor Evans and seconded by Councillor Hughes that the policy be adopted.

RESOLVED that the street trading policy be adopted.
`;
    const { result } = await importTextInto(core, page, { meetingId: meeting.meetingId });
    expect(result.peopleAdded).toEqual([]);
    const [decision] = await ok<Decision[]>(core, 'decisions.list', { itemId: result.itemIds[0]! });
    const people = await ok<Person[]>(core, 'people.list', {});
    const nameOf = (id: string | null) => people.find((person) => person.id === id)?.name;
    expect([nameOf(decision!.moverId), nameOf(decision!.seconderId)]).toEqual(['T Evans', 'S Hughes']);
  });
});

describe('everyone in attendance', () => {
  it('records the officers and others "in attendance" or "also present" and lists them in the minutes', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, licensingMinutes);
    const attendance = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: result.meetingId });
    expect(
      attendance.register.attendees.map((attendee) => [
        attendee.kind,
        attendee.person.name,
        attendee.capacity,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['officer', 'Mark Owen', 'Licensing Manager'],
        ['officer', 'Sarah Lloyd', 'Legal Adviser'],
        ['other', 'P Morgan', 'Ward Member'],
      ]),
    );
    const text = attendanceText(attendance.register);
    const lines = (await minutesLines(core, result.meetingId)).join('\n');
    expect(text.officers).toMatch(/Mark Owen \(Licensing Manager\)/);
    expect(text.officers).toMatch(/Sarah Lloyd \(Legal Adviser\)/);
    expect(lines).toContain('Mark Owen (Licensing Manager)');
    expect(lines).toContain('Sarah Lloyd (Legal Adviser)');
    expect(lines).toContain('Councillor P Morgan (Ward Member)');
  });
});

describe('the end of the minutes', () => {
  it('takes "The meeting closed at 4.10 pm." as the end time, drops the signature line, and prints the reason after the RESOLVED', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, licensingMinutes);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    expect(detail.meeting.endTime).toBe('16:10');
    const lines = await minutesLines(core, result.meetingId);
    expect(lines.filter((line) => /closed at|ended at/.test(line))).toEqual([
      'The meeting ended at 4.10 pm.',
    ]);
    expect(lines.filter((line) => line.trim() === 'Chair')).toEqual([]);
    const resolved = lines.findIndex((line) => line.startsWith('RESOLVED'));
    const reason = lines.findIndex((line) => line.startsWith('Reason for decision:'));
    const presented = lines.findIndex((line) => line.startsWith('The Licensing Manager presented'));
    expect(presented).toBeGreaterThan(-1);
    expect(presented).toBeLessThan(resolved);
    expect(reason).toBeGreaterThan(resolved);
    expect(lines.at(-1)).toBe('The meeting ended at 4.10 pm.');
  });

  it('reads "The meeting ended at 8.15 pm." with a signature block after it', async () => {
    const core = tempCore();
    const text = licensingMinutes.replace(
      'The meeting closed at 4.10 pm.\n\nChair\n',
      'The meeting ended at 8.15 pm.\n\nSigned ………………………… (Chair)\n\nDate: ……………\n',
    );
    const { result } = await importTextInto(core, text);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    expect(detail.meeting.endTime).toBe('20:15');
    const lines = (await minutesLines(core, result.meetingId)).join('\n');
    expect(lines).not.toMatch(/Signed|Date:/);
  });
});

describe('declarations of interest', () => {
  it('records "declared a … interest in item 48 and left the room" on the register, at that item, for that member', async () => {
    const core = tempCore();
    const text = licensingMinutes.replace(
      'Councillor S Hughes declared a prejudicial interest in item 48 and left the room.',
      'Councillor Hughes declared a disclosable pecuniary interest in item 48 as the licensee’s landlord and left the room.',
    );
    const { result } = await importTextInto(core, text);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    const attendance = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: result.meetingId });
    const people = await ok<Person[]>(core, 'people.list', {});
    const nameOf = (id: string) => people.find((person) => person.id === id)?.name;
    expect(
      attendance.register.declarations.map((d) => [
        nameOf(d.personId),
        d.itemId,
        d.category,
        d.interest,
        d.withdrew,
      ]),
    ).toEqual([
      ['S Hughes', detail.items[1]!.id, 'disclosable pecuniary', 'as the licensee’s landlord', true],
    ]);
    expect(attendanceText(attendance.register).declarations).not.toMatch(/No declarations/);
    expect(result.notes.filter((note) => /declaration/i.test(note))).toEqual([]);
    expect(people.filter((person) => /Hughes/.test(person.name))).toHaveLength(1);
    // Said once in the minutes (the meeting has no declarations item: in the declarations section),
    // in the text's words, the withdrawal as it put it.
    const lines = await minutesLines(core, result.meetingId);
    const said = lines.filter((line) => /Hughes declared/.test(line));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(
      /disclosable pecuniary interest in item 48 as the licensee’s landlord and left the room/,
    );
    expect(lines.join('\n')).not.toMatch(/withdrew from the room/);
  });

  it('keeps the text’s own word for the kind of interest (prejudicial, as in Wales)', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, licensingMinutes);
    const attendance = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: result.meetingId });
    expect(
      attendance.register.declarations.map((d) => [d.category, d.interest, d.withdrew, d.withdrawalWords]),
    ).toEqual([['prejudicial', '', true, 'left the room']]);
  });
});

describe('who a folder import adds to the directory', () => {
  const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 4 * PROCESS_TIMEOUT_MS });

  it('lists the people each file added, on the command line’s line and in the app’s outcome row', () => {
    const folder = tempDir();
    const data = tempDir();
    writeFileSync(path.join(folder, 'licensing 24 September 2024.txt'), licensingMinutes);
    const printed = run(['import', folder, '--data', data]);
    expect(printed.status, printed.stderr).toBe(0);
    const line = printed.stdout.split('\n').find((each) => each.includes('licensing 24 September 2024.txt'));
    expect(line).toMatch(/^imported\s+licensing 24 September 2024\.txt — .* — added: (.+)$/);
    const added = /— added: (.+)$/.exec(line!)![1]!.split(', ');
    expect(added).toEqual(
      expect.arrayContaining(['Councillor J Patel', 'Councillor R Davies', 'Mark Owen', 'Sarah Lloyd']),
    );
    expect(added).not.toContain('Councillor Patel');

    // --json gives the same names on the file's row; the app's row words them as the single file does.
    const again = tempDir();
    const json = run(['import', folder, '--data', again, '--json']);
    const file = (JSON.parse(json.stdout) as { files: FolderFile[] }).files[0]!;
    expect(file.peopleAdded).toEqual(added);
    expect(peopleAddedText(file)).toBe(`Added to the directory: ${added.join(', ')}.`);
  });
});

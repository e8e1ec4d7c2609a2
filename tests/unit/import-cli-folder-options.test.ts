// `minutebook import DIR` as a new officer found it: no option given with a folder is silently
// ignored (--exempt-paragraph names its file, FILE:N or FILE:ITEM=N; a bare N and --meeting are
// refused with a sentence); a file skipped because its committee already has a meeting that day is
// given that meeting's id and the command that imports into it, which works when pasted into a
// shell; every command given repeats --data; and `--help` says what each exit code means.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import type { Meeting, MeetingDetail } from '../../shared/domain';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 2 * PROCESS_TIMEOUT_MS });

/** A command the table gives, pasted into sh as it is, with `minutebook` the built command. */
const pasted = (command: string) =>
  spawnSync('sh', ['-c', `minutebook() { "${process.execPath}" "${cli}" "$@"; }\n${command}`], {
    encoding: 'utf8',
    timeout: 2 * PROCESS_TIMEOUT_MS,
  });

const scottish = (date: string, exclusion: string) => `GLENBRAE COUNCIL

Minute of Meeting of the Communities Committee held in the Council Chambers, Glenbrae on ${date} at 10.00am.

Present: Councillor A Drummond (Convener), Councillors B Lennox, C Murray and D Ogilvie

1. Apologies
Apologies were intimated on behalf of Councillor G Haldane.

2. Community Grants Scheme
The Committee agreed to approve the grants set out in the report.

3. Exclusion of the Public
${exclusion}

4. Acquisition of Former Creamery Site
The Committee agreed to make an offer for the site.
`;
const cites =
  'The Committee resolved that, under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded from the meeting for the following item on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 8 of Part I of Schedule 7A to the Act.';
const citesNone =
  'The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 that the public be excluded for the following item of business.';

const planning = (date = 'Wednesday 12 March 2025') => `PLANNING COMMITTEE

Minutes of the meeting held on ${date} at 6.00 pm in the Council Chamber.

Present: Councillor A Dawson (Chair), Councillors B Ellis, C Foster and D Grant

45. Apologies for absence
Apologies were received from Councillor F Irwin.

46. Land at Mill Lane
RESOLVED that planning permission be granted.
`;

interface Printed {
  files: {
    name: string;
    outcome: string;
    reason: string;
    meetingId: string | null;
    sameDayMeeting?: { id: string; approved: boolean };
  }[];
}

async function withCore<T>(data: string, work: (core: ReturnType<typeof openCore>) => Promise<T>) {
  const core = openCore(data, { log: () => undefined });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

/** The exempt item's law and paragraph, as imported into each meeting of the data folder, by date. */
const paragraphs = (data: string) =>
  withCore(data, async (core) => {
    const meetings = await ok<Meeting[]>(core, 'meetings.list', {});
    const found: Record<string, [string | null, number | null][]> = {};
    for (const meeting of meetings) {
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
      found[meeting.date] = detail.items
        .filter((item) => item.exempt)
        .map((item) => [item.exemptBasis, item.exemptParagraph]);
    }
    return found;
  });

describe('minutebook import DIR: no option is silently ignored', SLOW, () => {
  it('--exempt-paragraph names its file (FILE:N, FILE:ITEM=N); a bare N, an unknown file and --meeting are refused', async () => {
    const folder = tempDir();
    writeFileSync(path.join(folder, 'a-march.txt'), scottish('Tuesday 3 March 2026', cites));
    writeFileSync(path.join(folder, 'b-april.txt'), scottish('Tuesday 7 April 2026', citesNone));
    const data = path.join(tempDir(), 'data');

    const bare = run(['import', folder, '--exempt-paragraph', '6', '--data', data]);
    expect(bare.status).toBe(2);
    expect(bare.stderr.trim()).toBe(
      'With a folder, --exempt-paragraph names the file as well: FILE:N for every exempt item of that file whose text names no paragraph, or FILE:ITEM=N for one item (not “6”: a paragraph is one meeting’s, so it is not given to every file).',
    );
    const unknown = run(['import', folder, '--exempt-paragraph', 'c-may.txt:6', '--data', data]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      `--exempt-paragraph: ${folder} holds no file c-may.txt to import (give its name as the table shows it).`,
    );
    const meeting = run(['import', folder, '--meeting', 'abc', '--data', data]);
    expect(meeting.status).toBe(2);
    expect(meeting.stderr.trim()).toBe(
      '--meeting adds one file’s items to a meeting, so it is not given with a folder: import the file on its own (minutebook import FILE --meeting abc).',
    );
    // Refused before anything: no data file was started.
    expect(existsSync(data)).toBe(false);

    // Without it, the file needs attention, and the command given (with --data) imports it once N is put in.
    const dry = run(['import', folder, '--dry-run', '--council', 'Glenbrae Council', '--data', data]);
    expect(dry.status).toBe(1);
    // Nor is --council, which a dry run does not set.
    expect(dry.stderr).toContain('Note: --council was not set: a dry run writes nothing.');
    const advice = /^needs attention +b-april\.txt — .* To import it: (minutebook import .+) \(N: .+$/m.exec(
      dry.stdout,
    );
    expect(advice?.[1], dry.stdout).toBe(
      `minutebook import '${path.join(folder, 'b-april.txt')}' --exempt-paragraph N --data '${data}'`,
    );

    // A wrong item is that file's problem, said in its row; the other file is imported.
    const wrongItem = run(['import', folder, '--dry-run', '--exempt-paragraph', 'b-april.txt:2=6']);
    expect(wrongItem.stdout).toMatch(
      /^needs attention +b-april\.txt — .+ — --exempt-paragraph: item 2 is not exempt; only an exempt item has a paragraph\.$/m,
    );

    const imported = run([
      'import',
      folder,
      '--exempt-paragraph',
      `${path.join(folder, 'b-april.txt')}:4=6`,
      '--data',
      data,
    ]);
    expect(imported.status, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 2, skipped 0, needs attention 0, refused 0\.$/m);
    expect(await paragraphs(data)).toEqual({
      '2026-03-03': [['schedule 7A', 8]],
      '2026-04-07': [['schedule 7A', 6]],
    });

    // The command the dry run gave, pasted with N put in, imports the file on its own.
    const other = path.join(tempDir(), 'data');
    const alone = pasted(advice![1]!.replace(' N ', ' 6 ').replace(data, other));
    expect(alone.status, alone.stderr).toBe(0);
    expect(await paragraphs(other)).toEqual({ '2026-04-07': [['schedule 7A', 6]] });
  }, 300_000);

  it('a file skipped for a meeting its committee already has that day is given that meeting’s id and the command that imports into it', async () => {
    const data = tempDir();
    const held = tempDir();
    writeFileSync(path.join(held, 'planning.txt'), planning());
    const first = run(['import', held, '--json', '--data', data]);
    expect(first.status, first.stderr).toBe(0);
    const meetingId = (JSON.parse(first.stdout) as Printed).files[0]!.meetingId!;

    const folder = tempDir();
    // The same meeting's minutes saved again (other bytes), and a new day.
    writeFileSync(path.join(folder, 'a-planning-again.txt'), `${planning()}\nAlso present: Mr J Kerr.\n`);
    writeFileSync(path.join(folder, 'b-planning-april.txt'), planning('Wednesday 9 April 2025'));
    const command = `minutebook import '${path.join(folder, 'a-planning-again.txt')}' --meeting ${meetingId} --data '${data}'`;
    for (const dryRun of [['--dry-run'], []]) {
      const table = run(['import', folder, ...dryRun, '--data', data]);
      expect(table.status, table.stderr).toBe(0);
      expect(table.stdout).toContain(
        `${'skipped'.padEnd(16)}a-planning-again.txt — Planning Committee, 2025-03-12, 2 items, 1 decision — Planning Committee already has a meeting on Wednesday 12 March 2025 at 6.00 pm (minutes drafted), so nothing was imported: to add these items to it, import into that meeting. That meeting is ${meetingId}; to import into it: ${command}\n`,
      );
      const json = JSON.parse(
        run(['import', folder, '--dry-run', '--json', '--data', data]).stdout,
      ) as Printed;
      expect(json.files[0]).toMatchObject({
        outcome: 'skipped',
        sameDayMeeting: { id: meetingId, approved: false },
      });
    }
    // The command, pasted, adds the file's items to that meeting.
    const into = pasted(command);
    expect(into.status, into.stderr).toBe(0);
    expect(into.stdout.trim()).toBe(meetingId);
    await withCore(data, async (core) => {
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meetingId });
      expect(detail.items.length).toBe(4);
      // Approved minutes: reopened first, as the row says; importing into them is refused (exit 2).
      const next = await ok<Meeting>(core, 'meetings.create', {
        committeeId: detail.meeting.committeeId,
        date: '2025-05-14',
        startTime: '18:00',
      });
      await ok(core, 'meetings.approve', { id: meetingId, approvedByMeetingId: next.id });
    });
    writeFileSync(path.join(folder, 'c-planning-third.txt'), `${planning()}\nAlso present: Ms L Moss.\n`);
    const approved = run(['import', folder, '--dry-run', '--data', data]);
    expect(approved.stdout).toContain(
      `whose approved minutes cannot change, so nothing was imported: if this file holds what that record lacks, reopen the meeting and import into it. That meeting is ${meetingId}: reopen it in the app, then import into it: minutebook import '${path.join(folder, 'c-planning-third.txt')}' --meeting ${meetingId} --data '${data}'\n`,
    );
    const refused = run([
      'import',
      path.join(folder, 'c-planning-third.txt'),
      '--meeting',
      meetingId,
      '--data',
      data,
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('are approved and cannot change, so nothing was imported');
  }, 300_000);
});

describe('minutebook --help says what each exit code means', SLOW, () => {
  it('for import (a folder with a file that needs attention exits 1), and for every other command', () => {
    const help = run(['import', '--help']);
    expect(help.status).toBe(0);
    const codes = help.stdout.slice(help.stdout.indexOf('\nExit codes:\n'));
    expect(codes).toMatch(/^ {2}0 {2}imported/m);
    expect(codes).toMatch(/^ {2}1 {2}a folder: at least one file needs attention or was refused/m);
    expect(codes).toMatch(/^ {2}2 {2}refused, nothing imported/m);
    for (const command of [
      'meetings',
      'export',
      'search',
      'deadlines',
      'due',
      'house-style',
      'serve',
      'start',
    ]) {
      const own = run([command, '--help']);
      expect(own.stdout, command).toMatch(
        /\nExit codes:\n {2}0 {2}done\n {2}1 {2}failed: .+\n(?: {5}.+\n)* {2}2 {2}refused/,
      );
    }
    const general = run(['--help']);
    expect(general.stdout).toMatch(
      /\nExit codes \(minutebook COMMAND --help says each command’s own\):\n {2}0 {2}done/,
    );
  });
});

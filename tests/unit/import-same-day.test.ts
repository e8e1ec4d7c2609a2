// Importing a meeting's minutes where the committee already has a meeting that day: the import says
// so and stops (nothing written), through the router as the app calls it and through the command
// line, whether that meeting's minutes are approved (an approved record must not change) or not (one
// meeting for one day; the officer imports into it by choosing it). A meeting at another time that
// day is another meeting. The same file given to `minutebook import` twice is skipped by its hash.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import type { Meeting } from '../../shared/domain';
import { importTextInto, ok, PROCESS_TIMEOUT_MS, SLOW, tempCore, tempDir } from './helpers';

const minutes = (time = '6.00 pm') => `PLANNING COMMITTEE

Minutes of the meeting held on Wednesday 12 March 2025 at ${time} in the Council Chamber.

Present: Councillor A Dawson (Chair), Councillors B Ellis, C Foster and D Grant

45. Apologies for absence
Apologies were received from Councillor F Irwin.

46. Land at Mill Lane
RESOLVED that planning permission be granted.
`;

const target = { committeeName: 'Planning Committee', date: '2025-03-12' };

async function approve(core: Pick<ReturnType<typeof tempCore>, 'router'>, meetingId: string) {
  const { meeting } = await ok<{ meeting: Meeting }>(core, 'meetings.get', { id: meetingId });
  const next = await ok<Meeting>(core, 'meetings.create', {
    committeeId: meeting.committeeId,
    date: '2025-04-09',
    startTime: '18:00',
  });
  await ok(core, 'meetings.approve', { id: meetingId, approvedByMeetingId: next.id });
}

const onTheDay = async (core: Pick<ReturnType<typeof tempCore>, 'router'>) =>
  (await ok<Meeting[]>(core, 'meetings.list', { from: '2025-03-12', to: '2025-03-12' })).length;

describe('an import on a day the committee already has a meeting', () => {
  it('is refused beside approved minutes, which stay as they were', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, minutes());
    await approve(core, result.meetingId);
    const again = await core.router.call('imports.commit', {
      structure: (await ok<{ structure: unknown }>(core, 'imports.preview', { text: minutes() })).structure,
      target,
      people: {},
    });
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Planning Committee already has a meeting on Wednesday 12 March 2025 at 6.00 pm, whose approved minutes cannot change, so nothing was imported: if this file holds what that record lacks, reopen the meeting and import into it.',
      },
    });
    expect(await onTheDay(core)).toBe(1);
  });

  it('is refused beside a meeting not yet approved, naming it; a meeting at another time is another meeting', async () => {
    const core = tempCore();
    await importTextInto(core, minutes());
    const preview = await ok<{ structure: unknown }>(core, 'imports.preview', { text: minutes() });
    const again = await core.router.call('imports.commit', {
      structure: preview.structure,
      target,
      people: {},
    });
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Planning Committee already has a meeting on Wednesday 12 March 2025 at 6.00 pm (minutes drafted), so nothing was imported: to add these items to it, import into that meeting.',
      },
    });
    expect(await onTheDay(core)).toBe(1);
    await importTextInto(core, minutes('7.30 pm'), target);
    expect(await onTheDay(core)).toBe(2);
  });
});

describe('minutebook import on a day the committee already has a meeting', SLOW, () => {
  const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });

  it('stops with exit code 2 and one sentence naming the meeting, and skips a file imported before', async () => {
    const data = tempDir();
    const folder = tempDir();
    const first = path.join(folder, 'planning.txt');
    const second = path.join(folder, 'planning-12-march.txt');
    writeFileSync(first, minutes());
    // The same minutes saved again (a trailing line more): other bytes, so not known by its hash.
    writeFileSync(second, `${minutes()}\n`);
    const imported = run(['import', first, '--data', data]);
    expect(imported.status, imported.stderr).toBe(0);
    const meetingId = imported.stdout.trim();

    const twice = run(['import', first, '--data', data]);
    expect(twice.status).toBe(2);
    expect(twice.stderr.trim()).toBe(
      'This file was imported before (as planning.txt); it was not imported again.',
    );

    const draft = run([
      'import',
      second,
      ...['--committee', 'Planning Committee', '--date', '2025-03-12'],
      '--data',
      data,
    ]);
    expect(draft.status).toBe(2);
    expect(draft.stdout).toBe('');
    expect(draft.stderr.trim()).toBe(
      `Planning Committee already has a meeting on Wednesday 12 March 2025 at 6.00 pm (minutes drafted), so nothing was imported: to add these items to it, import into that meeting. (Give --meeting ${meetingId}.)`,
    );

    const core = openCore(data, { log: () => undefined });
    try {
      await approve(core, meetingId);
    } finally {
      core.close();
    }
    const approved = run([
      'import',
      second,
      ...['--committee', 'Planning Committee', '--date', '2025-03-12'],
      '--data',
      data,
    ]);
    expect(approved.status).toBe(2);
    expect(approved.stderr.trim()).toBe(
      `Planning Committee already has a meeting on Wednesday 12 March 2025 at 6.00 pm, whose approved minutes cannot change, so nothing was imported: if this file holds what that record lacks, reopen the meeting and import into it. (Meeting ${meetingId}: reopen it in the app, then give --meeting ${meetingId}.)`,
    );
    const listed = run(['meetings', '--json', '--data', data]);
    expect(
      (JSON.parse(listed.stdout) as { date: string }[]).filter((m) => m.date === '2025-03-12'),
    ).toHaveLength(1);
  });

  it('a folder dry run says what the import would do: a file for a day already held is skipped, as is a second file of one meeting', () => {
    const data = tempDir();
    const held = tempDir();
    writeFileSync(path.join(held, 'planning.txt'), minutes());
    expect(run(['import', held, '--data', data]).status).toBe(0);

    const folder = tempDir();
    // The same meeting saved again (other bytes), another meeting of it at 7.30 pm twice, and a new day.
    writeFileSync(path.join(folder, 'a-planning-again.txt'), `${minutes()}\n`);
    writeFileSync(path.join(folder, 'b-planning-evening.txt'), minutes('7.30 pm'));
    writeFileSync(path.join(folder, 'c-planning-evening-copy.txt'), `${minutes('7.30 pm')}\n`);
    writeFileSync(
      path.join(folder, 'd-planning-april.txt'),
      minutes().replace('Wednesday 12 March 2025', 'Wednesday 9 April 2025'),
    );
    const outcomes = (args: string[]) => {
      const result = run(['import', folder, '--json', ...args, '--data', data]);
      return (JSON.parse(result.stdout) as { files: { name: string; outcome: string; reason: string }[] })
        .files;
    };
    const dry = outcomes(['--dry-run']);
    expect(dry.map((file) => [file.name, file.outcome])).toEqual([
      ['a-planning-again.txt', 'skipped'],
      ['b-planning-evening.txt', 'would import'],
      ['c-planning-evening-copy.txt', 'skipped'],
      ['d-planning-april.txt', 'would import'],
    ]);
    expect(dry[0]!.reason).toMatch(
      /^Planning Committee already has a meeting on Wednesday 12 March 2025 at 6\.00 pm/,
    );
    expect(dry[2]!.reason).toBe(
      'b-planning-evening.txt, earlier in this folder, would make Planning Committee’s meeting on Wednesday 12 March 2025, so this file would not be imported: import it into that meeting.',
    );
    // The import itself does what the dry run said.
    expect(outcomes([]).map((file) => file.outcome)).toEqual(['skipped', 'imported', 'skipped', 'imported']);
  });
});

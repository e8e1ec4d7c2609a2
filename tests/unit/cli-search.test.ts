// `minutebook search`, the built command run as a user runs it: its results for a script and for a
// person, its filters, its sentences, and that it only reads (it works while the app is open).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { Session } from '../../electron/session';
import { DATA_FILE_NAME } from '../../electron/store/database';
import type { Committee } from '../../shared/domain';
import { doc, fullMeeting } from './exportFixture';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';
import { cabinet, p } from './searchSetup';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);

const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, 'search', ...args], { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });

interface JsonHits {
  hits: Record<string, unknown>[];
  complete: boolean;
}
const json = (args: string[]): JsonHits => {
  const result = run([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonHits;
};

/** A data folder with the full meeting (an exempt item among its items) and a Planning meeting, closed. */
async function record() {
  const dir = tempDir();
  const core = openCore(dir, { log: () => undefined });
  const f = await fullMeeting(core);
  const planning = await cabinet(core, '2024-06-13', 'Planning Committee');
  const item = await planning.item('Leisure centre car park');
  await ok(core, 'minutes.save', {
    itemId: item.id,
    baseVersion: 0,
    doc: doc(p('The strategy for parking at the leisure centre was discussed.')),
  });
  core.close();
  return { dir, f, planning, item };
}

describe('minutebook search', SLOW, () => {
  it('prints the hits as JSON for a script, and for a person with exempt content marked', async () => {
    const { dir, f, planning, item } = await record();
    const found = json(['parking', '--data', dir]);
    expect(found).toEqual({
      complete: true,
      hits: [
        {
          meetingId: planning.meeting.id,
          itemId: item.id,
          committee: 'Planning Committee',
          date: '2024-06-13',
          minuteNumber: '1/24',
          itemTitle: 'Leisure centre car park',
          kind: 'item',
          field: 'title',
          snippet: 'Leisure centre car park',
          score: expect.any(Number),
          exempt: false,
        },
        expect.objectContaining({
          kind: 'minutes',
          snippet: 'The strategy for parking at the leisure centre was discussed.',
        }),
      ],
    });

    const zephyr = json(['Zephyrcare', '--data', dir]).hits;
    expect(zephyr.length).toBeGreaterThan(2);
    expect(zephyr.every((hit) => hit.exempt === true && hit.itemId === f.exemptItem.id)).toBe(true);
    expect(json(['Zephyrcare', '--public', '--data', dir]).hits).toEqual([]);

    const text = run(['Zephyrcare', '--limit', '1', '--data', dir]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^\[EXEMPT\] Adult Care and Well Being Overview and Scrutiny Panel, Monday 15 March 2021, minute 2, Award of the Home Care Contract \(.+\)\n {4}.*Zephyrcare/,
    );
    expect(run(['nothing-like-this', '--data', dir]).stdout.trim()).toBe('Nothing found.');
  });

  it('turns committee names into the committees, and filters by date, kind, order and number', async () => {
    const { dir, f } = await record();
    const committees = (args: string[]) =>
      json(['strategy', ...args, '--data', dir]).hits.map((hit) => hit.committee);
    expect(new Set(committees([]))).toEqual(
      new Set(['Planning Committee', 'Adult Care and Well Being Overview and Scrutiny Panel']),
    );
    expect(new Set(committees(['--committee', 'planning committee']))).toEqual(
      new Set(['Planning Committee']),
    );
    expect(new Set(committees(['--committee', 'Scrutiny']))).toEqual(
      new Set(['Adult Care and Well Being Overview and Scrutiny Panel']),
    );
    expect(new Set(committees(['--committee', 'Planning', '--committee', 'Scrutiny Panel'])).size).toBe(2);
    expect(new Set(committees(['--from', '2022-01-01']))).toEqual(new Set(['Planning Committee']));
    expect(new Set(committees(['--to', '2022-01-01']))).toEqual(
      new Set(['Adult Care and Well Being Overview and Scrutiny Panel']),
    );
    const kinds = json(['strategy', '--kind', 'decision,report', '--data', dir]).hits.map((hit) => hit.kind);
    expect(new Set(kinds)).toEqual(new Set(['decision', 'report']));
    expect(json(['strategy', '--limit', '2', '--data', dir]).hits).toHaveLength(2);
    const newest = json(['strategy', '--newest', '--data', dir]).hits;
    expect(newest[0]).toMatchObject({ date: '2024-06-13' });
    expect(newest.at(-1)).toMatchObject({ meetingId: f.meeting.id });

    const unknown = run(['strategy', '--committee', 'Licensing', '--data', dir]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no committee called “Licensing”. The committees are:');
    expect(unknown.stderr).toContain('  Planning Committee');
    const several = run(['strategy', '--committee', 'e', '--data', dir]);
    expect(several.status).toBe(2);
    expect(several.stderr).toMatch(/“e” matches 2 committees: .*Give the full name\./);
  });

  it('says what is wrong with a search or an option, with exit code 2', async () => {
    const { dir } = await record();
    const cases: [string[], RegExp][] = [
      [['--data', dir, '--', '-strategy'], /Add a word to look for/],
      [['co*'], /at least 3 letters before the \*/],
      [['strategy', '--kind', 'minute'], /Each kind is one of: item, minutes/],
      [['strategy', '--from', '15/03/2021'], /“from” date must be written as YYYY-MM-DD/],
      [['strategy', '--limit', '500'], /--limit must be a whole number from 1 to 100, not "500"\./],
      [[], /Say what to search for/],
    ];
    for (const [args, message] of cases) {
      const result = run(args.includes('--') ? args : [...args, '--data', dir]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stdout).toBe('');
    }
    const missing = run(['strategy', '--data', path.join(dir, 'nowhere')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('There is no Minutebook data in');
  });

  it('answers --help with its own usage', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: minutebook search "QUERY" \[--committee NAME\]/);
    for (const option of [
      '--committee NAME',
      '--from DATE',
      '--to DATE',
      '--kind K',
      '--public',
      '--limit N',
      '--json',
      '--data DIR',
    ]) {
      expect(help.stdout).toContain(option);
    }
  });

  it('only reads: it searches while the app has the folder open, and leaves the file as it was', async () => {
    const { dir } = await record();
    const file = path.join(dir, DATA_FILE_NAME);
    const before = readFileSync(file);
    expect(json(['strategy', '--data', dir]).hits.length).toBeGreaterThan(0);
    expect(readFileSync(file).equals(before)).toBe(true);

    // The app open on the folder, with a change saved since: found at once, no lock needed.
    const session = Session.open(dir, { holder: 'a test', backupEveryMs: 0, backgroundCheckAfterMs: -1 });
    try {
      const [committee] = (await ok<Committee[]>(session, 'committees.list', {})).filter(
        (c) => c.name === 'Planning Committee',
      );
      const meeting = await ok<{ id: string }>(session, 'meetings.create', {
        committeeId: committee!.id,
        date: '2025-01-09',
        startTime: '10:00',
      });
      await ok(session, 'items.create', {
        meetingId: meeting.id,
        title: 'Quarrington bypass',
        purpose: '',
        leadOfficerId: null,
        exempt: false,
        exemptParagraph: null,
      });
      expect(json(['Quarrington', '--data', dir]).hits).toMatchObject([{ date: '2025-01-09', kind: 'item' }]);
    } finally {
      await session.close();
    }
  });
});

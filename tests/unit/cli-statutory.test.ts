// The built `minutebook deadlines` and `minutebook due`, run as a user runs them: the calendar's
// worked examples counted by hand, and what is due in a data folder.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneOffSession } from '../../electron/cli/command';
import { openCore } from '../../electron/core';
import { Session } from '../../electron/session';
import type { DueList } from '../../shared/statutory';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';
import { executiveMeeting } from './statutoryFixture';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);

const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });

describe('minutebook deadlines', SLOW, () => {
  it('England, Thursday 13 April 2023: agenda by Mon 3 April (Wed 12, Tue 11, Thu 6, Wed 5, Tue 4), key decision notice by Wed 15 March, call-in to 5 pm Thu 20 April, effective Fri 21 April', () => {
    const result = run(['deadlines', '--date', '2023-04-13', '--nation', 'england']);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      'Meeting on Thursday 13 April 2023 (England)',
      '  Agenda and reports to be published by: Monday 3 April 2023',
      '    5 clear days, not counting weekends, bank holidays or closure days; Local Government Act 1972 s100B(3), five clear days since the Local Government (Access to Information) (Variation) Order 2002',
      '    Not counted: Friday 7 April 2023 (Good Friday), Monday 10 April 2023 (Easter Monday)',
      '  Notice of a key decision to be taken that day published by: Wednesday 15 March 2023',
      '    28 clear days, counting every calendar day; Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg 9',
      'Decision published on Thursday 13 April 2023',
      '  Call-in ends: 5.00 pm on Thursday 20 April 2023',
      '    5 working days after the day of publication',
      '  Effective from: Friday 21 April 2023, unless called in',
    ]);
  });

  it('Scotland, Thursday 28 December 2023, 8 days of call-in, as JSON: agenda by Wed 20 December (Wed 27, Fri 22, Thu 21), call-in to Thu 11 January (not Mon 1 or Tue 2), effective Fri 12', () => {
    const result = run([
      'deadlines',
      '--date',
      '2023-12-28',
      '--nation',
      'scotland',
      '--call-in-days',
      '8',
      '--json',
    ]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      agenda: { publishBy: string };
      callIn: { ends: string; effectiveFrom: string; callInDays: number };
      keyDecision?: unknown;
    };
    expect(report.agenda.publishBy).toBe('2023-12-20');
    expect(report.callIn).toMatchObject({ callInDays: 8, ends: '2024-01-11', effectiveFrom: '2024-01-12' });
    expect(report.keyDecision).toBeUndefined();
  });

  it('Wales, Wednesday 8 June 2022: agenda by Tue 31 May (not 2 or 3 June), note by Thu 16 June; Northern Ireland, Friday 14 July 2023: agenda by Fri 7 July (not 12 July)', () => {
    const wales = run(['deadlines', '--date', '2022-06-08', '--nation', 'wales']);
    expect(wales.stdout).toContain('  Agenda and reports to be published by: Tuesday 31 May 2022');
    expect(wales.stdout).toContain('  Note of the meeting to be published by: Thursday 16 June 2022');
    const ni = run(['deadlines', '--date', '2023-07-14', '--nation', 'NI']);
    expect(ni.stdout).toContain('  Agenda and reports to be published by: Friday 7 July 2023');
    expect(ni.stdout).toContain('check your standing orders');
  });

  it('refuses what it cannot answer, in words, with exit code 2; answers --help', () => {
    expect(run(['deadlines', '--date', '13/04/2023', '--nation', 'england'])).toMatchObject({
      status: 2,
      stderr: 'Give the date as --date YYYY-MM-DD, e.g. --date 2023-04-13.\n',
    });
    expect(run(['deadlines', '--date', '2023-04-13', '--nation', 'cornwall'])).toMatchObject({
      status: 2,
      stderr: 'Give the nation as --nation england|wales|scotland|ni.\n',
    });
    expect(
      run(['deadlines', '--date', '2023-04-13', '--nation', 'england', '--call-in-days', 'five']).status,
    ).toBe(2);
    const future = run(['deadlines', '--date', '2099-04-13', '--nation', 'england']);
    expect(future.status).toBe(2);
    expect(future.stderr).toContain('Bank holidays are known for 2000 to 2070');
    const help = run(['deadlines', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      'Usage: minutebook deadlines --date YYYY-MM-DD --nation england|wales|scotland|ni',
    );
    const general = run(['--help']).stdout;
    expect(general).toContain('minutebook deadlines --date YYYY-MM-DD');
    expect(general).toContain('minutebook due [--json]');
  });
});

describe('minutebook due', SLOW, () => {
  it('lists what is due in a data folder, as text and as JSON', async () => {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const { budgetDecision } = await executiveMeeting(core);
    await ok(core, 'decisionNotices.save', { decisionId: budgetDecision.id, publishedOn: '2023-04-13' });
    core.close();
    const text = run(['due', '--data', dir, '--today', '2023-04-18']);
    expect(text.status).toBe(0);
    expect(text.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        'Decision notices to publish (1)',
        '  Cabinet, Thursday 13 April 2023',
        '    One decision has no published decision notice.',
        'Call-in periods ending (1)',
        '    Call-in ends at 5.00 pm on Thursday 20 April 2023; effective from Friday 21 April 2023 unless called in. (2 days left)',
        'Minutes not yet drafted (1)',
      ]),
    );
    const json = run(['due', '--data', dir, '--today', '2023-04-18', '--json']);
    const list = JSON.parse(json.stdout) as DueList;
    expect(list.today).toBe('2023-04-18');
    expect(list.entries['call-ins']).toHaveLength(1);
    expect(run(['due', '--data', dir, '--today', 'tomorrow']).status).toBe(2);
    expect(run(['due', '--data', tempDir()])).toMatchObject({ status: 2 });
  });

  it('reads beside an app that has the folder open, as meetings and export do', async () => {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const { budgetDecision } = await executiveMeeting(core);
    await ok(core, 'decisionNotices.save', { decisionId: budgetDecision.id, publishedOn: '2023-04-13' });
    core.close();
    const app = Session.open(dir, { holder: 'browser mode', ...oneOffSession });
    try {
      const beside = run(['due', '--data', dir, '--today', '2023-04-18']);
      expect(beside.stderr).toBe('');
      expect(beside.status).toBe(0);
      expect(beside.stdout).toContain('Call-in periods ending (1)');
    } finally {
      await app.close();
    }
  });
});

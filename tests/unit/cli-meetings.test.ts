// `minutebook meetings` and reading beside a running app: the meetings with their ids, which
// `minutebook export` takes, and both commands working while browser mode has the folder open.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import type { Committee, Meeting } from '../../shared/domain';
import type { ListedMeeting } from '../../electron/cli/meetings';
import { readDocx } from './docx';
import { fullMeeting } from './exportFixture';
import { serving } from './serving';
import { PROCESS_TIMEOUT_MS, SLOW, ok, tempDir } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);

const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS });

/** The fixture's meeting (15 March 2021, with a public and an exempt item) and two more elsewhere. */
async function dataWithMeetings() {
  const dir = tempDir();
  const core = openCore(dir, { log: () => undefined });
  const f = await fullMeeting(core);
  const cabinet = await ok<Committee>(core, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: 'CAB{n}',
  });
  const later = await ok<Meeting>(core, 'meetings.create', {
    committeeId: cabinet.id,
    date: '2021-04-20',
    startTime: '10:00',
  });
  const earlier = await ok<Meeting>(core, 'meetings.create', {
    committeeId: f.committee.id,
    date: '2021-01-11',
    startTime: '14:00',
  });
  core.close();
  return { dir, f, later, earlier };
}

const listed = (result: ReturnType<typeof run>): ListedMeeting[] => {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as ListedMeeting[];
};

describe('minutebook meetings', SLOW, () => {
  it('every command answers --help with its own usage', () => {
    for (const command of ['start', 'serve', 'meetings', 'export', 'import']) {
      const help = run([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout.startsWith(`Usage: minutebook ${command}`)).toBe(true);
    }
    expect(run(['--help']).stdout).toContain('minutebook meetings [--committee NAME]');
  });

  it('lists meetings earliest first with ids and item ids, which export takes (a round trip)', async () => {
    const { dir, f, later, earlier } = await dataWithMeetings();
    const all = listed(run(['meetings', '--json', '--data', dir]));
    expect(all.map((m) => [m.id, m.date, m.committee])).toEqual([
      [earlier.id, '2021-01-11', f.committee.name],
      [f.meeting.id, '2021-03-15', f.committee.name],
      [later.id, '2021-04-20', 'Cabinet'],
    ]);
    const meeting = all[1]!;
    expect(meeting.items.map((item) => item.id)).toContain(f.publicItem.id);
    expect(meeting.items.find((item) => item.exempt)?.id).toBe(f.exemptItem.id);

    // The ids as printed are what export takes.
    const out = path.join(tempDir(), 'minutes.docx');
    const exported = run([
      'export',
      '--data',
      dir,
      '--meeting',
      meeting.id,
      '--kind',
      'minutes',
      '--out',
      out,
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect((await readDocx(readFileSync(out))).text).toContain(f.publicWording);
    const item = meeting.items.find((entry) => !entry.exempt && entry.id === f.publicItem.id)!;
    const report = path.join(path.dirname(out), 'report.docx');
    const reported = run([
      'export',
      ...['--data', dir, '--meeting', meeting.id, '--kind', 'report', '--item', item.id, '--out', report],
    ]);
    expect(reported.status).toBe(0);

    // By committee (enough of its name) and by dates, both ends included.
    const panel = listed(run(['meetings', '--json', '--data', dir, '--committee', 'scrutiny panel']));
    expect(panel.map((m) => m.id)).toEqual([earlier.id, f.meeting.id]);
    const spring = listed(
      run(['meetings', '--json', '--data', dir, '--from', '2021-03-15', '--to', '2021-04-20']),
    );
    expect(spring.map((m) => m.id)).toEqual([f.meeting.id, later.id]);

    // Printed for a person: committee, date and time, status, then the ids.
    const text = run(['meetings', '--data', dir, '--committee', 'CABINET']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Cabinet: Tuesday 20 April 2021, 10.00 am (Draft)\n  meeting ${later.id}`);
  });

  it('says what is wrong with the request', async () => {
    const { dir } = await dataWithMeetings();
    const unknown = run(['meetings', '--data', dir, '--committee', 'Planning']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim()).toBe(
      'No committee is called “Planning”. The committees are: “Adult Care and Well Being Overview and Scrutiny Panel”, “Cabinet”.',
    );
    const ambiguous = run(['meetings', '--data', dir, '--committee', 'a']);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('Several committees match “a”');
    const date = run(['meetings', '--data', dir, '--from', '15/03/2021']);
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('YYYY-MM-DD');
    const backwards = run(['meetings', '--data', dir, '--from', '2021-05-01', '--to', '2021-04-01']);
    expect(backwards.stderr.trim()).toBe('The first date must not be after the last.');
    const none = run(['meetings', '--data', path.join(tempDir(), 'nothing')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('There is no Minutebook data in');
  });
});

describe('reading while the app is open', SLOW, () => {
  it('export and meetings work while serve has the folder; a second serve is still refused', async () => {
    const { dir, f } = await dataWithMeetings();
    await serving(dir);
    const out = path.join(tempDir(), 'while-open.docx');
    const exported = run([
      'export',
      ...['--data', dir, '--meeting', f.meeting.id, '--kind', 'minutes', '--confidential', '--out', out],
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect((await readDocx(readFileSync(out))).text).toContain(f.secrets.minutes);
    expect(listed(run(['meetings', '--json', '--data', dir])).map((m) => m.id)).toContain(f.meeting.id);
    // Writing is still one copy at a time.
    const second = run(['serve', '--port', '0', '--data', dir]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('Minutebook is already open on this data folder');
  });
});

// The built `minutebook` command, run as a user runs it.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { DATA_FILE_NAME } from '../../electron/store/database';
import { latestVersion } from '../../electron/store/migrations';
import { openCore } from '../../electron/core';
import { readDocx } from './docx';
import { fullMeeting } from './exportFixture';
import { PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: PROCESS_TIMEOUT_MS,
  });

/** Starts a long-running command, returns its output up to the first line matching `until`, then stops it. */
function outputUntil(args: string[], until: RegExp, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`timed out; output so far:\n${output}`));
    }, PROCESS_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        child.once('exit', () => resolve(output));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
}

// Every test here starts the built command as a process (and `start` a server).
describe('the minutebook command', SLOW, () => {
  it('prints its version and its usage', () => {
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('minutebook serve [--port N] [--data DIR]');
  });

  it('an option given without its value is one line and the usage, not a stack trace', () => {
    const missing = run(['export', '--meeting', '--kind', 'minutes', '--data', tempDir()]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Option '--meeting' argument is ambiguous.");
    expect(missing.stderr).not.toMatch(/^\s+at /m);
    expect(missing.stderr).not.toContain('TypeError');
  });

  it('refuses an unknown command or a bad port with a message and a non-zero exit', () => {
    const unknown = run(['publish']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "publish"');
    const port = run(['serve', '--port', 'eighty', '--data', tempDir()]);
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port must be a whole number from 0 to 65535, not "eighty".');
  });

  it('refuses to serve a data file from a newer Minutebook, and leaves it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, DATA_FILE_NAME);
    const future = new Database(file);
    future.pragma(`user_version = ${latestVersion + 1}`);
    future.close();
    const before = readFileSync(file);
    const result = run(['serve', '--port', '0', '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('was written by a newer version of Minutebook');
    expect(result.stderr).toContain('The file has not been changed.');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('`start` says in one line why it runs browser mode when Electron cannot run, then serves', async () => {
    const output = await outputUntil(
      ['start', '--data', tempDir()],
      /running at http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]+#token=/,
      {
        DISPLAY: '',
        WAYLAND_DISPLAY: '',
        CI: '1',
      },
    );
    const lines = output.trim().split('\n');
    expect(lines[0]).toBe(
      'Minutebook is running in browser mode because there is no graphical display (DISPLAY is not set).',
    );
    expect(lines[1]).toMatch(
      /^Minutebook \(browser mode\) is running at http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]{22}#token=[\w-]{43}$/,
    );
  });
});

describe('why Electron could not start', () => {
  it('names the first error of a failed download, not its stack or Node’s banner', async () => {
    const { downloadFailure } = await import('../../electron/launcher');
    const stderr = [
      'Downloading Electron binary...',
      'TypeError: fetch failed',
      '/app/node_modules/electron/index.js:43',
      '      throw new Error(',
      'Error: Electron failed to install correctly. Please delete `node_modules/electron`.',
      '',
      'Node.js v20.20.2',
    ].join('\n');
    expect(downloadFailure(stderr)).toBe('fetch failed');
    expect(downloadFailure('Node.js v20.20.2')).toBeUndefined();
  });
});

describe('minutebook export', SLOW, () => {
  /** `minutebook export --data DIR --meeting ID` and the rest. */
  const exportWith = (dir: string, meetingId: string, ...rest: string[]) =>
    run(['export', '--data', dir, '--meeting', meetingId, ...rest]);
  async function dataWithMeeting() {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const f = await fullMeeting(core);
    core.close();
    return { dir, f };
  }

  it('writes the public minutes by default, the confidential ones when asked, and replaces an old file whole', async () => {
    const { dir, f } = await dataWithMeeting();
    const out = path.join(tempDir(), 'minutes.docx');
    writeFileSync(out, 'an old export');
    const first = exportWith(dir, f.meeting.id, '--kind', 'minutes', '--out', out);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe(
      `Wrote ${out} (Adult Care and Well Being Overview and Scrutiny Panel 2021-03-15 minutes (public)).`,
    );
    const publicText = (await readDocx(readFileSync(out))).text;
    expect(publicText).toContain(f.publicWording);
    expect(publicText).not.toContain(f.secrets.minutes);
    // No temporary file is left beside it.
    expect(readdirSync(path.dirname(out))).toEqual(['minutes.docx']);

    const secret = exportWith(dir, f.meeting.id, '--kind', 'minutes', '--confidential', '--out', out);
    expect(secret.status).toBe(0);
    expect((await readDocx(readFileSync(out))).text).toContain(f.secrets.minutes);

    const report = path.join(path.dirname(out), 'report.docx');
    const reported = exportWith(
      dir,
      f.meeting.id,
      '--kind',
      'report',
      '--item',
      f.publicItem.id,
      '--out',
      report,
    );
    expect(reported.status).toBe(0);
    expect((await readDocx(readFileSync(report))).text).toContain(
      'The Panel is to receive an update on the Strategy.',
    );
  });

  it('explains a target it cannot write, and leaves what was there and the data untouched', async () => {
    const { dir, f } = await dataWithMeeting();
    const before = readFileSync(path.join(dir, DATA_FILE_NAME));
    const folder = tempDir();
    writeFileSync(path.join(folder, 'keep.txt'), 'kept');
    // The target is a folder (as when a name is mistyped): refused, the folder as it was.
    const onFolder = exportWith(dir, f.meeting.id, '--kind', 'agenda', '--out', folder);
    expect(onFolder.status).toBe(1);
    expect(onFolder.stderr.trim()).toBe(`“${folder}” is a folder; give a file name ending in .docx.`);
    expect(readdirSync(folder)).toEqual(['keep.txt']);
    // The folder does not exist.
    const missing = path.join(folder, 'no such folder', 'agenda.docx');
    const noFolder = exportWith(dir, f.meeting.id, '--kind', 'agenda', '--out', missing);
    expect(noFolder.status).toBe(1);
    expect(noFolder.stderr.trim()).toBe(
      `The folder for “agenda.docx” does not exist: ${path.dirname(missing)}.`,
    );
    expect(readFileSync(path.join(dir, DATA_FILE_NAME)).equals(before)).toBe(true);
  });

  it('says what is wrong with the request before touching anything', async () => {
    const { dir, f } = await dataWithMeeting();
    const out = path.join(tempDir(), 'x.docx');
    const noOut = exportWith(dir, f.meeting.id, '--kind', 'minutes');
    expect(noOut.status).toBe(2);
    expect(noOut.stderr.trim()).toBe('Say where to write the document: --out FILE.docx');
    const both = exportWith(
      dir,
      f.meeting.id,
      '--kind',
      'minutes',
      '--public',
      '--confidential',
      '--out',
      out,
    );
    expect(both.stderr.trim()).toBe('Choose --public or --confidential, not both.');
    const kind = exportWith(dir, f.meeting.id, '--kind', 'letter', '--out', out);
    expect(kind.status).toBe(2);
    expect(kind.stderr.trim()).toBe('The document is one of: minutes, agenda, report.');
    const noItem = exportWith(dir, f.meeting.id, '--kind', 'report', '--out', out);
    expect(noItem.stderr.trim()).toBe('Say which item’s report to export.');
    const exemptReport = exportWith(
      dir,
      f.meeting.id,
      '--kind',
      'report',
      '--item',
      f.exemptItem.id,
      '--out',
      out,
    );
    expect(exemptReport.stderr.trim()).toBe(
      '“Award of the Home Care Contract” is exempt, so its report has no public version. Export it as confidential.',
    );
    const noData = run([
      'export',
      '--data',
      path.join(tempDir(), 'nothing'),
      '--meeting',
      f.meeting.id,
      '--kind',
      'minutes',
      '--out',
      out,
    ]);
    expect(noData.status).toBe(2);
    expect(noData.stderr).toContain('There is no Minutebook data in');
    expect(existsSync(out)).toBe(false);
  });
});

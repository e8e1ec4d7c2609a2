// The built `minutebook` command, run as a user runs it.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { DATA_FILE_NAME } from '../../electron/store/database';
import { latestVersion } from '../../electron/store/migrations';
import { tempDir } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 20_000,
  });

/** Starts a long-running command, returns its output up to the first line matching `until`, then stops it. */
function outputUntil(args: string[], until: RegExp, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`timed out; output so far:\n${output}`));
    }, 20_000);
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

describe('the minutebook command', () => {
  it('prints its version and its usage', () => {
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('minutebook serve [--port N] [--data DIR]');
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
      /running at http:\/\/127\.0\.0\.1:\d+\/#token=/,
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
      /^Minutebook \(browser mode\) is running at http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/,
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

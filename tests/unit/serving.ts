// `minutebook serve` on a data folder, for the tests of commands that run beside the app; stopped
// after each test.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach } from 'vitest';
import { PROCESS_TIMEOUT_MS } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');

let server: ChildProcess | undefined;
afterEach(() => {
  server?.kill('SIGTERM');
  server = undefined;
});

/** Starts `minutebook serve` on the folder and resolves once it is serving. */
export function serving(dir: string): Promise<void> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dir], {
    env: { ...process.env, CI: '1' },
  });
  server = child;
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), PROCESS_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/running at http/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

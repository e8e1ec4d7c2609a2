// The browser-mode server the hostile-input tests send things to (one for the whole file, started
// before its tests and stopped after them), calls to it, and the command line beside it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { AppInfo } from '../../shared/domain';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build (npm test does) first.`);

interface Server {
  child: ChildProcess;
  origin: string;
  token: string;
}

let server: Server;
/** The server's data folder, for files the tests write beside it. */
export let dataDir: string;

function startServer(dir: string): Promise<Server> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)\?launch=[\w-]+#token=([\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, origin: match[1]!, token: match[2]! });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** One API call on a connection of its own (no keep-alive to race the server closing an idle one). */
export function call<T>(method: string, input: unknown): Promise<Envelope<T>> {
  const body = JSON.stringify(input);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.origin}api/${method}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-minutebook-token': server.token,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope<T>);
          } catch {
            reject(new Error(`${method}: the reply is not JSON`));
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export async function value<T>(method: string, input: unknown): Promise<T> {
  const reply = await call<T>(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

/**
 * Sends `hostile`, and while it is still unanswered asks the server for app.info again and again.
 * Returns the hostile reply and how many of those other requests were answered before it.
 */
export async function meanwhile<T>(
  hostile: () => Promise<T>,
): Promise<{ reply: T; answeredMeanwhile: number }> {
  let done = false;
  let answeredMeanwhile = 0;
  const pending = hostile().finally(() => {
    done = true;
  });
  while (!done) {
    const info = await call<AppInfo>('app.info', {});
    if (!done && info.ok) answeredMeanwhile += 1;
  }
  return { reply: await pending, answeredMeanwhile };
}

/** The server's peak resident memory so far (Linux), in MB. */
export function peakMegabytes(): number | null {
  const status = `/proc/${server.child.pid}/status`;
  if (!existsSync(status)) return null;
  const kilobytes = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(status, 'utf8'))?.[1];
  return kilobytes ? Number(kilobytes) / 1024 : null;
}

export function runCli(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000 });
}

/** Starts the server before the file's tests and stops it after them. */
export function useServer(): void {
  beforeAll(async () => {
    // Not tempDir(): that is emptied after each test, and this folder lasts the whole file.
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'minutebook-hostile-'));
    server = await startServer(dataDir);
  }, 60_000);

  afterAll(async () => {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  });
}

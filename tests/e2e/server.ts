// Starts the real `minutebook serve` (the built command-line tool) on a data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cliPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/electron/cli.cjs',
);

export interface ServeProcess {
  launchUrl: string;
  origin: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export const newDataDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'minutebook-e2e-'));

export async function serve(dataDir: string): Promise<ServeProcess> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run npm run build first.`);
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`minutebook serve did not start:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]+#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`minutebook serve exited with ${code}:\n${output}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    launchUrl,
    origin: `${new URL(launchUrl).origin}/`,
    child,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}

/** Calls a running server's API from the test process (not a page), as a second window would. */
export function serverApi(running: ServeProcess) {
  const token = /token=([\w-]+)/.exec(running.launchUrl)![1]!;
  return async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${running.origin}api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Minutebook-Token': token },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!result.ok) throw new Error(result.error?.message);
    return result.value;
  };
}

// `minutebook start`: the desktop app when Electron's binary can be had, browser mode when not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronLookup = { ok: true; executable: string } | { ok: false; reason: string };

/**
 * Finds Electron's executable. Electron 45 fetches its binary the first time it is resolved;
 * that happens in a child process so that a failed download is one clear reason, not a stack trace.
 */
export function findElectron(env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no graphical display (DISPLAY is not set)' };
  }
  const require = createRequire(__filename);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const installed =
    existsSync(pathFile) && existsSync(path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8')));
  if (!installed) console.log('Fetching Electron’s binary (first launch only)…');
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: packageDir,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (probe.status !== 0 || !probe.stdout) {
    const cause = downloadFailure(`${probe.stderr ?? ''}`);
    return { ok: false, reason: `Electron’s binary could not be downloaded${cause ? ` (${cause})` : ''}` };
  }
  return { ok: true, executable: probe.stdout };
}

/** The first error line of a failed download (e.g. "fetch failed"), not its stack or Node's banner. */
export function downloadFailure(stderr: string): string | undefined {
  const line = stderr
    .split('\n')
    .map((text) => text.trim())
    .find((text) => /^(\w*Error|RequestError|HTTPError):/.test(text));
  return line?.replace(/^\w*Error: /, '').slice(0, 200);
}

/** Runs the desktop app and resolves with its exit code. */
export function runElectron(
  executable: string,
  appRoot: string,
  dataDir: string | undefined,
): Promise<number> {
  const args = [appRoot, ...(dataDir ? [`--data=${path.resolve(dataDir)}`] : [])];
  const child = spawn(executable, args, { stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

/** Opens the officer's own browser at the URL; failure is harmless, the URL is printed too. */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // The printed address is enough.
  }
}

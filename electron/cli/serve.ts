// `minutebook serve` and `minutebook start`: browser mode on 127.0.0.1, or the desktop app.
import path from 'node:path';
import { findElectron, openInBrowser, runElectron } from '../launcher';
import { existsSync } from 'node:fs';
import { dataFileIn } from '../paths';
import { startServer } from '../server';
import type { Session } from '../session';
import { storageWarnings } from '../storage';
import { claimDataFolder } from '../store/writerLock';
import { defineCommand } from './command';

// The built bundle lives in dist/electron; the renderer beside it, the package root two up.
const distDir = path.resolve(__dirname, '..');
const appRoot = path.resolve(distDir, '..');

export async function serve(dataDir: string, port: number, open: boolean): Promise<number> {
  const holder = 'browser mode';
  // Whatever can refuse the folder refuses it before the address is printed: another copy has it,
  // it cannot be written, and for a data file already there, anything its checks find (a newer
  // Minutebook's file). A new data file is made after the address, while the browser opens the page,
  // and so is the loading of what answers the API (the router and its contract); the API answers
  // once both are done, the page itself at once.
  const lock = claimDataFolder(dataDir, holder);
  const dataFile = dataFileIn(dataDir);
  const existing = existsSync(dataFile);
  const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const opening: Promise<Session> = existing
    ? Promise.resolve((await import('../session')).Session.withLock(dataDir, lock, { holder }))
    : nextTurn()
        .then(() => import('../session'))
        // A turn between loading and making the file, so that a page asked for meanwhile is sent.
        .then(async ({ Session }) => {
          await nextTurn();
          return Session.withLock(dataDir, lock, { holder });
        });
  // Its failure is answered below, once the address is out.
  opening.catch(() => undefined);
  const server = await startServer({
    router: {
      call: (method, input, caller) => opening.then((session) => session.router.call(method, input, caller)),
    },
    staticDir: path.join(distDir, 'renderer'),
    port,
  });
  console.log(`Minutebook (browser mode) is running at ${server.launchUrl}`);
  console.log(`Data file: ${dataFile}`);
  const damaged = existing ? (await opening).damaged : null;
  if (damaged) console.log(`${damaged.message} Open the page to restore the latest good backup.`);
  for (const warning of storageWarnings(dataDir)) console.log(`Warning: ${warning}`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');
  if (open) openInBrowser(server.launchUrl);
  return new Promise((resolve, reject) => {
    const stop = () => {
      void server
        .close()
        .then(() => opening)
        .then((session) => session.close())
        .then(
          () => resolve(0),
          // Stopped before a new data file could be made: there is only the lock to let go.
          () => {
            lock.release();
            resolve(0);
          },
        );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // A new data file that could not be made (a full disk): said as any refusal is, and the server stops.
    opening.catch((error: unknown) => {
      void server.close().then(() => {
        lock.release();
        reject(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
}

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'minutebook serve [--port N] [--data DIR] [--open]  browser mode on 127.0.0.1',
  usage: `Usage: minutebook serve [--port N] [--data DIR] [--open]

Serves Minutebook on 127.0.0.1 only (never on the network) and prints the address to open, with a
key that is new each time. Keep the window open while you work; Ctrl+C stops it.

  --port N     the port (default: any free one)
  --open       open the address in your web browser
  --data DIR   the folder holding minutebook.sqlite3`,
  options: { port: { type: 'string' }, open: { type: 'boolean' }, 'no-open': { type: 'boolean' } },
  run({ values, dataDir }) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`--port must be a whole number from 0 to 65535, not "${String(values.port)}".`);
      return Promise.resolve(2);
    }
    return serve(dataDir, port, values.open === true && values['no-open'] !== true);
  },
});

export const startCommand = defineCommand({
  name: 'start',
  summary:
    'minutebook start [--data DIR]                      the desktop app (browser mode if Electron cannot run)',
  usage: `Usage: minutebook start [--data DIR]

Opens the desktop app. Where Electron cannot run (its binary cannot be downloaded, or there is no
display), says so in one line and runs browser mode instead.

  --data DIR   the folder holding minutebook.sqlite3`,
  options: {},
  run({ values, dataDir }) {
    const electron = findElectron();
    if (electron.ok) return runElectron(electron.executable, appRoot, values.data as string | undefined);
    console.log(`Minutebook is running in browser mode because ${electron.reason}.`);
    return serve(dataDir, 0, !process.env.CI);
  },
});

// `minutebook serve` and `minutebook start`: browser mode on 127.0.0.1, or the desktop app.
import path from 'node:path';
import { findElectron, openInBrowser, runElectron } from '../launcher';
import { startServer } from '../server';
import { Session } from '../session';
import { defineCommand } from './command';

// The built bundle lives in dist/electron; the renderer beside it, the package root two up.
const distDir = path.resolve(__dirname, '..');
const appRoot = path.resolve(distDir, '..');

export async function serve(dataDir: string, port: number, open: boolean): Promise<number> {
  // Whatever can refuse the folder (another copy has it, a file from a newer Minutebook, no right
  // to write) refuses it here, before the address is printed. A new data file is made just after
  // (createLater), while the browser opens the page; the API answers once it is made.
  const session = Session.open(dataDir, { holder: 'browser mode', createLater: true });
  const server = await startServer({
    router: {
      call: (method, input, caller) =>
        session.opened.then(() => session.router.call(method, input, caller)),
    },
    staticDir: path.join(distDir, 'renderer'),
    port,
  });
  console.log(`Minutebook (browser mode) is running at ${server.launchUrl}`);
  console.log(`Data file: ${session.dataFile}`);
  if (session.damaged) {
    console.log(`${session.damaged.message} Open the page to restore the latest good backup.`);
  }
  for (const warning of session.info().warnings) console.log(`Warning: ${warning}`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');
  if (open) openInBrowser(server.launchUrl);
  return new Promise((resolve, reject) => {
    const stop = () => {
      void server
        .close()
        .then(() => session.close())
        .then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // A new data file that could not be made (a full disk): said as any refusal is, and the server stops.
    session.opened.catch((error: unknown) => {
      void server
        .close()
        .then(() => session.close())
        .then(() => reject(error instanceof Error ? error : new Error(String(error))));
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

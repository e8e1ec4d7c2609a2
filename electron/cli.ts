// The `minutebook` command: the same services as the desktop app, headless.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/result';
import { appVersion, openCore } from './core';
import { findElectron, openInBrowser, runElectron } from './launcher';
import { defaultDataDir } from './paths';
import { startServer } from './server';

const usage = `Minutebook ${appVersion}: minutes and agendas for council committees.

Usage:
  minutebook start [--data DIR]                      the desktop app (browser mode if Electron cannot run)
  minutebook serve [--port N] [--data DIR] [--no-open]  browser mode on 127.0.0.1
  minutebook --version

--data DIR   the folder holding minutebook.sqlite3 (default: ${defaultDataDir()})
`;

// The built bundle lives in dist/electron; the renderer beside it, the package root two up.
const distDir = path.resolve(__dirname, '..');
const appRoot = path.resolve(distDir, '..');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      open: { type: 'boolean' },
      'no-open': { type: 'boolean' },
      version: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.version) {
    console.log(appVersion);
    return 0;
  }
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  const dataDir = path.resolve(values.data ?? defaultDataDir());

  if (command === 'start') {
    const electron = findElectron();
    if (electron.ok) return runElectron(electron.executable, appRoot, values.data);
    console.log(`Minutebook is running in browser mode because ${electron.reason}.`);
    return serve(dataDir, 0, !process.env.CI);
  }
  if (command === 'serve') {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
      return 2;
    }
    return serve(dataDir, port, values.open === true && values['no-open'] !== true);
  }
  console.error(`Unknown command "${command}".\n\n${usage}`);
  return 2;
}

async function serve(dataDir: string, port: number, open: boolean): Promise<number> {
  const core = openCore(dataDir);
  const server = await startServer({ router: core.router, staticDir: path.join(distDir, 'renderer'), port });
  console.log(`Minutebook (browser mode) is running at ${server.launchUrl}`);
  console.log(`Data file: ${core.dataFile}`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');
  if (open) openInBrowser(server.launchUrl);
  return new Promise((resolve) => {
    const stop = () => {
      void server.close().then(() => {
        core.close();
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof AppError) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      console.error(`${error.message}\n\n${usage}`);
    else console.error(error);
    process.exit(1);
  },
);

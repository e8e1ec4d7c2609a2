// The `minutebook` command: the same services as the desktop app, headless. Each command is a file
// in electron/cli/ and answers `--help` with its own usage.
import pkg from '../package.json' with { type: 'json' };
import { exitCodes } from './cli/command';
import { runCli, type Commands } from './cli/run';
import { defaultDataDir } from './paths';

// Each command's module is loaded when it is run, so that a command starts without evaluating the
// others' code: `serve` prints its address before the router and its contract are loaded.
const commands: Commands = {
  start: async () => (await import('./cli/serve')).startCommand,
  serve: async () => (await import('./cli/serve')).serveCommand,
  meetings: async () => (await import('./cli/meetings')).meetingsCommand,
  export: async () => (await import('./cli/export')).exportCommand,
  import: async () => (await import('./cli/import')).importCommand,
  search: async () => (await import('./cli/search')).searchCommand,
  deadlines: async () => (await import('./cli/deadlines')).deadlinesCommand,
  due: async () => (await import('./cli/due')).dueCommand,
  'house-style': async () => (await import('./cli/houseStyle')).houseStyleCommand,
};

const appVersion: string = pkg.version;

/** The general usage, with every command's summary line. */
async function usage(): Promise<string> {
  const all = await Promise.all(Object.values(commands).map((load) => load()));
  return `Minutebook ${appVersion}: minutes and agendas for council committees.

Usage:
${all.map((command) => `  ${command.summary}`).join('\n')}
  minutebook COMMAND --help                          that command's own usage
  minutebook --version

--data DIR   the folder holding minutebook.sqlite3 (default: ${defaultDataDir()})

Exit codes (minutebook COMMAND --help says each command’s own):
${exitCodes}
`;
}

runCli(commands, usage, appVersion);

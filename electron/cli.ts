// The `minutebook` command: the same services as the desktop app, headless. Each command is a file
// in electron/cli/ and answers `--help` with its own usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/result';
import type { Command } from './cli/command';
import { commonOptions } from './cli/command';
import pkg from '../package.json' with { type: 'json' };
import { defaultDataDir } from './paths';

// Each command's module is loaded when it is run, so that a command starts without evaluating the
// others' code: `serve` prints its address before the router and its contract are loaded.
const commands: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./cli/serve')).startCommand,
  serve: async () => (await import('./cli/serve')).serveCommand,
  meetings: async () => (await import('./cli/meetings')).meetingsCommand,
  export: async () => (await import('./cli/export')).exportCommand,
  import: async () => (await import('./cli/import')).importCommand,
  search: async () => (await import('./cli/search')).searchCommand,
  deadlines: async () => (await import('./cli/deadlines')).deadlinesCommand,
  due: async () => (await import('./cli/due')).dueCommand,
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
`;
}

async function main(argv: string[]): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const load = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    if (argv.includes('--version')) {
      console.log(appVersion);
      return 0;
    }
    if (name) {
      console.error(`Unknown command "${name}".\n\n${await usage()}`);
      return 2;
    }
    console.log(await usage());
    return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  const command = await load();
  const { values, positionals } = parseArgs({
    args: argv.filter((arg) => arg !== name),
    allowPositionals: true,
    options: { ...commonOptions, ...command.options },
  });
  if (values.help) {
    console.log(command.usage);
    return 0;
  }
  const dataDir = path.resolve(typeof values.data === 'string' ? values.data : defaultDataDir());
  return command.run({ values, positionals, dataDir });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  async (error: unknown) => {
    if (error instanceof AppError) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      console.error(`${error.message}\n\n${await usage()}`);
    else console.error(error);
    process.exit(1);
  },
);

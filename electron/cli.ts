// The `minutebook` command: the same services as the desktop app, headless. Each command is a file
// in electron/cli/ and answers `--help` with its own usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/result';
import type { Command } from './cli/command';
import { commonOptions } from './cli/command';
import { deadlinesCommand } from './cli/deadlines';
import { dueCommand } from './cli/due';
import { exportCommand } from './cli/export';
import { importCommand } from './cli/import';
import { meetingsCommand } from './cli/meetings';
import { searchCommand } from './cli/search';
import { serveCommand, startCommand } from './cli/serve';
import { appVersion } from './core';
import { defaultDataDir } from './paths';

const commands: Command[] = [
  startCommand,
  serveCommand,
  meetingsCommand,
  exportCommand,
  importCommand,
  searchCommand,
  deadlinesCommand,
  dueCommand,
];

const usage = `Minutebook ${appVersion}: minutes and agendas for council committees.

Usage:
${commands.map((command) => `  ${command.summary}`).join('\n')}
  minutebook COMMAND --help                          that command's own usage
  minutebook --version

--data DIR   the folder holding minutebook.sqlite3 (default: ${defaultDataDir()})
`;

async function main(argv: string[]): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    if (argv.includes('--version')) {
      console.log(appVersion);
      return 0;
    }
    if (name) {
      console.error(`Unknown command "${name}".\n\n${usage}`);
      return 2;
    }
    console.log(usage);
    return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
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
  (error: unknown) => {
    if (error instanceof AppError) console.error(error.message);
    else if (error instanceof Error && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      console.error(`${error.message}\n\n${usage}`);
    else console.error(error);
    process.exit(1);
  },
);

// The `minutebook` command: the same services as the desktop app, headless. Each command is a file
// in electron/cli/ and answers `--help` with its own usage.
import type { Command } from './cli/command';
import { deadlinesCommand } from './cli/deadlines';
import { dueCommand } from './cli/due';
import { exportCommand } from './cli/export';
import { importCommand } from './cli/import';
import { meetingsCommand } from './cli/meetings';
import { runCli } from './cli/run';
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

runCli(commands, usage, appVersion);

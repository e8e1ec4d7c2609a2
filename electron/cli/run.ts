// Running the command line: the command named in the arguments, its options parsed, its exit code
// the process's. electron/cli.ts runs it over every command; electron/cli/exportMain.ts over
// `export` alone, which the built `minutebook` starts for that command so as to load no other.
// Each command's module is loaded only when it is run (or when the general usage lists them all).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/result';
import { defaultDataDir } from '../paths';
import { commonOptions, helpOf, type Command } from './command';

/** Each command by name, loaded when it is run. */
export type Commands = Record<string, () => Promise<Command>>;

async function main(
  argv: string[],
  commands: Commands,
  usage: () => Promise<string>,
  version: string,
): Promise<number> {
  const name = argv.find((arg) => !arg.startsWith('-'));
  const load = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    if (argv.includes('--version')) {
      console.log(version);
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
    console.log(helpOf(command));
    return 0;
  }
  const dataDir = path.resolve(typeof values.data === 'string' ? values.data : defaultDataDir());
  return command.run({ values, positionals, dataDir });
}

/** Runs the command the process was started with, and exits with its code. */
export function runCli(commands: Commands, usage: () => Promise<string>, version: string): void {
  main(process.argv.slice(2), commands, usage, version).then(
    (code) => process.exit(code),
    async (error: unknown) => {
      if (error instanceof AppError) console.error(error.message);
      else if (
        error instanceof Error &&
        'code' in error &&
        typeof error.code === 'string' &&
        error.code.startsWith('ERR_PARSE_ARGS_')
      ) {
        // An unknown option, or one given without its value: what is wrong in one line, then how to
        // call it, never Node's stack.
        console.error(`${error.message.split('\n')[0]}\n\n${await usage()}`);
        process.exit(2);
      } else console.error(error);
      process.exit(1);
    },
  );
}

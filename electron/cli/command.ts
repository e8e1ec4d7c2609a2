// One `minutebook` command: its name, a line for the general usage, its own usage for `--help`, the
// options it takes, and what it does. The command line (electron/cli.ts) dispatches to these.
import type { ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** What every command is given: its own parsed options and words, and the data folder. */
export interface Invocation<V> {
  values: V;
  /** The words after the command's name (a file to import, say). */
  positionals: string[];
  /** The folder holding minutebook.sqlite3 (--data DIR, or the default). */
  dataDir: string;
}

export interface Command<O extends Options = Options> {
  name: string;
  /** The lines the general usage shows for it. */
  summary: string;
  /** What `minutebook NAME --help` prints. */
  usage: string;
  options: O;
  /** What its exit codes mean, as `--help` prints them under "Exit codes:"; else exitCodes below. */
  exitCodes?: string;
  /** Resolves to the exit code: 0 done, 2 refused for what was asked, 1 failed. */
  run(invocation: Invocation<Record<string, string | boolean | undefined>>): Promise<number>;
}

/** What every command's exit code means, unless the command says its own (`import` does). */
export const exitCodes = `  0  done
  1  failed: a command that writes found the data folder open in Minutebook (close it first),
     the data file is damaged, the disk is full, or something else went wrong (the message says
     what)
  2  refused as asked, and nothing done: an unknown command or option, an option without its
     value, no Minutebook data in the folder, a value Minutebook does not take (the message
     says which, and how to give it)`;

/** `--help`'s text: the command's usage and what its exit codes mean. */
export const helpOf = (command: Pick<Command, 'usage' | 'exitCodes'>): string =>
  `${command.usage}\n\nExit codes:\n${command.exitCodes ?? exitCodes}`;

/** Said where a dry run is given --council, which it does not set (it writes nothing). */
export const councilNotSetInDryRun = 'Note: --council was not set: a dry run writes nothing.';

/** The options every command takes. */
export const commonOptions = {
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** A one-off session for a command that works on the data folder, closed when the work is done. */
export const oneOffSession = { backgroundCheckAfterMs: -1, backupEveryMs: 0, log: () => undefined } as const;

export const defineCommand = <O extends Options>(command: Command<O>): Command => command;

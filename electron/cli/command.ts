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
  /** Resolves to the exit code: 0 done, 2 refused for what was asked, 1 failed. */
  run(invocation: Invocation<Record<string, string | boolean | undefined>>): Promise<number>;
}

/** The options every command takes. */
export const commonOptions = {
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/** A one-off session for a command that works on the data folder, closed when the work is done. */
export const oneOffSession = { backgroundCheckAfterMs: -1, backupEveryMs: 0, log: () => undefined } as const;

export const defineCommand = <O extends Options>(command: Command<O>): Command => command;

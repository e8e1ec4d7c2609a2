// What a handler is given besides its input: the open database, the data file, the running session's
// backups and recovery, and what the transport knows of the caller (the window a call comes from, and
// in the desktop app a way to ask where to save a file). The router (router.ts) builds one per call.
import type { MethodName, Methods, MethodOutput, ParsedInput } from '../../shared/api';
import type { AppInfo, BackupFile } from '../../shared/domain';
import type { ApiResult } from '../../shared/result';
import type { Db } from '../store/database';

/** Asks the officer where to save a file, offering a name; resolves undefined when they cancel. */
export type ChooseFile = (suggestedName: string) => Promise<string | undefined>;

/** Who is calling, as the transport knows it. */
export interface Caller {
  /**
   * The window the call comes from ("desktop:3", "browser:<the page's own id>"): a run of saves to
   * one part of the record from one window is one entry in the audit trail.
   */
  window?: string;
  /** The desktop app's save dialog, parented to the window that asked (none in browser mode). */
  chooseFile?: ChooseFile;
}

/** What the API's backup and recovery methods do: the running session (none in the CLI's one-off uses). */
export interface SessionControl {
  info(): Pick<AppInfo, 'warnings' | 'recovery' | 'notices' | 'checking'>;
  backupNow(): Promise<BackupFile>;
  listBackups(): { folder: string; backups: BackupFile[] };
  restore(id: string): Promise<{ restoredFrom: string; savedAs: string | null }>;
  startAfresh(): Promise<{ savedAs: string }>;
}

export interface Context {
  db: Db;
  dataFile: string;
  version: string;
  session?: SessionControl;
  caller: Caller;
}

/** In recovery mode (the data file damaged) there is no database: only methods marked inRecovery run. */
export interface RecoveryContext extends Omit<Context, 'db'> {
  db: null;
}

/** The handler of a method that answers in recovery mode is given either context. */
type ContextFor<M extends MethodName> = Methods[M] extends { inRecovery: true }
  ? Context | RecoveryContext
  : Context;

/** A mutation answers at once, inside its transaction; a query or task may take its time. */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: ContextFor<M>,
) => MethodOutput<M> | (Methods[M]['kind'] extends 'query' | 'task' ? Promise<MethodOutput<M>> : never);
export type Handlers = { [M in MethodName]: Handler<M> };

export interface Router {
  call(method: string, input: unknown, caller?: Caller): Promise<ApiResult<unknown>>;
}

export interface RouterOptions {
  /** Where unexpected failures are reported (the officer sees a short message). */
  log?: (message: string, error: unknown) => void;
  /** Told of each mutation that committed (the session backs up only when something changed). */
  onCommitted?: (method: MethodName) => void;
}

/** What the router runs against at the moment of a call: the open data, recovery, or nothing. */
export type RouterState =
  | { mode: 'open'; ctx: Omit<Context, 'caller'> }
  | { mode: 'recovery'; problem: string; ctx: Omit<RecoveryContext, 'caller'> }
  | { mode: 'closing' };

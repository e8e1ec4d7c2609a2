// One running Minutebook on one data folder, as the desktop app and browser mode both run it: the
// writer lock, the database and its router, automatic backups, and the recovery mode used when the
// data file cannot be opened. The transports only ever see `session.router`.
import type { AppInfo, BackupFile, DataNotice } from '../shared/domain';
import { AppError } from '../shared/result';
import type { Router, RouterOptions, RouterState, SessionControl } from './api/context';
import { handlers } from './api/handlers';
import { createRouter } from './api/router';
import { appVersion, openCore, type Core } from './core';
import { dataFileIn } from './paths';
import { storageWarnings } from './storage';
import {
  backUp,
  backupPath,
  damagedName,
  latestGoodBackup,
  listBackups,
  moveAside,
  backupDirOf,
  putBackupInPlace,
} from './store/backups';
import { DamagedDatabase } from './store/integrity';
import { rebuildSearchIndex } from './store/search';
import { claimDataFolder, type WriterLock } from './store/writerLock';
import { runWorker, WorkerStopped } from './workers/runWorker';
import type { IntegrityCheckJob, IntegrityCheckResult } from './workers/integrity.worker';

export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface SessionOptions extends RouterOptions {
  /** Who holds the lock, for the message a second copy shows ("browser mode", "the desktop app"). */
  holder: string;
  /** Automatic backups every so often while there are changes (default 15 minutes); 0: none. */
  backupEveryMs?: number;
  /**
   * How long after opening the background checks start (default 2 s, so the window is up first):
   * the search index always, and SQLite's full check of a large file. Negative: never (the command
   * line's one-off uses).
   */
  backgroundCheckAfterMs?: number;
}

interface BackgroundCheck {
  running: boolean;
  /** SQLite's full check is part of it (app.info says "checking" only then). */
  full: boolean;
  stop: AbortController;
  done: Promise<void>;
}

export class Session implements SessionControl {
  readonly dataFile: string;
  readonly router: Router;
  private core: Core | null = null;
  private problem: DamagedDatabase | null = null;
  private changed = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly warnings: string[];
  private closed = false;
  /** Things found since opening that the officer must hear of (see AppInfo.notices). */
  private notices: { message: string; backup?: BackupFile | null }[] = [];
  private check: BackgroundCheck | null = null;

  /**
   * Takes the lock and opens the data. Throws, with nothing opened or changed, when another copy has
   * the folder ('locked'), the file is from a newer Minutebook ('database_too_new'), or the folder
   * cannot be used: read-only ('read_only'), a full disk ('disk_full'), a folder where the data
   * file should be ('invalid_input').
   */
  static open(dataDir: string, options: SessionOptions): Session {
    return Session.withLock(dataDir, claimDataFolder(dataDir, options.holder), options);
  }

  /**
   * As open, with the folder's writer lock already taken (claimDataFolder): browser mode takes it
   * before it prints its address and opens a new data file after. The lock is let go if this throws.
   */
  static withLock(dataDir: string, lock: WriterLock, options: SessionOptions): Session {
    try {
      return new Session(dataDir, lock, options);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  private constructor(
    readonly dataDir: string,
    private readonly lock: WriterLock,
    private readonly options: SessionOptions,
  ) {
    this.dataFile = dataFileIn(dataDir);
    this.warnings = storageWarnings(dataDir);
    // The one router, over whatever is open now: the data, or recovery mode while it is damaged.
    this.router = createRouter(handlers, () => this.routerState(), {
      ...options,
      onCommitted: () => {
        this.changed = true;
      },
    });
    this.openData();
    const every = options.backupEveryMs ?? BACKUP_INTERVAL_MS;
    if (every > 0) {
      this.timer = setInterval(() => void this.backupIfChanged(), every);
      this.timer.unref();
    }
  }

  /** The open database's core, or null in recovery mode. */
  get current(): Core | null {
    return this.core;
  }

  get damaged(): DamagedDatabase | null {
    return this.problem;
  }

  private openData(): void {
    this.stopCheck();
    this.notices = [];
    try {
      this.core = openCore(this.dataDir, { ...this.options, session: this });
      this.problem = null;
    } catch (error) {
      if (!(error instanceof DamagedDatabase)) throw error;
      this.core = null;
      this.problem = error;
      return;
    }
    const { damagedLog, fullCheckPending } = this.core.findings;
    if (damagedLog) {
      this.notices.push({
        message: `The data file’s log of recent changes was damaged, so Minutebook could apply it only up to the damage: changes made shortly before Minutebook last stopped may be missing (${damagedLog.droppedCommits} saved change${damagedLog.droppedCommits === 1 ? '' : 's'} could not be read). A copy of the log is kept beside the data file as ${damagedLog.keptAs}. If something is missing, the latest good backup may have it.`,
      });
    }
    const after = this.options.backgroundCheckAfterMs ?? 2000;
    if (after >= 0) this.startCheck(after, fullCheckPending);
  }

  /**
   * The checks after opening, in a worker, once the window is up: the search index (rebuilt here
   * if it is found damaged), and SQLite's full check of a file too large to check before opening.
   */
  private startCheck(afterMs: number, full: boolean): void {
    const stop = new AbortController();
    let finished = () => {};
    const check: BackgroundCheck = {
      running: true,
      full,
      stop,
      done: new Promise<void>((resolve) => (finished = resolve)),
    };
    this.check = check;
    const log = this.options.log ?? console.error;
    const file = this.dataFile;
    const timer = setTimeout(() => {
      runWorker<IntegrityCheckResult>(
        'integrity',
        { file, full } satisfies IntegrityCheckJob,
        { memoryMb: 256, timeoutMs: 30 * 60 * 1000 },
        stop.signal,
      )
        .then(
          ({ problem, searchIndex }) => {
            if (this.check !== check) return;
            if (problem) {
              this.notices.push({
                message: `Minutebook’s check of the data file found damage: ${problem} What you type is still being saved where the file is sound, but the file may not open next time. Restore the latest good backup (what is there now is kept as a backup first), or copy the data folder somewhere safe and ask your IT team for help.`,
              });
            }
            if (searchIndex && !searchIndex.ok && this.core) {
              // Built afresh from the record, in one transaction on the writer connection: the rows it
              // is made from are sound, so nothing is lost, and the officer need not be told.
              log(`Minutebook: the search index was damaged (${searchIndex.problem}); rebuilding it`, null);
              rebuildSearchIndex(this.core.db);
            }
          },
          (error: unknown) => {
            if (error instanceof WorkerStopped && error.reason === 'cancelled') return;
            log('Minutebook: the background check could not run', error);
          },
        )
        .catch((error: unknown) => log('Minutebook: the search index could not be rebuilt', error))
        .finally(() => {
          check.running = false;
          finished();
        });
    }, afterMs);
    timer.unref();
    stop.signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        check.running = false;
        finished();
      },
      { once: true },
    );
  }

  /** Resolves once the checks after opening have finished (or were stopped); at once if none are due. */
  checksDone(): Promise<void> {
    return this.check?.done ?? Promise.resolve();
  }

  private stopCheck(): void {
    this.check?.stop.abort();
    this.check = null;
  }

  private routerState(): RouterState {
    if (this.closed) return { mode: 'closing' };
    const base = { dataFile: this.dataFile, version: appVersion, session: this };
    if (this.core) return { mode: 'open', ctx: { ...base, db: this.core.db } };
    return { mode: 'recovery', problem: this.problem!.message, ctx: { ...base, db: null } };
  }

  info(): Pick<AppInfo, 'warnings' | 'recovery' | 'notices' | 'checking'> {
    return {
      warnings: this.warnings,
      recovery: this.problem
        ? { problem: this.problem.message, latestGoodBackup: latestGoodBackup(this.dataDir) ?? null }
        : null,
      notices: this.notices.map((notice): DataNotice => {
        // Found once, when first shown: checking a backup reads all of it.
        notice.backup ??= latestGoodBackup(this.dataDir) ?? null;
        return { message: notice.message, latestGoodBackup: notice.backup };
      }),
      // Only the full check can find damage the officer must act on; the index's is silent.
      checking: (this.check?.running && this.check.full) ?? false,
    };
  }

  listBackups() {
    return { folder: backupDirOf(this.dataDir), backups: listBackups(this.dataDir) };
  }

  async backupNow(): Promise<BackupFile> {
    if (!this.core) throw new AppError('damaged', 'There is no open data file to back up.');
    const changedBefore = this.changed;
    this.changed = false;
    try {
      return await backUp(this.core.db, this.dataDir);
    } catch (error) {
      this.changed ||= changedBefore;
      throw error;
    }
  }

  /** The 15-minute backup: only when something has changed since the last one. */
  async backupIfChanged(): Promise<void> {
    if (!this.changed || !this.core) return;
    try {
      await this.backupNow();
    } catch (error) {
      (this.options.log ?? console.error)('Minutebook: automatic backup failed', error);
    }
  }

  async restore(id: string): Promise<{ restoredFrom: string; savedAs: string | null }> {
    const source = backupPath(this.dataDir, id);
    let savedAs: string | null;
    this.stopCheck();
    if (this.core) {
      // The file as it is now, kept as a backup of its own before anything is replaced; or, when it
      // is damaged (the background check found it so, and its copy fails the same check), kept as
      // it is, moved aside.
      let aside: string | null = null;
      try {
        savedAs = (await backUp(this.core.db, this.dataDir, { kind: 'before restore' })).id;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'damaged')) throw error;
        aside = damagedName(this.dataFile);
        savedAs = aside;
      }
      this.core.close();
      this.core = null;
      putBackupInPlace(this.dataFile, source, aside);
    } else {
      savedAs = damagedName(this.dataFile);
      putBackupInPlace(this.dataFile, source, savedAs);
    }
    this.changed = false;
    this.openData();
    if (this.problem) throw this.problem;
    return { restoredFrom: id, savedAs };
  }

  startAfresh(): Promise<{ savedAs: string }> {
    if (this.core || !this.problem) {
      return Promise.reject(
        new AppError('conflict', 'The data file is not damaged; there is nothing to set aside.'),
      );
    }
    const savedAs = damagedName(this.dataFile);
    moveAside(this.dataFile, savedAs);
    this.openData();
    if (this.problem) return Promise.reject(this.problem);
    return Promise.resolve({ savedAs });
  }

  /** On quit: a last backup if anything changed, then the database and the lock are let go. */
  async close(): Promise<void> {
    if (this.closed) return;
    clearInterval(this.timer);
    this.stopCheck();
    await this.backupIfChanged();
    this.closed = true;
    this.core?.close();
    this.core = null;
    this.lock.release();
  }
}

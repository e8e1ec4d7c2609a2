// Autosave for what the officer types (an item's minutes, a decision, a report…). No save button.
// Saving has a ceiling, not only a pause: the first change is written at once, and while changes
// keep coming the newest is written at most `intervalMs` after the previous write began, so what is
// typed reaches the disk within about half a second even when the officer never stops typing. Never
// more than one write in flight; the newest text always wins. "Saved" is reported only after the
// commit returned. A failure that a retry can mend (busy, disk full, the server not answering) is
// retried with backoff; one that no retry can mend (approved minutes, invalid input, another
// window's change) stops, keeps the text on screen and says what to do. Told that another window
// saved a newer version (outdated), it never says "Saved" next to the older text: with nothing
// unsent, it says so until the screen shows the newer text (rebase); with something unsent, the
// write over the older version is refused as a conflict, as any other is.
import type { ErrorCode } from '../../shared/result';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** Another window saved a newer version, and what is on screen is the older one. */
  | { kind: 'outdated'; reason: string }
  | {
      kind: 'failed';
      reason: string;
      /** Another window changed it: nothing more is written from here. */
      conflict: boolean;
      /** A transient failure: the same text is written again shortly. */
      retrying: boolean;
      /** What was typed is kept on the server, apart from the record (a conflict, approved minutes). */
      kept?: boolean;
    };

/** Writes a value over `baseVersion` and returns the new version (0 and 1 where there is no versioning). */
export type SaveValue<T> = (value: T, baseVersion: number) => Promise<{ version: number }>;

/** Why saving stopped, where what is typed can still be kept (the server keeps it, apart from the record). */
export type KeptReason = 'conflict' | 'approved';
/** Keeps what was typed after saving stopped, so it is offered again whatever becomes of the window. */
export type KeepValue<T> = (value: T, reason: KeptReason) => Promise<unknown>;

/** The button that shows the minutes as saved with what was kept beside them (ItemMinutesView). */
export const SHOW_CURRENT = 'Show the current minutes';

/**
 * Why saving stopped and what is typed is kept, in one sentence with one thing to do: said in place
 * of the refusal (whose "copy it, then reload" is for what nothing keeps), while it is being kept,
 * then once it is.
 */
export const keptNote = (reason: KeptReason, kept: boolean): string => {
  const why =
    reason === 'conflict'
      ? 'These minutes were changed in another window first'
      : 'These minutes have been approved';
  return kept
    ? `${why}, so what you typed here is kept apart from them: choose ‘${SHOW_CURRENT}’ to see the two side by side.`
    : `${why}, so what you typed here is being kept apart from them…`;
};

/** Said once what could not be saved (another window's change first) is kept. */
export const KEPT_NOTE = keptNote('conflict', true);

interface Options<T> {
  /** Wait after a first change before writing, so a burst made at once is one write (default 0). */
  delayMs?: number;
  /** Least time between the starts of two writes while changes keep coming (default 250 ms). */
  intervalMs?: number;
  /** First wait before retrying a transient failure; doubled each time up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** The clock, for tests with fake timers. */
  now?: () => number;
  /** Where what is typed goes once saving has stopped for another window's change or approval. */
  keep?: KeepValue<T>;
  /** Least time between two keeps while the officer types on after saving stopped (default 1 s). */
  keepMs?: number;
  /** Told of each version this window's saves made (to tell the other windows). */
  onSaved?: (version: number) => void;
  /**
   * Told when another window's newer version is known and nothing typed here is unsent: the screen
   * may now show the newer text, and then calls rebase().
   */
  onBehind?: () => void;
  /** Said meanwhile, in place of "Saved" (default: reload to see it). */
  behindNote?: string;
}

/** Said while the screen shows an older version than another window saved, by default. */
export const BEHIND_NOTE = 'Changed in another window: reload to see the newer text.';

/** Failures that writing the same text again cannot mend. */
const finalCodes: ReadonlySet<ErrorCode> = new Set([
  'approved',
  'conflict',
  'invalid_input',
  'not_found',
  'unknown_method',
  'unauthorised',
  'damaged',
  'database_too_new',
  'locked',
]);

/** Codes after which nothing more is written from this window, whatever is typed next. */
const haltingCodes: ReadonlySet<ErrorCode> = new Set([
  'approved',
  'conflict',
  'not_found',
  'unauthorised',
  'damaged',
  'database_too_new',
  'locked',
]);

const codeOf = (error: unknown): ErrorCode | undefined => (error as { code?: ErrorCode } | null)?.code;

export class Autosaver<T> {
  private version: number;
  private pending: T | null = null;
  private inFlight = false;
  /** Values handed off as the page went away, not yet acknowledged (the version they expect). */
  private handedOff = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private state: SaveState = { kind: 'saved' };
  private halted = false;
  /** A value refused as invalid: not written again until something newer is typed. */
  private refused: T | null = null;
  private retryDelay: number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private readonly now: () => number;
  private waiters: (() => void)[] = [];
  private readonly keep: KeepValue<T> | undefined;
  private readonly keepMs: number;
  /** Saving stopped for a reason whose text the server keeps: what is typed since is kept too. */
  private keepReason: KeptReason | null = null;
  private keepTimer: ReturnType<typeof setTimeout> | undefined;
  private keeping: Promise<void> | null = null;
  /** The newest version another window is known to have saved (0: none newer than this one's). */
  private behind = 0;
  private readonly onSaved: ((version: number) => void) | undefined;
  private readonly onBehind: (() => void) | undefined;
  private readonly behindNote: string;

  constructor(
    version: number,
    private readonly save: SaveValue<T>,
    private readonly onState: (state: SaveState) => void,
    options: Options<T> = {},
  ) {
    this.version = version;
    this.delayMs = options.delayMs ?? 0;
    this.intervalMs = options.intervalMs ?? 250;
    this.retryMs = options.retryMs ?? 1000;
    this.maxRetryMs = options.maxRetryMs ?? 15_000;
    this.retryDelay = this.retryMs;
    this.now = options.now ?? (() => Date.now());
    this.keep = options.keep;
    this.keepMs = options.keepMs ?? 1000;
    this.onSaved = options.onSaved;
    this.onBehind = options.onBehind;
    this.behindNote = options.behindNote ?? BEHIND_NOTE;
  }

  /** The version what is on screen was saved as, or is being saved over. */
  savedVersion(): number {
    return this.version;
  }

  /** Nothing typed is waiting or in flight, and saving has not stopped. */
  idle(): boolean {
    return !this.hasUnsaved() && !this.halted;
  }

  /**
   * Another window saved `version` (it said so, or the server did when asked). With nothing unsent
   * here, the screen is told (onBehind) and "Saved" is not said until it shows that version; with
   * something unsent, its write goes over the older version and is refused as a conflict.
   */
  outdated(version: number): void {
    if (version <= this.version || this.halted) return;
    this.behind = Math.max(this.behind, version);
    this.checkBehind();
  }

  /**
   * The screen now shows version `version`, read from the server while nothing was unsent: saves
   * go over it from now. `newest`: no news came while it was read, so it is the newest there is
   * (news of a version the server does not have, after a backup was restored, is forgotten).
   * False (and nothing changed) if something was typed meanwhile.
   */
  rebase(version: number, newest = false): boolean {
    if (!this.idle()) return false;
    this.version = Math.max(this.version, version);
    if (newest || this.behind <= this.version) {
      this.behind = 0;
      this.setState({ kind: 'saved' });
    } else {
      this.checkBehind();
    }
    return true;
  }

  private checkBehind(): void {
    if (this.behind <= this.version) {
      this.behind = 0;
      return;
    }
    if (!this.idle()) return;
    if (this.state.kind !== 'outdated') this.setState({ kind: 'outdated', reason: this.behindNote });
    this.onBehind?.();
  }

  /** Something changed: keep the newest value and write it within the ceiling. */
  change(value: T): void {
    this.pending = value;
    this.refused = null;
    if (this.halted) {
      this.scheduleKeep();
      return;
    }
    if (this.state.kind !== 'failed' || !this.state.retrying) this.setState({ kind: 'unsaved' });
    // A retry already waiting keeps its backoff; otherwise write as soon as the ceiling allows.
    if (this.state.kind === 'failed') return;
    this.scheduleWrite();
  }

  /** True while something typed has not been acknowledged as committed. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight || this.handedOff > 0;
  }

  /** Why what is on screen cannot be saved from here, or null: for the "leave page?" question. */
  stuck(): string | null {
    return this.halted && this.pending !== null && this.state.kind === 'failed' ? this.state.reason : null;
  }

  /**
   * Saves now (leaving the item or screen): resolves once everything typed so far is acknowledged, or
   * has failed.
   */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.keepable()) return this.keepNow();
    const settled = new Promise<void>((resolve) => {
      if (!this.hasUnsaved() || this.halted) resolve();
      else this.waiters.push(resolve);
    });
    void this.write();
    return settled;
  }

  /**
   * The page is going away (reload, closing the tab or window): what is pending is sent now rather
   * than when the ceiling allows. The API client sends saves in requests that outlive the page (a
   * keepalive request, or the desktop bridge), so a write already in flight is committed by the
   * server even if its answer never arrives here; what was typed since is sent beside it, over the
   * version that write will leave. Returns false if something typed cannot be sent from here.
   */
  handOff(): boolean {
    if (this.pending === null) return true;
    if (this.keepable()) {
      void this.keepNow(true);
      return true;
    }
    if (this.halted || this.refused === this.pending) return false;
    if (!this.busy()) {
      void this.write();
      return true;
    }
    const value = this.pending;
    this.pending = null;
    this.handedOff += 1;
    this.save(value, this.version + this.handedOff).then(
      ({ version }) => {
        this.handedOff -= 1;
        this.acknowledged(version);
      },
      (error: unknown) => {
        // The page stayed after all: the text goes back to be written the ordinary way.
        this.handedOff -= 1;
        this.pending ??= value;
        this.fail(error);
        this.settle();
      },
    );
    return true;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Saving has stopped, and what is typed can be kept instead. */
  private keepable(): boolean {
    return this.halted && this.keepReason !== null && this.keep !== undefined && this.pending !== null;
  }

  private scheduleKeep(): void {
    if (!this.keepable() || this.keepTimer !== undefined) return;
    this.keepTimer = setTimeout(() => {
      this.keepTimer = undefined;
      void this.keepNow();
    }, this.keepMs);
  }

  /**
   * Sends what is pending to be kept: one keep at a time, so the newest text arrives last, except as
   * the page goes away (`atOnce`), when there is no later.
   */
  private keepNow(atOnce = false): Promise<void> {
    clearTimeout(this.keepTimer);
    this.keepTimer = undefined;
    const kept = async (): Promise<void> => {
      const value = this.pending;
      const keep = this.keep;
      const reason = this.keepReason;
      if (!this.halted || value === null || !keep || reason === null) return;
      try {
        await keep(value, reason);
      } catch {
        this.scheduleKeep();
        return;
      }
      if (this.pending === value) this.pending = null;
      if (this.state.kind === 'failed' && !this.state.kept)
        this.setState({ ...this.state, reason: keptNote(reason, true), kept: true });
    };
    if (atOnce) return kept();
    const next = (this.keeping ?? Promise.resolve()).then(kept);
    this.keeping = next;
    void next.finally(() => {
      if (this.keeping === next) this.keeping = null;
    });
    return next;
  }

  /** A write is in flight (one handed off as the page went away counts too). */
  private busy(): boolean {
    return this.inFlight || this.handedOff > 0;
  }

  private scheduleWrite(): void {
    if (this.busy() || this.timer !== undefined) return;
    const wait = Math.max(this.delayMs, this.lastStart + this.intervalMs - this.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, wait);
  }

  private async write(): Promise<void> {
    if (this.busy() || this.pending === null || this.halted) {
      this.settle();
      return;
    }
    if (this.refused !== null && this.refused === this.pending) {
      this.settle();
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    const value = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.lastStart = this.now();
    if (this.state.kind !== 'failed') this.setState({ kind: 'saving' });
    try {
      const { version } = await this.save(value, this.version);
      this.inFlight = false;
      this.acknowledged(version);
    } catch (error) {
      this.inFlight = false;
      // Keep what failed unless something newer has been typed since.
      this.pending ??= value;
      this.fail(error);
      this.settle();
    }
  }

  private acknowledged(version: number): void {
    this.version = Math.max(this.version, version);
    this.retryDelay = this.retryMs;
    this.onSaved?.(version);
    if (this.pending !== null) {
      this.setState({ kind: 'unsaved' });
      this.scheduleWrite();
    } else if (!this.busy()) {
      // Not "Saved" if another window has saved since: the screen shows the older text.
      if (this.behind > this.version) this.checkBehind();
      else this.setState({ kind: 'saved' });
    }
    this.settle();
  }

  /** A write failed: stop (and say what to do) if no retry can mend it, else retry with backoff. */
  private fail(error: unknown): void {
    const code = codeOf(error);
    const reason = error instanceof Error ? error.message : String(error);
    if (code !== undefined && finalCodes.has(code)) {
      if (haltingCodes.has(code)) this.halted = true;
      else this.refused = this.pending;
      clearTimeout(this.timer);
      this.timer = undefined;
      const keeping = this.halted && this.keep !== undefined && (code === 'conflict' || code === 'approved');
      this.setState({
        kind: 'failed',
        // What is typed is kept: the refusal's own "copy it, then reload" would be a second instruction.
        reason: keeping ? keptNote(code, false) : reason,
        conflict: code === 'conflict',
        retrying: false,
      });
      if (keeping) {
        this.keepReason = code;
        this.scheduleKeep();
      }
      return;
    }
    this.setState({ kind: 'failed', reason, conflict: false, retrying: true });
    if (this.timer !== undefined) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.maxRetryMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, delay);
  }

  /** Resolves flush() callers once nothing is unsaved, or once nothing more will be tried now. */
  private settle(): void {
    if (this.waiters.length === 0) return;
    const failedForNow = this.state.kind === 'failed' && !this.busy();
    if (this.hasUnsaved() && !failedForNow && !this.halted) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.onState(state);
  }
}

export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'unsaved':
    case 'saving':
      return 'Saving…';
    case 'outdated':
      return state.reason;
    case 'failed':
      return `Not saved — ${state.reason}${state.retrying ? ' Minutebook keeps trying.' : ''}`;
  }
}

// Autosave for what the officer types (an item's minutes, a decision). No save button: each change is written within `delayMs` of
// the last keystroke; "Saved" is reported only after the commit returned; a failed write keeps
// the text in memory and retries; a conflict with another window stops and says so.
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string; conflict: boolean };

/** Writes a value over `baseVersion` and returns the new version (0 and 1 where there is no versioning). */
export type SaveValue<T> = (value: T, baseVersion: number) => Promise<{ version: number }>;

interface Options {
  delayMs?: number;
  retryMs?: number;
}

export class Autosaver<T> {
  private version: number;
  private pending: T | null = null;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: SaveState = { kind: 'saved' };
  private readonly delayMs: number;
  private readonly retryMs: number;

  constructor(
    version: number,
    private readonly save: SaveValue<T>,
    private readonly onState: (state: SaveState) => void,
    options: Options = {},
  ) {
    this.version = version;
    this.delayMs = options.delayMs ?? 300;
    this.retryMs = options.retryMs ?? 2000;
  }

  /** Something changed: keep the newest value and save it shortly. */
  change(value: T): void {
    this.pending = value;
    if (this.state.kind === 'failed' && this.state.conflict) return;
    if (this.state.kind !== 'failed') this.setState({ kind: 'unsaved' });
    this.schedule(this.delayMs);
  }

  /** True while something typed has not been acknowledged as committed. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight;
  }

  /** Saves now (leaving the item, closing the window). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    return this.write();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(), delay);
  }

  private async write(): Promise<void> {
    if (this.inFlight || this.pending === null) return;
    if (this.state.kind === 'failed' && this.state.conflict) return;
    const value = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.setState({ kind: 'saving' });
    try {
      const { version } = await this.save(value, this.version);
      this.version = version;
      this.inFlight = false;
      if (this.pending !== null) this.schedule(0);
      else this.setState({ kind: 'saved' });
    } catch (error) {
      this.inFlight = false;
      // Keep what failed unless something newer has been typed since.
      this.pending ??= value;
      const conflict = (error as { code?: string }).code === 'conflict';
      this.setState({
        kind: 'failed',
        reason: error instanceof Error ? error.message : String(error),
        conflict,
      });
      if (!conflict) this.schedule(this.retryMs);
    }
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
    case 'failed':
      return `Not saved — ${state.reason}`;
  }
}

// The desktop app's bridge between the window and the main process (electron/preload.ts).
/** What the preload script puts on `window.minutebook`. */
export interface MinutebookBridge {
  call: (method: string, input: unknown) => Promise<unknown>;
  /**
   * Desktop only: the window is about to close; `flush` writes what is pending and says what could
   * not be saved. The main process waits for it (for a bounded time) before closing.
   */
  onFlushRequest?: (flush: () => Promise<{ unsaved: string[] }>) => void;
}

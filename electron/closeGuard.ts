// Closing the desktop window never loses what was typed: the window is asked to write what is pending
// first, and the main process waits for its answer, for a bounded time, before letting it close. If
// something could not be saved, the officer chooses whether to stay (and copy the text) or close.

/** What the window answers: the reasons anything typed could not be saved (empty when all is saved). */
export interface FlushAnswer {
  unsaved: string[];
}

export interface CloseGuardDeps {
  /** Asks the window to write what is pending; resolves with its answer. */
  askToFlush: () => Promise<FlushAnswer>;
  /** Asks the officer whether to close although something is unsaved; true: close anyway. */
  confirmLoss: (reasons: string[]) => Promise<boolean>;
  /** Closes the window for good (no second round of asking). */
  close: () => void;
  timeoutMs?: number;
}

/** The window did not answer in time (a hung or crashed page): said as a reason of its own. */
export const NO_ANSWER =
  'The window did not confirm that everything typed was saved. What was acknowledged as saved is safe.';

/**
 * Call from the window's 'close' event. Returns true if the close may go ahead now (already flushed),
 * false if the caller must prevent it: the guard closes the window itself once the flush is done.
 */
export function createCloseGuard(deps: CloseGuardDeps): () => boolean {
  let state: 'open' | 'flushing' | 'closing' = 'open';
  return () => {
    if (state === 'closing') return true;
    if (state === 'flushing') return false;
    state = 'flushing';
    void (async () => {
      const answer = await withTimeout(deps.askToFlush(), deps.timeoutMs ?? 5000);
      const reasons = answer ? answer.unsaved : [NO_ANSWER];
      if (reasons.length === 0 || (await deps.confirmLoss(reasons))) {
        state = 'closing';
        deps.close();
      } else {
        state = 'open';
      }
    })().catch(() => {
      // Asking failed outright (the page is gone): nothing more can be saved from it.
      state = 'closing';
      deps.close();
    });
    return false;
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(null), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

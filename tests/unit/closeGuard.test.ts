// Closing the desktop window waits for the window to write what is pending (bounded), and asks the
// officer before losing anything. The guard is plain Node; main.ts only wires it to the window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGuard, NO_ANSWER, type FlushAnswer } from '../../electron/closeGuard';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function guardWith(answer: () => Promise<FlushAnswer>, closeAnyway = true) {
  const close = vi.fn();
  const confirmLoss = vi.fn(() => Promise.resolve(closeAnyway));
  const askToFlush = vi.fn(answer);
  const mayClose = createCloseGuard({ askToFlush, confirmLoss, close, timeoutMs: 3000 });
  return { mayClose, close, confirmLoss, askToFlush };
}

describe('closing the desktop window', () => {
  it('holds the close until the window has flushed, then closes without asking', async () => {
    let answer: (value: FlushAnswer) => void = () => undefined;
    const guard = guardWith(() => new Promise((resolve) => (answer = resolve)));
    expect(guard.mayClose()).toBe(false);
    // A second close request while flushing is held too, and does not ask again.
    expect(guard.mayClose()).toBe(false);
    expect(guard.askToFlush).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(guard.close).not.toHaveBeenCalled();
    answer({ unsaved: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(guard.close).toHaveBeenCalledTimes(1);
    expect(guard.confirmLoss).not.toHaveBeenCalled();
    // The close the guard makes itself goes through.
    expect(guard.mayClose()).toBe(true);
  });

  it('asks before losing what could not be saved, and stays open if the officer says so', async () => {
    const guard = guardWith(() => Promise.resolve({ unsaved: ['Not saved — The disk is full.'] }), false);
    expect(guard.mayClose()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(guard.confirmLoss).toHaveBeenCalledWith(['Not saved — The disk is full.']);
    expect(guard.close).not.toHaveBeenCalled();
    // Asked again next time.
    expect(guard.mayClose()).toBe(false);
    expect(guard.askToFlush).toHaveBeenCalledTimes(2);
  });

  it('does not wait for ever on a window that never answers', async () => {
    const guard = guardWith(() => new Promise(() => undefined));
    expect(guard.mayClose()).toBe(false);
    await vi.advanceTimersByTimeAsync(2999);
    expect(guard.confirmLoss).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(guard.confirmLoss).toHaveBeenCalledWith([NO_ANSWER]);
    expect(guard.close).toHaveBeenCalledTimes(1);
  });
});

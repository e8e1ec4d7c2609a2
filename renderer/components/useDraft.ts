// What is typed into a form that is saved with a button (a declaration of interest) is kept in the
// browser's local storage as it is typed, so a reload, closing the window, or going back and forth
// brings it back to the form rather than losing it.
import { useCallback, useState } from 'react';

const PREFIX = 'minutebook.draft.';

function read<T>(key: string): T | undefined {
  try {
    const kept = localStorage.getItem(PREFIX + key);
    return kept === null ? undefined : (JSON.parse(kept) as T);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the form still works, it only forgets on a reload.
  }
}

/** Like useState, kept under `key` (a draft of a form saved with a button). */
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => read<T>(key) ?? initial);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      write(key, next);
    },
    [key],
  );
  return [value, set];
}

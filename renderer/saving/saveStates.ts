// Every autosaver on screen reports here, so that one indicator (the item header, meeting mode)
// can say "Saved" only when everything typed on the screen has been committed.
import { useCallback, useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { api } from '../api/client';
import { Autosaver, describeSaveState, type KeepValue, type SaveState, type SaveValue } from './Autosaver';

interface SaveStates {
  states: Record<string, SaveState>;
  /** How many saves have been acknowledged (a state turning to saved), for what shows what was saved. */
  acknowledged: number;
  report: (key: string, state: SaveState) => void;
  forget: (key: string) => void;
}

export const useSaveStates = create<SaveStates>((set) => ({
  states: {},
  acknowledged: 0,
  report: (key, state) =>
    set((current) => ({
      states: { ...current.states, [key]: state },
      acknowledged:
        current.acknowledged +
        (state.kind === 'saved' && current.states[key] && current.states[key].kind !== 'saved' ? 1 : 0),
    })),
  forget: (key) =>
    set((current) => {
      const states = { ...current.states };
      delete states[key];
      return { states };
    }),
}));

/** One object for "saved", so that a screen re-rendered for another reason passes on the same state. */
const SAVED: SaveState = Object.freeze({ kind: 'saved' });

/** The screen's state: the first failure, else saving while anything is, else saved. */
export function combineSaveStates(states: SaveState[]): SaveState {
  return (
    states.find((state) => state.kind === 'failed') ??
    states.find((state) => state.kind === 'saving' || state.kind === 'unsaved') ??
    SAVED
  );
}

export const useScreenSaveState = (): SaveState =>
  combineSaveStates(Object.values(useSaveStates((store) => store.states)));

/** Changes each time a save on screen is acknowledged: a key for what should then be read again. */
export const useAcknowledgedSaves = (): number => useSaveStates((store) => store.acknowledged);

const savers = new Set<Autosaver<unknown>>();

/** True while anything typed anywhere on screen is not yet committed. */
export const anythingUnsaved = (): boolean => [...savers].some((saver) => saver.hasUnsaved());

/**
 * The page is going away: everything pending is sent at once, in requests that outlive the page.
 * True if nothing typed is left behind (nothing stuck, nothing too large to outlive the page).
 */
export function handOffAll(): boolean {
  let handed = true;
  for (const saver of savers) handed = saver.handOff() && handed;
  return handed && api.savesAtRisk() === 0;
}

/** Writes everything pending now and waits: the reasons for whatever could not be saved. */
export async function flushAll(): Promise<{ unsaved: string[] }> {
  await Promise.all([...savers].map((saver) => saver.flush()));
  const reasons = new Set<string>();
  for (const [key, state] of Object.entries(useSaveStates.getState().states)) {
    if (state.kind === 'failed') reasons.add(describeSaveState(state));
    else if (state.kind !== 'saved') reasons.add(`Still saving (${key.split(':')[0]}).`);
  }
  return { unsaved: [...reasons] };
}

/**
 * Leaving never loses text. Reload or closing the tab: what is pending is sent in keepalive requests
 * (pagehide and beforeunload); the browser asks "leave page?" only if something could not be sent.
 * Hiding the tab sends what is pending without waiting for the ceiling. The desktop app asks the
 * window to flush before it closes (electron/closeGuard.ts), so it never needs the browser's question.
 */
export function installLeaveGuards(): void {
  window.addEventListener('beforeunload', (event) => {
    const handed = handOffAll();
    if (!handed && !window.minutebook) event.preventDefault();
  });
  window.addEventListener('pagehide', () => void handOffAll());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') handOffAll();
  });
  api.onCloseRequested(flushAll);
}

/**
 * An autosaver for one thing on screen (`key` names it), created once its version is known
 * (null while loading), flushed when the component goes. Returns `change` and its own state;
 * `ownState: false` for a component that does not show it (the screen's indicator does), so that its
 * saves do not re-render it. `keep`: where what is typed goes once saving stops for another window's
 * change or approval (the item's minutes keep it on the server, to be offered again).
 */
export function useAutosaver<T>(
  key: string,
  version: number | null,
  save: SaveValue<T>,
  { ownState = true, keep }: { ownState?: boolean; keep?: KeepValue<T> } = {},
): { change: (value: T) => void; state: SaveState } {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const saver = useRef<Autosaver<T> | null>(null);
  // A change made before the saver exists (the first frame) is kept and handed over, not dropped.
  const early = useRef<{ value: T } | null>(null);
  const saveRef = useRef(save);
  const keepRef = useRef(keep);
  const versionRef = useRef(version);
  // Runs before the effect below: the saver starts from the version loaded, and always calls the latest save.
  useEffect(() => {
    saveRef.current = save;
    keepRef.current = keep;
    versionRef.current = version;
  });
  const loaded = version !== null;
  useEffect(() => {
    if (!loaded) return;
    const { report, forget } = useSaveStates.getState();
    // Told of every change (each key typed is "unsaved" again); passed on only when the state is a
    // new one, so that typing does not re-render the screen, or its indicator, at every key.
    let last: SaveState = { kind: 'saved' };
    const current = new Autosaver<T>(
      versionRef.current ?? 0,
      (value, baseVersion) => saveRef.current(value, baseVersion),
      (next) => {
        if (next.kind === last.kind && next.kind !== 'failed') return;
        last = next;
        if (ownState) setState(next);
        report(key, next);
      },
      keepRef.current
        ? { keep: (value, reason) => (keepRef.current ? keepRef.current(value, reason) : Promise.resolve()) }
        : {},
    );
    savers.add(current as Autosaver<unknown>);
    report(key, { kind: 'saved' });
    saver.current = current;
    if (early.current) current.change(early.current.value);
    early.current = null;
    return () => {
      saver.current = null;
      // A save that fails here keeps retrying in the background and keeps reporting.
      void current.flush().finally(() => {
        if (current.hasUnsaved()) return;
        savers.delete(current as Autosaver<unknown>);
        forget(key);
      });
      current.dispose();
    };
  }, [key, loaded, ownState]);
  const change = useCallback((value: T) => {
    if (saver.current) saver.current.change(value);
    else early.current = { value };
  }, []);
  return { change, state };
}

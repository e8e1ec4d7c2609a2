// Every autosaver on screen reports here, so that one indicator (the item header, meeting mode)
// can say "Saved" only when everything typed on the screen has been committed.
//
// And each window tells the others what its saves made, so that none goes on showing "Saved" beside
// an older text: a BroadcastChannel reaches the other tabs of browser mode and the desktop app's
// other windows (one origin), and a window that regains the focus, or is shown again, asks the server
// for the version of what it shows (what it may have missed, from a window of another browser).
import { useCallback, useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import { api } from '../api/client';
import {
  Autosaver,
  describeSaveState,
  type KeepValue,
  type KeptReason,
  type SaveState,
  type SaveValue,
} from './Autosaver';

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

/** The screen's state: the first failure, else saving while anything is, else outdated, else saved. */
export function combineSaveStates(states: SaveState[]): SaveState {
  return (
    states.find((state) => state.kind === 'failed') ??
    states.find((state) => state.kind === 'saving' || state.kind === 'unsaved') ??
    states.find((state) => state.kind === 'outdated') ??
    SAVED
  );
}

/** What a save made, as one window tells the others: the thing (`minutes:<item id>`…) and its version. */
interface SaveNews {
  id: string;
  version: number;
}

const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('minutebook.saves') : null;
/** The savers on screen that other windows' saves concern, by what they save. */
const watchers = new Map<string, Set<(version: number) => void>>();
/** How each saver on screen asks the server for the version saved (where it can). */
const checks = new Set<() => void>();

channel?.addEventListener('message', (event: MessageEvent<Partial<SaveNews> | null>) => {
  const { id, version } = event.data ?? {};
  if (typeof id !== 'string' || typeof version !== 'number') return;
  for (const told of watchers.get(id) ?? []) told(version);
});

/** Tells the other windows that `id` is now saved as `version` (a window is not told its own news). */
export function announceSave(id: string, version: number): void {
  channel?.postMessage({ id, version } satisfies SaveNews);
}

function watch(id: string, told: (version: number) => void, check: (() => void) | null): () => void {
  let set = watchers.get(id);
  if (!set) watchers.set(id, (set = new Set()));
  set.add(told);
  if (check) checks.add(check);
  return () => {
    set.delete(told);
    if (set.size === 0) watchers.delete(id);
    if (check) checks.delete(check);
  };
}

const checkAll = () => {
  for (const check of checks) check();
};
if (typeof window !== 'undefined') {
  window.addEventListener('focus', checkAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkAll();
  });
}

/** What the screen read afresh from the server: its version, and how to show it in place of the older text. */
export interface Refreshed {
  version: number;
  show: () => void;
}

/**
 * A saver whose thing other windows may save too. `id` names it the same in every window; `check`
 * asks the server its version now; `refresh` reads it and says how to show it, for when another
 * window saved a newer version and nothing is unsent here (without it, the screen says to reload);
 * `note` is said meanwhile.
 */
export interface Shared {
  id: string;
  check?: () => Promise<number>;
  refresh?: () => Promise<Refreshed>;
  note?: string;
}

/** Least time between two reads of another window's newer text while it keeps saving. */
const REFRESH_GAP_MS = 500;

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
    else if (state.kind === 'saving' || state.kind === 'unsaved')
      reasons.add(`Still saving (${key.split(':')[0]}).`);
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
  { ownState = true, keep, shared }: { ownState?: boolean; keep?: KeepValue<T>; shared?: Shared } = {},
): { change: (value: T) => void; state: SaveState } {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const saver = useRef<Autosaver<T> | null>(null);
  // A change made before the saver exists (the first frame) is kept and handed over, not dropped.
  const early = useRef<{ value: T } | null>(null);
  const saveRef = useRef(save);
  const keepRef = useRef(keep);
  const versionRef = useRef(version);
  const sharedRef = useRef(shared);
  // Runs before the effect below: the saver starts from the version loaded, and always calls the latest save.
  useEffect(() => {
    saveRef.current = save;
    keepRef.current = keep;
    versionRef.current = version;
    sharedRef.current = shared;
  });
  const sharedId = shared?.id ?? null;
  const loaded = version !== null;
  useEffect(() => {
    if (!loaded) return;
    const { report, forget } = useSaveStates.getState();
    // Told of every change (each key typed is "unsaved" again); passed on only when the state is a
    // new one, so that typing does not re-render the screen, or its indicator, at every key.
    let last: SaveState = { kind: 'saved' };
    // Another window's newer text, read and shown while nothing is unsent here: one read at a time,
    // and while that window keeps saving, at most one every REFRESH_GAP_MS.
    let reading = false;
    let again = false;
    // News of another save while the newer text was being read: what was read may not be the newest.
    let newsWhileReading = false;
    let gone = false;
    const refresh = async (): Promise<void> => {
      const read = sharedRef.current?.refresh;
      if (!read || gone) return;
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      newsWhileReading = false;
      try {
        const fresh = await read();
        // Something typed meanwhile is not overwritten: its write is refused, and kept.
        if (!gone && current.idle()) {
          if (fresh.version > current.savedVersion()) fresh.show();
          current.rebase(fresh.version, !newsWhileReading);
        }
      } catch {
        // The screen goes on saying to reload; the next news or focus tries again.
      } finally {
        setTimeout(() => {
          reading = false;
          if (again) {
            again = false;
            void refresh();
          }
        }, REFRESH_GAP_MS);
      }
    };
    const current = new Autosaver<T>(
      versionRef.current ?? 0,
      (value, baseVersion) => saveRef.current(value, baseVersion),
      (next) => {
        if (next.kind === last.kind && next.kind !== 'failed') return;
        last = next;
        if (ownState) setState(next);
        report(key, next);
      },
      {
        ...(keepRef.current
          ? {
              keep: (value: T, reason: KeptReason) =>
                keepRef.current ? keepRef.current(value, reason) : Promise.resolve(),
            }
          : {}),
        ...(sharedId === null
          ? {}
          : {
              onSaved: (saved: number) => announceSave(sharedId, saved),
              onBehind: () => void refresh(),
              ...(sharedRef.current?.note ? { behindNote: sharedRef.current.note } : {}),
            }),
      },
    );
    const told = (saved: number) => {
      if (reading) newsWhileReading = true;
      current.outdated(saved);
    };
    const check = () => {
      const ask = sharedRef.current?.check;
      if (!ask) return;
      ask().then(
        (saved) => told(saved),
        () => undefined,
      );
    };
    const unwatch = sharedId === null ? () => undefined : watch(sharedId, told, check);
    savers.add(current as Autosaver<unknown>);
    report(key, { kind: 'saved' });
    saver.current = current;
    if (early.current) current.change(early.current.value);
    early.current = null;
    return () => {
      gone = true;
      unwatch();
      saver.current = null;
      // A save that fails here keeps retrying in the background and keeps reporting.
      void current.flush().finally(() => {
        if (current.hasUnsaved()) return;
        savers.delete(current as Autosaver<unknown>);
        forget(key);
      });
      current.dispose();
    };
  }, [key, loaded, ownState, sharedId]);
  const change = useCallback((value: T) => {
    if (saver.current) saver.current.change(value);
    else early.current = { value };
  }, []);
  return { change, state };
}

// What to show once the screen a search hit opens is on screen: the paragraph of minutes or of a
// report (the editor highlights it), or an element marked with data-search-target (a decision, a
// clause, an action, a declaration…), scrolled into view and highlighted for a moment.
import { create } from 'zustand';

export type Reveal =
  | {
      kind: 'paragraph';
      document: 'minutes' | 'report';
      itemId: string;
      /** Indexes into successive `content` arrays of the document. */
      path: number[];
      /** Shown instead when the paragraph is no longer there. */
      fallback: string;
    }
  | { kind: 'element'; target: string };

interface RevealState {
  /** The reveal waiting for its screen; `key` tells two reveals of the same place apart. */
  pending: (Reveal & { key: number }) | null;
  show: (reveal: Reveal) => void;
  /** Shown (or given up): nothing is pending. */
  done: () => void;
}

let next = 0;

export const useReveal = create<RevealState>()((set) => ({
  pending: null,
  show: (reveal) => set({ pending: { ...reveal, key: (next += 1) } }),
  done: () => set({ pending: null }),
}));

/** The attribute value that marks an element a hit can open at. */
export const searchTarget = (kind: string, id: string) => `${kind}:${id}`;

/** The class of an element shown for a hit, until the officer next clicks or presses a key. */
export const REVEALED_CLASS = 'search-revealed';

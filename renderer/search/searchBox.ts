// Whether the search box is open: any screen's button, and the Ctrl+K and / keys, open it. It keeps
// where focus was, to give it back when the box is closed without opening a result.
import { create } from 'zustand';

interface SearchBoxState {
  open: boolean;
  /** Where focus was when it opened. */
  returnTo: HTMLElement | null;
  show: () => void;
  hide: () => void;
}

export const useSearchBox = create<SearchBoxState>()((set) => ({
  open: false,
  returnTo: null,
  show: () =>
    set({
      open: true,
      returnTo: document.activeElement instanceof HTMLElement ? document.activeElement : null,
    }),
  hide: () => set({ open: false }),
}));

/** The keys that open it, for aria-keyshortcuts. */
export const SEARCH_KEYS = 'Control+K /';

// The search box from every screen: Ctrl+K wherever focus is (even while typing minutes), and / when
// the officer is not typing in a field (there it is a slash). Closing it without opening a result
// puts focus back where it was, so typing carries on.
import { useEffect, useRef } from 'react';
import { SearchDialog } from './SearchDialog';
import { useSearchBox } from './searchBox';

/** Whether a key pressed here is typing: a text field, a list to choose from, or the rich-text editor. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  ) {
    return true;
  }
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type)
  );
}

export function SearchLauncher() {
  const open = useSearchBox((state) => state.open);
  // Focus goes back once the box has gone (while it is open, the rest of the page is inert).
  const giveBack = useRef(false);
  useEffect(() => {
    if (open || !giveBack.current) return;
    giveBack.current = false;
    useSearchBox.getState().returnTo?.focus({ preventScroll: true });
  }, [open]);

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      // Another question on screen (a confirmation) is answered first.
      if (document.querySelector('dialog[open]:not(.search-dialog)')) return;
      event.preventDefault();
      if (!useSearchBox.getState().open) useSearchBox.getState().show();
    };
    window.addEventListener('keydown', listener);
    // Observable proof that the app-wide keys are listened for (the end-to-end tests wait for it
    // before pressing Ctrl+K after loading a page).
    document.documentElement.dataset.appReady = 'true';
    return () => {
      window.removeEventListener('keydown', listener);
      delete document.documentElement.dataset.appReady;
    };
  }, []);

  if (!open) return null;
  return (
    <SearchDialog
      onClose={(opened) => {
        // Opening a result moves to its screen; otherwise back to where the officer was.
        giveBack.current = !opened;
        useSearchBox.getState().hide();
      }}
    />
  );
}

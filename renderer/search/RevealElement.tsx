// Shows the element a search hit opened at, once its screen has drawn it: scrolled into the middle
// of the screen and highlighted until the officer next clicks or presses a key. A place that never
// appears (a panel meeting mode does not show, say) leaves the screen's heading in view instead.
import { useEffect } from 'react';
import { REVEALED_CLASS, useReveal } from './reveal';

/** How long to wait for the screen to draw the element before giving up. */
const WAIT_MS = 8000;

/** How long the screen may go on drawing around the element (the minutes open after the decisions). */
const SETTLE_MS = 3000;

function highlight(element: HTMLElement): void {
  element.classList.add(REVEALED_CLASS);
  element.scrollIntoView({ block: 'center' });
  // The rest of the screen may still be drawing above the element (the minutes editor opens after
  // the decisions and pushes them down): until it settles, or the officer scrolls, clicks or types,
  // the element is kept in view as the screen grows.
  const settling = new ResizeObserver(() => element.scrollIntoView({ block: 'center' }));
  settling.observe(document.querySelector('main') ?? document.body);
  const stopSettling = () => {
    settling.disconnect();
    clearTimeout(settled);
    window.removeEventListener('wheel', stopSettling, true);
  };
  const settled = setTimeout(stopSettling, SETTLE_MS);
  window.addEventListener('wheel', stopSettling, true);
  const clear = () => {
    stopSettling();
    element.classList.remove(REVEALED_CLASS);
    window.removeEventListener('pointerdown', clear, true);
    window.removeEventListener('keydown', clear, true);
  };
  window.addEventListener('pointerdown', clear, true);
  window.addEventListener('keydown', clear, true);
}

export function RevealElement() {
  const pending = useReveal((state) => state.pending);
  const done = useReveal((state) => state.done);
  useEffect(() => {
    if (pending?.kind !== 'element') return;
    const selector = `[data-search-target="${CSS.escape(pending.target)}"]`;
    const find = () => document.querySelector<HTMLElement>(selector);
    const show = (element: HTMLElement) => {
      observer.disconnect();
      clearTimeout(timer);
      highlight(element);
      done();
    };
    const observer = new MutationObserver(() => {
      const element = find();
      if (element) show(element);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      done();
    }, WAIT_MS);
    const now = find();
    if (now) show(now);
    else observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pending, done]);
  return null;
}

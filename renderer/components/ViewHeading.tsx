import { useEffect, useRef, type ReactNode } from 'react';

/** Whether a screen has opened since the app started. */
let anyScreenOpened = false;

/**
 * The screen's h1. It takes focus when the screen opens, so keyboard and screen-reader users start
 * there. The first screen after start takes it only if nothing else has it: an officer who tabbed
 * into the sidebar while the app was opening keeps their place.
 */
export function ViewHeading({ children, focusKey }: { children: ReactNode; focusKey: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const first = !anyScreenOpened;
    anyScreenOpened = true;
    const active = document.activeElement;
    if (first && active && active !== document.body && active !== heading.current) return;
    heading.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

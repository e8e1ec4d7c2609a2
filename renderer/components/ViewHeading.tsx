import { useEffect, useRef, type ReactNode } from 'react';

/** The screen's h1. It takes focus when the screen opens, so keyboard and screen-reader users start there. */
export function ViewHeading({ children, focusKey }: { children: ReactNode; focusKey: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

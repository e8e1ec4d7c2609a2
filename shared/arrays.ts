// Loops for what is often written with spread arguments. `target.push(...items)` and
// `Math.max(...values)` pass each element as an argument to one call, and an array long enough
// (a hostile import, minutes of 100,000 paragraphs) overflows the call stack ("Maximum call stack
// size exceeded", or RangeError). A lint rule forbids those spreads; use these instead.

/** Appends every element of `items` to `target`, one at a time; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `none` when there are none. */
export function largest(values: Iterable<number>, none: number): number {
  let found = none;
  let any = false;
  for (const value of values) {
    if (!any || value > found) found = value;
    any = true;
  }
  return found;
}

/** The smallest of `values`, or `none` when there are none. */
export function smallest(values: Iterable<number>, none: number): number {
  let found = none;
  let any = false;
  for (const value of values) {
    if (!any || value < found) found = value;
    any = true;
  }
  return found;
}

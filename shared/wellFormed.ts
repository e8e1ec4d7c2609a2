// One rule for every string the API receives: a lone UTF-16 surrogate (half of a character, as a
// broken paste or a hostile client can send) is replaced by U+FFFD, the replacement character, so
// that everything stored is well-formed UTF-8. Applied by the router to every input, whatever the
// method and whatever the transport, before validation.

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const anySurrogate = /[\uD800-\uDFFF]/;

export const REPLACEMENT_CHARACTER = '\uFFFD';

export const wellFormedText = (text: string): string =>
  anySurrogate.test(text) ? text.replace(loneSurrogate, REPLACEMENT_CHARACTER) : text;

/** Whether any string in `value` (keys included) holds a lone surrogate. */
function needsMending(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') {
      if (wellFormedText(next) !== next) return true;
    } else if (typeof next === 'object' && next !== null && !seen.has(next)) {
      seen.add(next);
      for (const [key, child] of Object.entries(next)) {
        if (wellFormedText(key) !== key) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * `value` with every lone surrogate in its strings and keys replaced. Walks with a stack, not by
 * recursion, so a deeply nested input cannot overflow the call stack; the input itself is left as
 * it was (a copy is made only when something needs mending).
 */
export function wellFormed(value: unknown): unknown {
  if (!needsMending(value)) return value;
  const copies = new Map<object, unknown>();
  const pending: [object, Record<string, unknown> | unknown[]][] = [];
  const copy = (original: unknown): unknown => {
    if (typeof original === 'string') return wellFormedText(original);
    if (typeof original !== 'object' || original === null) return original;
    const known = copies.get(original);
    if (known !== undefined) return known;
    const made: Record<string, unknown> | unknown[] = Array.isArray(original) ? [] : {};
    copies.set(original, made);
    pending.push([original, made]);
    return made;
  };
  const root = copy(value);
  while (pending.length > 0) {
    const [original, made] = pending.pop()!;
    if (Array.isArray(made)) {
      for (const child of original as unknown[]) made.push(copy(child));
    } else {
      for (const [key, child] of Object.entries(original)) made[wellFormedText(key)] = copy(child);
    }
  }
  return root;
}

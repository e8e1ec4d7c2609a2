// Minute numbers as councils print them, and how one follows another: "45", "(139)", "77/21",
// "25/001", "PLA146/24", "CAB/45", "CAB38", "P/041/2025", "Minute 249", "5.1", roman "IV". Minutes
// are numbered in sequence, so a number that follows the one before (46 after 45, 5.1 after 5, 6
// after 5.3, PLA147/24 after PLA146/24) is what marks a heading apart from a clause or a page number.

export interface MinuteNumber {
  /** As printed, without the words Minute/Item, brackets and a closing full stop: "PLA146/24". */
  text: string;
  /** The letters before the digits ("PLA", "CAB", ""), and the separators between the numbers. */
  scheme: string;
  /** The numbers in it: [146, 24] for "PLA146/24", [5, 1] for "5.1", [4] for "IV". */
  parts: number[];
  roman: boolean;
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = romanValues[text[i]!]!;
    const next = romanValues[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The words that may stand before a number: "Minute 249", "Item 5", "Min. No. 12". */
// "Minute 65", "Item No. 4", "Article 10" — and in Welsh, alone or before the English: "Cofnod 65/Minute 65".
export const numberWords = String.raw`(?:(?:(?:Cofnod|COFNOD|Eitem|EITEM)\s+\d{1,5}\s*\/\s*)?(?:Minutes?|MINUTES?|Min\.?|Item|ITEM|Agenda\s+[Ii]tem|AGENDA\s+ITEM|Article|ARTICLE|Cofnod|COFNOD|Eitem|EITEM)\s+(?:No\.?\s*|NO\.?\s*|Rhif\s*)?)`;
/** A minute number's own characters: letters, digits and the separators between them. */
export const numberToken = String.raw`\*?(?:[A-Z]{1,6}[\s.]?\/?\d{1,4}|[A-Z][a-z]{1,3}\/\d{1,4}|\d{1,5})(?:[\/.:]\d{1,4}){0,2}(?:-\d{2})?(?:[a-z]|\((?:[a-z]|[ivx]{2,4})\))?`;
export const romanToken = String.raw`(?:X{0,3})(?:IX|IV|V?I{0,3})`;

const tokenOnly = new RegExp(String.raw`^${numberWords}?\(?(${numberToken})\)?$`);
const romanOnly = new RegExp(String.raw`^(${romanToken})$`);

/** Reads a minute number ("PLA146/24", "(139)", "Minute 249", "IV"); null when it is not one. */
export function readNumber(raw: string, allowRoman = false): MinuteNumber | null {
  const text = raw.trim().replace(/(?<!\((?:[a-z]|[ivx]{2,4}))[.:)]$/, '');
  const bracketed = /^\(.*\)$/.test(raw.trim().replace(/[.:]$/, ''));
  if (allowRoman) {
    const roman = romanOnly.exec(text);
    if (roman && roman[1]) {
      return { text: roman[1], scheme: 'roman', parts: [romanValue(roman[1])], roman: true };
    }
  }
  const match = tokenOnly.exec(text);
  if (!match) return null;
  const token = match[1]!.replace(/^\*/, '').replace(/\s+/g, '');
  // A loop, not match(…).map(Number): the mapped array's hidden class was not the literal's, and
  // `readNumber` and `follows` deoptimised on it.
  const parts: number[] = [];
  for (const digits of token.match(/\d+/g) ?? []) parts.push(Number(digits));
  if (parts.length === 0) return null;
  // "26a", "26b", "4(a)": a letter after the number numbers the items under it, as "26.1" would.
  const letter = /\d\(?([a-z])\)?$/.exec(token)?.[1];
  // "4(i)", "4(ii)", "4(iii)": the items under 4 numbered in small roman numerals, as "4(a)" would be.
  const romanSub = /\d\(((?:i|[ivx]{2,4}))\)$/.exec(token)?.[1];
  if (romanSub) parts.push(romanValue(romanSub.toUpperCase()));
  else if (letter) parts.push(letter.charCodeAt(0) - 96);
  const scheme = `${bracketed ? '(' : ''}${token
    .replace(/\d+/g, '#')
    .replace(/\((?:[a-z]|[ivx]{2,4})\)$|[a-z]$/, '')
    .toUpperCase()}${letter || romanSub ? 'a' : ''}`;
  return { text: token, scheme, parts, roman: false };
}

/**
 * How well `next` follows `previous` as the next minute: 3 for the very next number (46 after 45,
 * 5.1 after 5, 6 after 5.2, PLA147/24 after PLA146/24), 1.5 for a small gap, 0.5 for a larger one,
 * and null when it cannot follow at all (a number that does not rise, or another numbering scheme).
 */
export function follows(previous: MinuteNumber, next: MinuteNumber): number | null {
  if (previous.roman !== next.roman) return null;
  const a = previous.parts;
  const b = next.parts;
  // Called for every pair of candidate headings within a window: plain loops, no closures.
  if (previous.scheme === next.scheme) {
    // The first part that differs must rise; the parts after it stay, or start again at 1.
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    if (at === a.length) return null;
    for (let i = at + 1; i < a.length; i++) if (a[i] !== b[i] && !(b[i]! <= 1)) return null;
    return step(b[at]! - a[at]!);
  }
  // Sub-items: 5 → 5.1, 5.2 → 6.
  if (baseScheme(next.scheme) === previous.scheme && b.length === a.length + 1) {
    if (samePrefix(a, b, a.length)) return b.at(-1) === 1 ? 3 : 1;
    // A heading with no minute of its own ("4. Planning applications") and its items under the
    // next number ("5.1"): the first sub-item of the very next number.
    const rises = b.at(-2)! - a.at(-1)!;
    if (b.at(-1) === 1 && rises >= 1 && samePrefix(a, b, a.length - 1)) return rises === 1 ? 1 : 0.5;
    return null;
  }
  if (baseScheme(previous.scheme) === next.scheme && a.length === b.length + 1) {
    const rises = b.at(-1)! - a.at(-2)!;
    return samePrefix(a, b, a.length - 2) ? step(rises) : null;
  }
  return null;
}

/** A scheme without its last sub-number: "#.#" → "#", "#a" → "#". */
export const baseScheme = (scheme: string): string => scheme.replace(/(?:\.#|a)$/, '');

/** Whether the first `count` parts of `a` and `b` are the same. */
function samePrefix(a: number[], b: number[], count: number): boolean {
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) return false;
  return true;
}

function step(difference: number): number | null {
  if (difference <= 0) return null;
  if (difference === 1) return 3;
  if (difference <= 4) return 1.5;
  return 0.5;
}

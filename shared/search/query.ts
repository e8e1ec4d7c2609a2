// What an officer types into the search box, made into an FTS5 MATCH expression that cannot fail.
//
//   leisure centre         both words, anywhere in the paragraph (and "centres", "Leisure")
//   "leisure centre"       the words together, in that order
//   -tender  NOT tender    paragraphs without the word
//   procure*               words beginning "procure" (at least three letters before the *)
//   pool OR gym            either word; OR binds the words either side of it, as in web searches
//
// Everything else is words. Each word or phrase goes to FTS5 as a quoted string, so FTS5's own
// syntax (NEAR, column filters "body:", ^, +, parentheses, stray quotes) is only ever text to it.
// A search that cannot be made sensible gets a sentence to show instead.
// Pure: no Node, so the renderer can use it to check a query as it is typed.

export interface SearchTerm {
  /** The words as typed (for a phrase, between the quotes). */
  text: string;
  phrase: boolean;
  /** The last word is a beginning: `procure*`, `"leisure cen"*`. */
  prefix: boolean;
}

export interface SearchQuery {
  /** Every group must match; a group matches if any of its terms does (OR). */
  all: SearchTerm[][];
  /** No term here may match. */
  none: SearchTerm[];
}

export type ParsedSearch = { ok: true; query: SearchQuery; match: string } | { ok: false; message: string };

/** Longer searches are refused rather than slowing the index down. */
export const MAX_QUERY_CHARS = 500;
export const MAX_TERMS = 24;
/** The index keeps three-letter prefixes (migration 010); a shorter one would match most of the record. */
export const MIN_PREFIX_CHARS = 3;

/** The characters FTS5's unicode61 tokenizer keeps (letters, numbers, private use); the rest separate words. */
const wordChar = /[\p{L}\p{N}\p{Co}]/u;
const wordRun = /[\p{L}\p{N}\p{Co}\p{Mn}]+/gu;

interface Token {
  term: SearchTerm;
  excluded: boolean;
  /** An unquoted OR, AND or NOT: an operator, not a word. */
  operator: 'OR' | 'AND' | 'NOT' | null;
}

/** Splits the input into words, phrases and operators, in order. */
function tokens(input: string): Token[] {
  const found: Token[] = [];
  let at = 0;
  while (at < input.length) {
    const char = input[at]!;
    if (/\s/u.test(char)) {
      at += 1;
      continue;
    }
    let excluded = false;
    if (char === '-' && at + 1 < input.length && !/\s/u.test(input[at + 1]!)) {
      excluded = true;
      at += 1;
    }
    if (input[at] === '"') {
      // A phrase runs to the closing quote, or to the end when it is never closed (still typing).
      const close = input.indexOf('"', at + 1);
      const end = close === -1 ? input.length : close;
      let text = input.slice(at + 1, end);
      at = close === -1 ? input.length : close + 1;
      let prefix = false;
      if (input[at] === '*') {
        prefix = true;
        while (input[at] === '*') at += 1;
      } else if (/\*\s*$/u.test(text)) {
        prefix = true;
      }
      text = text.replace(/[\s*]+$/u, '').trim();
      found.push({ term: { text, phrase: true, prefix }, excluded, operator: null });
      continue;
    }
    let end = at;
    while (end < input.length && !/\s/u.test(input[end]!) && input[end] !== '"') end += 1;
    const raw = input.slice(at, end);
    at = end;
    const operator = !excluded && (raw === 'OR' || raw === 'AND' || raw === 'NOT') ? raw : null;
    const prefix = /\*$/u.test(raw);
    const text = raw.replace(/\*+$/u, '');
    found.push({ term: { text, phrase: false, prefix }, excluded, operator });
  }
  return found;
}

/** The words of a term as FTS5 will see them (a rough split, to check a prefix's length). */
const wordsOf = (text: string): string[] => text.match(wordRun) ?? [];

const quote = (term: SearchTerm): string => `"${term.text.replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;

const group = (terms: SearchTerm[]): string =>
  terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`;

/** The MATCH expression of a parsed query; every phrase quoted, every group bracketed. */
export function toMatchExpression(query: SearchQuery): string {
  const all = query.all.map(group).join(' AND ');
  return query.none.length ? `(${all}) NOT ${group(query.none)}` : all;
}

/**
 * Reads what was typed. Never throws: a search that cannot be made sensible gives a sentence for
 * the officer. Words with no letters or numbers (a lone "&", "–") are ignored.
 */
export function parseSearchQuery(input: string): ParsedSearch {
  if (input.length > MAX_QUERY_CHARS) {
    return {
      ok: false,
      message: `That search is too long (${input.length.toLocaleString('en-GB')} characters). Use at most ${MAX_QUERY_CHARS} characters.`,
    };
  }
  // FTS5 reads its expression as a C string: a NUL would end it early. Control characters separate words anyway.
  const typed = input.replace(/\p{Cc}/gu, ' ');
  const all: SearchTerm[][] = [];
  const none: SearchTerm[] = [];
  let joinNext = false;
  let excludeNext = false;
  let shortPrefix: string | null = null;
  for (const token of tokens(typed)) {
    if (token.operator === 'OR') {
      joinNext = all.length > 0;
      continue;
    }
    if (token.operator === 'AND') {
      joinNext = false;
      continue;
    }
    if (token.operator === 'NOT') {
      excludeNext = true;
      joinNext = false;
      continue;
    }
    const { term } = token;
    const excluded = token.excluded || excludeNext;
    excludeNext = false;
    if (!wordChar.test(term.text)) {
      joinNext = false;
      continue;
    }
    const last = wordsOf(term.text).at(-1) ?? '';
    if (term.prefix && [...last].length < MIN_PREFIX_CHARS) {
      shortPrefix ??= `${term.text}*`;
      joinNext = false;
      continue;
    }
    if (excluded) {
      none.push(term);
      joinNext = false;
    } else if (joinNext) {
      all.at(-1)!.push(term);
      joinNext = false;
    } else {
      all.push([term]);
    }
  }
  const count = all.flat().length + none.length;
  if (count > MAX_TERMS) {
    return {
      ok: false,
      message: `That search has ${count} words and phrases. Use at most ${MAX_TERMS}.`,
    };
  }
  if (all.length === 0) {
    if (shortPrefix) {
      return {
        ok: false,
        message: `Type at least ${MIN_PREFIX_CHARS} letters before the * (“${shortPrefix}” would match too many words).`,
      };
    }
    if (none.length) {
      return {
        ok: false,
        message: 'Add a word to look for: a search cannot only leave words out.',
      };
    }
    return {
      ok: false,
      message: typed.trim()
        ? `There is nothing to search for in “${typed.trim()}”. Type a word or a number.`
        : 'Type a word or phrase to search for.',
    };
  }
  const query = { all, none };
  return { ok: true, query, match: toMatchExpression(query) };
}

/**
 * What is typed, as searched while it is being typed: the last word, if it may not be finished (at
 * least MIN_PREFIX_CHARS letters or digits, nothing after it), counts as a beginning, so "procur"
 * already finds "procurement". An operator (OR, AND, NOT) is left as it is.
 */
export function asTypedSoFar(input: string): string {
  const last = new RegExp(`(?:^|[\\s"(-])([\\p{L}\\p{N}]{${MIN_PREFIX_CHARS},})$`, 'u').exec(input);
  if (!last || ['OR', 'AND', 'NOT'].includes(last[1]!)) return input;
  return `${input}*`;
}

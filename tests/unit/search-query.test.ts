// What officers type, read into FTS5 MATCH expressions: every shape, and the inputs FTS5 would choke
// on. Running them against a real index is in search-what-people-type.test.ts.
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, MAX_TERMS, parseSearchQuery } from '../../shared/search/query';
import { snippetParts, SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../shared/search/results';

function match(input: string): string {
  const parsed = parseSearchQuery(input);
  if (!parsed.ok) throw new Error(`"${input}" gave a message: ${parsed.message}`);
  return parsed.match;
}

function message(input: string): string {
  const parsed = parseSearchQuery(input);
  if (parsed.ok) throw new Error(`"${input}" was read as ${parsed.match}`);
  return parsed.message;
}

describe('the shapes of a search', () => {
  it('needs every word', () => {
    expect(match('leisure centre')).toBe('"leisure" AND "centre"');
    expect(match('  leisure\tcentre \n')).toBe('"leisure" AND "centre"');
  });

  it('keeps quoted words together as a phrase, even when the closing quote is still to be typed', () => {
    expect(match('"leisure centre" contract')).toBe('"leisure centre" AND "contract"');
    expect(match('contract "leisure cen')).toBe('"contract" AND "leisure cen"');
  });

  it('leaves out words after a minus or NOT', () => {
    expect(match('leisure -tender')).toBe('("leisure") NOT "tender"');
    expect(match('leisure NOT tender')).toBe('("leisure") NOT "tender"');
    expect(match('leisure -"swimming pool" -gym')).toBe('("leisure") NOT ("swimming pool" OR "gym")');
  });

  it('matches the beginnings of words with *, on a word or the last word of a phrase', () => {
    expect(match('procure*')).toBe('"procure"*');
    expect(match('"leisure cen"*')).toBe('"leisure cen"*');
    expect(match('"leisure cen*"')).toBe('"leisure cen"*');
    expect(match('procure**')).toBe('"procure"*');
  });

  it('takes OR between the words either side of it', () => {
    expect(match('pool OR gym')).toBe('("pool" OR "gym")');
    expect(match('leisure pool OR gym OR spa -closure')).toBe(
      '("leisure" AND ("pool" OR "gym" OR "spa")) NOT "closure"',
    );
  });

  it('reads lower-case or, and, not and near as words', () => {
    expect(match('pool or gym')).toBe('"pool" AND "or" AND "gym"');
    expect(match('not near')).toBe('"not" AND "near"');
  });

  it('ignores AND, a dangling OR, a lone minus and words with no letters or numbers', () => {
    expect(match('pool AND gym')).toBe('"pool" AND "gym"');
    expect(match('OR pool OR')).toBe('"pool"');
    expect(match('pool - & – gym')).toBe('"pool" AND "gym"');
  });

  it('hands FTS5 its own syntax only as quoted text', () => {
    expect(match('body:leisure')).toBe('"body:leisure"');
    expect(match('{heading}: pool')).toBe('"{heading}:" AND "pool"');
    expect(match('NEAR(pool gym, 5)')).toBe('"NEAR(pool" AND "gym," AND "5)"');
    expect(match('^pool (gym')).toBe('"^pool" AND "(gym"');
    expect(match('a"b')).toBe('"a" AND "b"');
    expect(match('"""pool"""')).toBe('"pool"');
    expect(match('s.106 £19.42 well-being')).toBe('"s.106" AND "£19.42" AND "well-being"');
  });

  it('keeps a short prefix out but searches the rest, as while typing', () => {
    expect(match('leisure ce*')).toBe('"leisure"');
  });
});

describe('a search that cannot be made sensible', () => {
  it('gets a sentence instead of an expression', () => {
    expect(message('')).toBe('Type a word or phrase to search for.');
    expect(message('   ')).toBe('Type a word or phrase to search for.');
    expect(message('OR')).toMatch(/nothing to search for in “OR”/);
    expect(message('"" * - ( ) : ^')).toMatch(/nothing to search for/);
    expect(message('-tender')).toBe('Add a word to look for: a search cannot only leave words out.');
    expect(message('NOT tender')).toBe('Add a word to look for: a search cannot only leave words out.');
    expect(message('co*')).toMatch(/^Type at least 3 letters before the \*/);
    expect(message('x'.repeat(MAX_QUERY_CHARS + 1))).toMatch(/too long/);
    expect(message(Array.from({ length: MAX_TERMS + 1 }, (_, n) => `w${n}`).join(' '))).toMatch(/at most 24/);
  });

  it('never throws, whatever is typed', () => {
    const alphabet = [
      'a',
      'b',
      'é',
      '1',
      ' ',
      '"',
      '-',
      '*',
      '(',
      ')',
      ':',
      '^',
      '{',
      '}',
      'OR',
      'NOT',
      'AND',
      'NEAR',
      '+',
      '\\',
      "'",
      '\u0000',
      '😀',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5000; n += 1) {
      const input = Array.from(
        { length: Math.floor(next() * 12) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join(next() < 0.5 ? ' ' : '');
      const parsed = parseSearchQuery(input);
      expect(parsed.ok ? parsed.match.length > 0 : parsed.message.length > 0).toBe(true);
    }
  });
});

describe('snippets', () => {
  it('split into plain and matched runs at the markers', () => {
    expect(snippetParts(`The ${SNIPPET_MARK_START}councils${SNIPPET_MARK_END} agreed`)).toEqual([
      { text: 'The ', match: false },
      { text: 'councils', match: true },
      { text: ' agreed', match: false },
    ]);
  });
});

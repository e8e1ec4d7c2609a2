// What people type never reaches FTS5 as an error: words, phrases, exclusions, prefixes and stems
// are found, ranked, or answered with a sentence.
import { describe, expect, it } from 'vitest';
import { search } from '../../electron/store/search';
import { parseSearchQuery } from '../../shared/search/query';
import type { SearchFilters, SearchKind } from '../../shared/search/results';
import { doc } from './exportFixture';
import { ok, tempCore } from './helpers';
import { p, hits, plain, cabinet } from './searchSetup';

describe('what people type', () => {
  async function record() {
    const core = tempCore();
    const { item } = await cabinet(core);
    const paragraphs = [
      'The councils agreed the leisure centre budget.',
      'The leisure budget for the centre was deferred.',
      'The café in the park reopened.',
      'Procurement of the swimming pool was delayed.',
      'The gym was procured last year.',
    ];
    const leisure = await item('Leisure');
    await ok(core, 'minutes.save', { itemId: leisure.id, baseVersion: 0, doc: doc(...paragraphs.map(p)) });
    const texts = (query: string, filters: SearchFilters = {}) =>
      hits(core, query, filters).map(plain).sort();
    return { core, paragraphs, texts };
  }

  it('finds every word, a phrase, an exclusion, a prefix, either of two words, stems and plain letters', async () => {
    const {
      paragraphs: [agreed, deferred, cafe, pool, gym],
      texts,
    } = await record();
    expect(texts('leisure budget')).toEqual([agreed, deferred].sort());
    expect(texts('"leisure centre"')).toEqual([agreed]);
    expect(texts('leisure -deferred')).toEqual([agreed, 'Leisure'].sort());
    expect(texts('procure*')).toEqual([pool, gym].sort());
    expect(texts('pool OR gym')).toEqual([pool, gym].sort());
    expect(texts('council')).toEqual([agreed]);
    expect(texts('cafe')).toEqual([cafe]);
    expect(texts('CAFÉ PARK')).toEqual([cafe]);
    expect(texts('centres')).toEqual([agreed, deferred].sort());
  });

  it('ranks titles and decisions above narrative, and the closer match first', async () => {
    const { core, texts } = await record();
    expect(texts('leisure')).toHaveLength(3);
    expect(hits(core, 'leisure')[0]).toMatchObject({ kind: 'item', field: 'title' });
    const scores = hits(core, 'leisure').map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits(core, 'leisure', { limit: 1 })).toHaveLength(1);
  });

  it('gives a sentence for a search that cannot be made sensible, and for a bad date', async () => {
    const { core } = await record();
    for (const query of ['', '-leisure', 'OR', '()', 'co*']) {
      const result = search(core.db, query);
      expect(result.ok, query).toBe(false);
      expect((result as { message: string }).message).toMatch(/^[A-Z“].*[.)]$/);
    }
    expect(search(core.db, 'leisure', { from: '7 March 2024' })).toEqual({
      ok: false,
      message: '“7 March 2024” is not a date: write it as YYYY-MM-DD.',
    });
  });

  it('cannot be broken by filters the API would have refused', async () => {
    const { core } = await record();
    const odd: SearchFilters = {
      limit: Number.NaN,
      kinds: ['minutes', 'x" OR "y'] as SearchKind[],
      committeeIds: ['") OR ("leisure'],
      order: 'sideways' as never,
    };
    expect(search(core.db, 'leisure', odd)).toEqual({ ok: true, hits: [], complete: true });
    expect(hits(core, 'leisure', { ...odd, committeeIds: [] })).toHaveLength(2);
  });

  it('never makes an SQL error, whatever is typed (a fuzz against the real index)', async () => {
    const { core } = await record();
    const alphabet = [
      ...'abcéz019 "-*():^{}+.,\'\\|&~<>=_!?@#$%£€\u0000\t\n',
      'OR',
      'NOT',
      'AND',
      'NEAR',
      'leisure',
      'pool',
      '😀',
      'ﬁ',
      'ß',
      '\uD800',
      '\u0001',
    ];
    let seed = 19;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const raw = core.db.prepare('SELECT count(*) FROM search_index WHERE search_index MATCH ?').pluck();
    for (let n = 0; n < 3000; n += 1) {
      const input = Array.from(
        { length: 1 + Math.floor(next() * 14) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join(next() < 0.4 ? ' ' : '');
      const parsed = parseSearchQuery(input);
      if (parsed.ok) expect(() => raw.get(parsed.match), input).not.toThrow();
      const result = search(core.db, input, { kinds: ['minutes', 'item'], publicOnly: next() < 0.5 });
      expect(result.ok ? Array.isArray(result.hits) : result.message.length > 0, input).toBe(true);
    }
  });
});

// The search box searches while the officer types: the unfinished last word counts as a beginning,
// and every string on the way to a search (one keystroke at a time) is answered, never an error.
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../shared/api';
import { asTypedSoFar } from '../../shared/search/query';
import { plainSnippet } from '../../shared/search/results';
import { doc } from './exportFixture';
import { ok, tempCore } from './helpers';
import { cabinet, p } from './searchSetup';

describe('searching as the officer types', () => {
  it('takes the unfinished last word as a beginning, once it has three letters', () => {
    expect(asTypedSoFar('procur')).toBe('procur*');
    expect(asTypedSoFar('leisure cen')).toBe('leisure cen*');
    expect(asTypedSoFar('"leisure cen')).toBe('"leisure cen*');
    expect(asTypedSoFar('pool -gy')).toBe('pool -gy');
    expect(asTypedSoFar('pool -gym')).toBe('pool -gym*');
    expect(asTypedSoFar('café')).toBe('café*');
    expect(asTypedSoFar('pr')).toBe('pr');
    expect(asTypedSoFar('procure ')).toBe('procure ');
    expect(asTypedSoFar('"leisure centre"')).toBe('"leisure centre"');
    expect(asTypedSoFar('procure*')).toBe('procure*');
    expect(asTypedSoFar('pool OR')).toBe('pool OR');
    expect(asTypedSoFar('pool NOT')).toBe('pool NOT');
    expect(asTypedSoFar('')).toBe('');
  });

  it('answers every keystroke on the way to a search, and finds the word before it is finished', async () => {
    const core = tempCore();
    const { item } = await cabinet(core);
    const leisure = await item('Leisure');
    await ok(core, 'minutes.save', {
      itemId: leisure.id,
      baseVersion: 0,
      doc: doc(p('Procurement of the leisure centre was delayed.'), p('The pool and gym "reopened" in May.')),
    });
    const typed = 'procurement -"pool and gym" OR "leisure centre" NOT gym*';
    for (let end = 1; end <= typed.length; end += 1) {
      const result = await core.router.call('search.query', { text: asTypedSoFar(typed.slice(0, end)) });
      if (!result.ok) {
        expect(result.error.code, typed.slice(0, end)).toBe('invalid_input');
        expect(result.error.message, typed.slice(0, end)).not.toMatch(/fts5|sqlite|syntax/i);
      }
    }
    const found = await ok<SearchAnswer>(core, 'search.query', { text: asTypedSoFar('procur') });
    expect(found.hits.map((hit) => plainSnippet(hit.snippet))).toEqual([
      'Procurement of the leisure centre was delayed.',
    ]);
  });
});

// The import corpus's held-out set is what tests/fixtures/import/split.ts records: the first 52
// fixtures by the seeded draw made before any parser ran over them, each later batch in the set it
// was written for. A fixture moved between train/ and heldout/ by hand fails here.
import { describe, expect, it } from 'vitest';
import {
  HELDOUT_SHARE,
  LATER_BATCHES,
  fixturesIn,
  foldersFound,
  heldOutNames,
  misplaced,
} from '../fixtures/import/split';

describe('import corpus split', () => {
  it('every fixture is where the record puts it', () => {
    expect(misplaced()).toEqual([]);
  });

  it('the first split is the seeded draw: a quarter of the first 52, whatever order they are listed in', () => {
    const later = new Set(LATER_BATCHES.flatMap((batch) => batch.names));
    const first = [...fixturesIn('train'), ...fixturesIn('heldout')].filter((name) => !later.has(name));
    expect(first).toHaveLength(52);
    const drawn = heldOutNames(first);
    expect(drawn.size).toBe(13);
    expect(heldOutNames([...first].reverse())).toEqual(drawn);
    expect([...drawn].sort()).toEqual([...fixturesIn('heldout')].filter((name) => !later.has(name)).sort());
  });

  it('at least a quarter of the corpus is held out', () => {
    const held = fixturesIn('heldout').length;
    expect(held / (held + fixturesIn('train').length)).toBeGreaterThanOrEqual(HELDOUT_SHARE);
  });

  it('a fixture moved by hand is caught, either way', () => {
    const found = foldersFound();
    const trainOne = fixturesIn('train')[0]!;
    const heldOne = fixturesIn('heldout')[0]!;
    found.set(trainOne, 'heldout');
    found.set(heldOne, 'train');
    expect(misplaced(found)).toEqual([
      expect.stringContaining(`${trainOne}: in heldout/, the record puts it in train/`),
      expect.stringContaining(`${heldOne}: in train/, the record puts it in heldout/`),
    ]);
  });
});

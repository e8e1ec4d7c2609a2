// A save that meets a damaged search index: the index is made from the record, so the save must not
// fail with "the data file is damaged, restore a backup" (which would send the officer back to an
// older file); the index is rebuilt and the save goes through.
import { describe, expect, it } from 'vitest';
import { checkSearchIndex } from '../../electron/store/search';
import { doc, fullMeeting } from './exportFixture';
import { tempCore } from './helpers';
import { p, hits, expectIndexMatchesRecord } from './searchSetup';

describe('a write that meets a damaged search index', () => {
  it('rebuilds the index and saves, every time, with nothing said of damage', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    let version = (
      (await core.router.call('minutes.get', { itemId: f.publicItem.id })) as {
        ok: true;
        value: { version: number };
      }
    ).value.version;
    for (let round = 0; round < 3; round += 1) {
      core.db.unsafeMode(true);
      core.db.exec('DELETE FROM search_index_data WHERE id > 10');
      core.db.unsafeMode(false);
      expect(checkSearchIndex(core.db).ok).toBe(false);
      // Typing goes on: FTS5 merges the index's segments now and then, and meets the damage.
      for (let key = 0; key < 60; key += 1) {
        const saved = await core.router.call('minutes.save', {
          itemId: f.publicItem.id,
          baseVersion: version,
          doc: doc(p(`Saved through a damaged index, round ${round}, key ${key}.`)),
        });
        expect(saved, `round ${round}, key ${key}`).toMatchObject({ ok: true });
        version = (saved as { ok: true; value: { version: number } }).value.version;
      }
      expect(hits(core, `damaged index round ${round}`)).toHaveLength(1);
      expect(checkSearchIndex(core.db)).toEqual({ ok: true });
      expectIndexMatchesRecord(core);
    }
  });
});

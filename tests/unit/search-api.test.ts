// search.query through the router, as the search box and the command line call it: what it checks
// in a request, the sentences it gives, the filters, exempt content, and a damaged index mended on
// the way (at query time, and by the checks after opening).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core';
import { checkSearchIndex } from '../../electron/store/search';
import { checkSearchIndexCopy } from '../../electron/store/searchIndexCheck';
import type { SearchAnswer } from '../../shared/api';
import { doc, fullMeeting } from './exportFixture';
import { ok, tempCore, tempDir } from './helpers';
import { fileOf, open } from './openingSetup';
import { cabinet, p } from './searchSetup';

async function refused(core: Pick<Core, 'router'>, input: unknown) {
  const result = await core.router.call('search.query', input);
  if (result.ok) throw new Error(`search.query ${JSON.stringify(input)} answered`);
  return result.error;
}

const query = (core: Pick<Core, 'router'>, input: object) => ok<SearchAnswer>(core, 'search.query', input);

describe('search.query', () => {
  it('answers what cannot be searched with a sentence, never an SQL error', async () => {
    const core = tempCore();
    await fullMeeting(core);
    for (const text of ['', '   ', '-strategy', 'NOT strategy', 'OR', 'co*', '"', '()', '*', '—', '\u0000']) {
      const error = await refused(core, { text });
      expect(error.code, text).toBe('invalid_input');
      expect(error.message, text).toMatch(/^[A-Z“].*[.)]$/);
      expect(error.message, text).not.toMatch(/fts5|sqlite|syntax/i);
    }
    expect((await refused(core, { text: 'x'.repeat(501) })).message).toMatch(/too long/);
    // FTS5's own syntax is only words to it: these find what they say, or nothing, and never fail.
    for (const text of [
      'body:strategy',
      'NEAR(strategy update)',
      'strategy AND OR update',
      '"strategy',
      'strategy)',
      '^strategy',
      '+strategy',
      'heading : strategy',
      "strategy'; DROP TABLE search_entries; --",
      'facets:xexempt',
      '"kdecision"',
    ]) {
      const answer = await query(core, { text });
      expect(Array.isArray(answer.hits), text).toBe(true);
    }
    expect((await query(core, { text: 'facets:xexempt', publicOnly: true })).hits).toEqual([]);
  });

  it('checks every field of the request and says which is wrong', async () => {
    const core = tempCore();
    const cases: [object, RegExp][] = [
      [{}, /Search is missing/],
      [{ text: 42 }, /must be text/],
      [{ text: 'a', kinds: ['minutes', 'bogus'] }, /Each kind is one of: item, minutes/],
      [{ text: 'a', order: 'oldest' }, /order is one of: relevance, newest/],
      [{ text: 'a', limit: 101 }, /at most 100/],
      [{ text: 'a', limit: 0 }, /at least 1/],
      [{ text: 'a', limit: 2.5 }, /whole number/],
      [{ text: 'a', from: '2024-02-30' }, /“from” date is not a real calendar date/],
      [{ text: 'a', to: '30/04/2025' }, /“to” date must be written as YYYY-MM-DD/],
      [{ text: 'a', from: '2025-05-01', to: '2024-04-30' }, /“from” date is after the “to” date/],
      [{ text: 'a', committeeIds: ['Cabinet'] }, /Committee is not a valid id/],
      [{ text: 'a', publicOnly: 'yes' }, /true or false/],
      [{ text: 'a', everything: true }, /Unexpected field: everything/],
    ];
    for (const [input, message] of cases) {
      const error = await refused(core, input);
      expect(error.code, JSON.stringify(input)).toBe('invalid_input');
      expect(error.message, JSON.stringify(input)).toMatch(message);
    }
  });

  it('marks exempt content, and leaves it out when only public content is asked for', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const all = await query(core, { text: 'Zephyrcare', limit: 100 });
    expect(all.hits.length).toBeGreaterThan(3);
    expect(all.hits.every((hit) => hit.exempt && hit.itemId === f.exemptItem.id)).toBe(true);
    expect((await query(core, { text: 'Zephyrcare', publicOnly: true })).hits).toEqual([]);
    // What the public edition keeps of the exempt item is found, and not marked.
    expect((await query(core, { text: 'Home Care', publicOnly: true })).hits).toMatchObject([
      { kind: 'item', field: 'title', exempt: false, itemId: f.exemptItem.id },
    ]);
  });

  it('filters by committee, date, kind and order, and gives what each hit needs to be opened', async () => {
    const core = tempCore();
    const older = await cabinet(core, '2022-06-09', 'Cabinet');
    const newer = await cabinet(core, '2024-06-13', 'Planning Committee');
    const first = await older.item('Leisure centre contract');
    const second = await newer.item('Leisure centre car park');
    await ok(core, 'minutes.save', {
      itemId: second.id,
      baseVersion: 0,
      doc: doc(p('Parking at the leisure centre was discussed.'), p('The leisure centre opens in May.')),
    });
    const ids = (answer: SearchAnswer) => answer.hits.map((hit) => `${hit.kind}:${hit.date}`);

    expect(ids(await query(core, { text: 'leisure' }))).toHaveLength(4);
    expect(ids(await query(core, { text: 'leisure', committeeIds: [older.committee.id] }))).toEqual([
      'item:2022-06-09',
    ]);
    expect(
      ids(await query(core, { text: 'leisure', committeeIds: [older.committee.id, newer.committee.id] })),
    ).toHaveLength(4);
    expect(ids(await query(core, { text: 'leisure', from: '2023-01-01' }))).toHaveLength(3);
    expect(ids(await query(core, { text: 'leisure', to: '2023-01-01' }))).toEqual(['item:2022-06-09']);
    expect(ids(await query(core, { text: 'leisure', from: '2022-06-09', to: '2022-06-09' }))).toEqual([
      'item:2022-06-09',
    ]);
    expect(ids(await query(core, { text: 'leisure', kinds: ['minutes'] }))).toEqual([
      'minutes:2024-06-13',
      'minutes:2024-06-13',
    ]);
    expect(ids(await query(core, { text: 'leisure', kinds: ['minutes', 'item'], limit: 1 }))).toHaveLength(1);
    const newest = await query(core, { text: 'leisure', order: 'newest' });
    expect(newest.hits.at(-1)).toMatchObject({ itemId: first.id, date: '2022-06-09' });
    expect(newest.complete).toBe(true);

    const [parking] = (await query(core, { text: 'discussed' })).hits;
    expect(parking).toMatchObject({
      meetingId: newer.meeting.id,
      itemId: second.id,
      committeeId: newer.committee.id,
      committee: 'Planning Committee',
      date: '2024-06-13',
      minuteNumber: '1/24',
      itemTitle: 'Leisure centre car park',
      kind: 'minutes',
      field: 'minutes',
      paragraph: [0],
      exempt: false,
    });
    expect(parking!.snippet).toBe('Parking at the leisure centre was \u0002discussed\u0003.');
  });

  it('rebuilds a damaged index when a search finds it so, and answers', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    core.db.unsafeMode(true);
    core.db.exec('DELETE FROM search_index_data WHERE id > 10');
    core.db.unsafeMode(false);
    expect(checkSearchIndex(core.db).ok).toBe(false);
    const answer = await query(core, { text: 'front door' });
    expect(answer.hits).toMatchObject([{ itemId: f.publicItem.id, kind: 'minutes' }]);
    expect(checkSearchIndex(core.db)).toEqual({ ok: true });
  });
});

describe('the checks after opening', () => {
  /** A data folder whose search index says what its rows do not, closed. */
  async function damagedFolder(damage: (db: Database.Database) => void) {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const f = await fullMeeting(core);
    core.close();
    const db = new Database(fileOf(dir));
    db.unsafeMode(true);
    damage(db);
    db.unsafeMode(false);
    expect(checkSearchIndex(db).ok).toBe(false);
    expect(checkSearchIndexCopy(db).ok).toBe(false);
    db.close();
    return { dir, f };
  }

  it('find an index that disagrees with the record, or has lost pages, and rebuild it in the background', async () => {
    const damages: ((db: Database.Database) => void)[] = [
      (db) => {
        const victim = db
          .prepare("SELECT id FROM search_entries WHERE body LIKE '%front door%'")
          .pluck()
          .get() as number;
        db.prepare(
          "INSERT INTO search_index (search_index, rowid, heading, body, facets) VALUES ('delete', ?, '', 'unrelated words', '')",
        ).run(BigInt(victim));
      },
      (db) => db.exec('DELETE FROM search_index_data WHERE id > 10'),
    ];
    for (const damage of damages) {
      const { dir, f } = await damagedFolder(damage);
      const session = open(dir, { backgroundCheckAfterMs: 0 });
      // The index's check is silent: the officer is not told to wait for it, nor of a rebuild.
      expect((await ok<{ checking: boolean }>(session, 'app.info', {})).checking).toBe(false);
      await session.checksDone();
      expect(checkSearchIndex(session.current!.db)).toEqual({ ok: true });
      expect((await ok<{ notices: unknown[] }>(session, 'app.info', {})).notices).toEqual([]);
      expect((await query(session, { text: 'front door' })).hits).toMatchObject([
        { itemId: f.publicItem.id },
      ]);
      await session.close();
    }
  }, 120_000);

  it('leave an intact index as it is, and saves go on after them', async () => {
    const dir = tempDir();
    const session = open(dir, { backgroundCheckAfterMs: 0 });
    const item = await (await cabinet(session as unknown as Core)).item('Parking');
    const before = session.current!.db.prepare('SELECT count(*) FROM search_entries').pluck().get();
    await session.checksDone();
    await ok(session, 'minutes.save', {
      itemId: item.id,
      baseVersion: 0,
      doc: doc(p('Saved after the check.')),
    });
    expect((await query(session, { text: 'saved' })).hits).toHaveLength(1);
    expect(session.current!.db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(
      (before as number) + 1,
    );
    expect(checkSearchIndex(session.current!.db)).toEqual({ ok: true });
  });
});

// Searching the record, on real SQLite files through the real router: the index follows every
// write in its own transaction, an approved meeting stays searchable, exempt content is marked and
// can be left out, what people type never reaches FTS5 as an error, and a damaged index is rebuilt.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { migrate } from '../../electron/store/database';
import { migrations } from '../../electron/store/migrations';
import { DAY_UNIT, TIER_UNIT } from '../../electron/store/searchSql';
import { checkSearchIndex, rebuildSearchIndex, repairSearchIndex, search } from '../../electron/store/search';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { parseSearchQuery } from '../../shared/search/query';
import {
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  type SearchFilters,
  type SearchHit,
  type SearchKind,
} from '../../shared/search/results';
import { generateRecord } from '../bench/searchRecord';
import { doc, fullMeeting } from './exportFixture';
import { ok, tempCore, tempDir } from './helpers';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const li = (...content: object[]) => ({ type: 'listItem', content });

function hits(core: Pick<Core, 'db'>, query: string, filters: SearchFilters = {}): SearchHit[] {
  const result = search(core.db, query, filters);
  if (!result.ok) throw new Error(`"${query}" gave a message: ${result.message}`);
  return result.hits;
}

/** The snippet without its highlight marks. */
const plain = (hit: SearchHit) =>
  hit.snippet.replaceAll(SNIPPET_MARK_START, '').replaceAll(SNIPPET_MARK_END, '');

/** What the index holds, without the sequence part of the ids: the rows a rebuild must give again. */
function indexRows(core: Pick<Core, 'db'>) {
  return core.db
    .prepare(
      `SELECT kind, field, source_id, committee_id, item_id, exempt, heading, body,
              id / ${TIER_UNIT} AS tier, (id % ${TIER_UNIT}) / ${DAY_UNIT} AS day
       FROM search_entries ORDER BY kind, field, source_id, body`,
    )
    .all();
}

/** The triggers' rows are exactly those a rebuild from the record makes, and FTS5 agrees with them. */
function expectIndexMatchesRecord(core: Pick<Core, 'db'>) {
  const kept = indexRows(core);
  expect(checkSearchIndex(core.db)).toEqual({ ok: true });
  rebuildSearchIndex(core.db);
  expect(indexRows(core)).toEqual(kept);
  expect(checkSearchIndex(core.db)).toEqual({ ok: true });
}

async function cabinet(core: Core, date = '2023-12-07', name = 'Cabinet') {
  const committee = await ok<Committee>(core, 'committees.create', {
    name,
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}/{yy}',
  });
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date,
    startTime: '18:30',
  });
  const item = (title: string, purpose = '', exempt = false) =>
    ok<AgendaItem>(core, 'items.create', {
      meetingId: meeting.id,
      title,
      purpose,
      leadOfficerId: null,
      exempt,
      exemptParagraph: exempt ? 3 : null,
    });
  return { committee, meeting, item };
}

describe('the index follows every write, in the same transaction', () => {
  it('finds a paragraph of minutes as soon as it is saved, re-indexes only what changed, and forgets what is deleted', async () => {
    const core = tempCore();
    const { item } = await cabinet(core);
    const leisure = await item('Leisure centre contract');
    const first = doc(
      p('The Cabinet considered the tender for the leisure centres.'),
      { type: 'bulletList', content: [li(p('Swimming pool closure on Sundays'))] },
      { type: 'blockquote', content: [p('We will keep the trampoline park open.')] },
    );
    const saved = await ok<{ version: number }>(core, 'minutes.save', {
      itemId: leisure.id,
      baseVersion: 0,
      doc: first,
    });

    const [pool] = hits(core, 'swimming pool');
    expect(pool).toMatchObject({
      kind: 'minutes',
      field: 'minutes',
      itemId: leisure.id,
      paragraph: [1, 0, 0],
    });
    expect(pool!.snippet).toBe(
      `${SNIPPET_MARK_START}Swimming${SNIPPET_MARK_END} ${SNIPPET_MARK_START}pool${SNIPPET_MARK_END} closure on Sundays`,
    );
    expect(hits(core, 'trampoline')[0]).toMatchObject({ paragraph: [2, 0] });
    const rowOf = (text: string) =>
      core.db.prepare('SELECT id FROM search_entries WHERE body = ?').pluck().get(text) as number | undefined;
    const kept = rowOf('The Cabinet considered the tender for the leisure centres.');

    // Typing in one paragraph, and a new paragraph above the others.
    await ok(core, 'minutes.save', {
      itemId: leisure.id,
      baseVersion: saved.version,
      doc: doc(
        p('Members asked about the gym.'),
        p('The Cabinet considered the tender for the leisure centres.'),
        { type: 'bulletList', content: [li(p('Swimming pool closure on Saturdays'))] },
      ),
    });
    expect(hits(core, 'Sundays')).toEqual([]);
    expect(hits(core, 'trampoline')).toEqual([]);
    expect(hits(core, 'Saturdays')).toHaveLength(1);
    expect(hits(core, 'gym')[0]).toMatchObject({ paragraph: [0] });
    expect(hits(core, 'tender')[0]).toMatchObject({ paragraph: [1] });
    expect(rowOf('The Cabinet considered the tender for the leisure centres.')).toBe(kept);
    expectIndexMatchesRecord(core);
  });

  it('finds decisions, clauses, actions, updates, reports, attendance wording, declarations and items as saved', async () => {
    const core = tempCore();
    const { meeting, item } = await cabinet(core);
    const leisure = await item('Leisure centre contract', 'To consider the Quarrymead tender');
    const pike = await ok<Person>(core, 'people.create', {
      name: 'Ann Pike',
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
    await ok(core, 'memberships.add', {
      committeeId: meeting.committeeId,
      personId: pike.id,
      role: 'member',
    });
    await ok(core, 'attendance.setMember', { meetingId: meeting.id, personId: pike.id, status: 'present' });
    const decision = await ok<Decision>(core, 'decisions.create', {
      itemId: leisure.id,
      keyword: 'RESOLVED',
      preamble: 'That the Cabinet, having regard to the Fenwick review:',
    });
    await ok(core, 'decisions.update', {
      id: decision.id,
      baseVersion: 1,
      clauses: [
        {
          groupHeading: 'Procurement of the Ashcombe contract',
          doc: doc(p('The contract be awarded to Bellweather Leisure.')),
        },
        { groupHeading: '', doc: doc(p('The Director be authorised to sign.')) },
      ],
    });
    const action = await ok<{ id: string; version: number }>(core, 'actions.create', {
      itemId: leisure.id,
      text: 'Write to Bellweather about mobilisation',
    });
    await ok(core, 'updates.create', {
      itemId: leisure.id,
      heading: 'After the meeting',
      doc: doc(p('The Hollinsbrook contract was signed.')),
    });
    await ok(core, 'reports.save', {
      itemId: leisure.id,
      baseVersion: 0,
      contactPoints: 'Emma Thistlewood, Leisure Manager',
      backgroundPapers: 'The Wickenby feasibility study',
      doc: doc(p('Summary'), p('The Greystoke leisure centre needs a new roof.')),
    });
    await ok(core, 'attendance.setText', {
      meetingId: meeting.id,
      section: 'present',
      text: 'Councillors Ashdown (Chair), Pike and Moss',
    });
    await ok(core, 'declarations.add', {
      meetingId: meeting.id,
      itemId: leisure.id,
      personId: pike.id,
      category: 'other registrable',
      interest: 'a trustee of the Leisure Trust',
      withdrew: true,
    });

    const only = (query: string, kind: SearchHit['kind']) => {
      const found = hits(core, query);
      expect(
        found.map((hit) => hit.kind),
        query,
      ).toEqual([kind]);
      return found[0]!;
    };
    expect(only('Quarrymead', 'item')).toMatchObject({
      field: 'purpose',
      sourceId: leisure.id,
      itemTitle: 'Leisure centre contract',
    });
    expect(only('Fenwick', 'decision')).toMatchObject({ field: 'preamble', sourceId: decision.id });
    expect(only('Ashcombe', 'decision')).toMatchObject({ field: 'clause' });
    expect(only('Bellweather awarded', 'decision')).toMatchObject({ field: 'clause' });
    expect(only('mobilisation', 'action')).toMatchObject({ sourceId: action.id });
    expect(only('Hollinsbrook', 'update')).toMatchObject({ field: 'update' });
    expect(only('Greystoke', 'report')).toMatchObject({ field: 'report', paragraph: [1] });
    expect(only('Thistlewood', 'report')).toMatchObject({ field: 'contact_points' });
    expect(only('Wickenby', 'report')).toMatchObject({ field: 'background_papers' });
    expect(only('Ashdown', 'attendance')).toMatchObject({
      field: 'present',
      itemId: null,
      minuteNumber: null,
      meetingId: meeting.id,
    });
    const declaration = only('Pike trustee', 'declaration');
    expect(plain(declaration)).toBe(
      'Councillor Ann Pike, other registrable interest: a trustee of the Leisure Trust (left the room)',
    );
    expect(hits(core, 'leisure contract', { kinds: ['item'] })[0]).toMatchObject({ field: 'title' });
    expect(hits(core, 'leisure', { kinds: ['item'] })[0]!.snippet).toBe(
      `${SNIPPET_MARK_START}Leisure${SNIPPET_MARK_END} centre contract`,
    );

    // Changed: the old words are gone and the new ones found.
    await ok(core, 'items.update', { id: leisure.id, title: 'Swimming baths contract' });
    await ok(core, 'decisions.update', {
      id: decision.id,
      baseVersion: 2,
      preamble: 'That the Cabinet:',
      clauses: [{ groupHeading: '', doc: doc(p('The contract be awarded to Ravensworth Leisure.')) }],
    });
    await ok(core, 'actions.update', {
      id: action.id,
      baseVersion: action.version,
      text: 'Write to Ravensworth',
    });
    await ok(core, 'attendance.setText', { meetingId: meeting.id, section: 'present', text: null });
    await ok(core, 'people.update', { id: pike.id, name: 'Ann Pike-Hollis' });
    for (const gone of ['Fenwick', 'Ashcombe', 'Bellweather', 'mobilisation', 'Ashdown']) {
      expect(hits(core, gone), gone).toEqual([]);
    }
    expect(
      hits(core, 'Ravensworth')
        .map((hit) => hit.kind)
        .sort(),
    ).toEqual(['action', 'decision']);
    expect(hits(core, '"Swimming baths"')[0]).toMatchObject({ kind: 'item', field: 'title' });
    expect(plain(hits(core, 'Hollis')[0]!)).toMatch(
      /^Councillor Ann Pike-Hollis, other registrable interest/,
    );
    expectIndexMatchesRecord(core);
  });

  it('forgets everything of a deleted item, decision or meeting', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    expect(hits(core, 'Strategy').length).toBeGreaterThan(3);
    const decisions = await ok<Decision[]>(core, 'decisions.list', { itemId: f.publicItem.id });
    await ok(core, 'decisions.delete', { id: decisions[0]!.id });
    expect(hits(core, 'workstreams', { kinds: ['decision'] })).toEqual([]);
    expect(hits(core, 'workstreams', { kinds: ['minutes'] })).toHaveLength(1);

    await ok(core, 'items.delete', { id: f.publicItem.id });
    expect(hits(core, 'Strategy')).toEqual([]);
    expect(hits(core, 'letter thanks')).toEqual([]);
    expect(
      core.db.prepare('SELECT count(*) FROM search_entries WHERE item_id = ?').pluck().get(f.publicItem.id),
    ).toBe(0);
    expect(hits(core, 'Zephyrcare').length).toBeGreaterThan(0);
    expectIndexMatchesRecord(core);

    await ok(core, 'meetings.delete', { id: f.meeting.id });
    expect(core.db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(0);
    expect(checkSearchIndex(core.db)).toEqual({ ok: true });
  });

  it('moves a meeting’s hits with its date and committee, and numbers them as the minutes do', async () => {
    const core = tempCore();
    const { meeting, committee, item } = await cabinet(core, '2023-06-01');
    await item('Treasury management outturn');
    const later = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committee.id,
      date: '2023-07-01',
      startTime: '18:30',
    });
    const second = await ok<AgendaItem>(core, 'items.create', {
      meetingId: later.id,
      title: 'Treasury management strategy',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    await ok(core, 'minutes.save', {
      itemId: second.id,
      baseVersion: 0,
      doc: doc(p('The treasury strategy was noted.')),
    });
    expect(hits(core, 'strategy', { kinds: ['minutes'] })[0]).toMatchObject({
      minuteNumber: '2/23',
      date: '2023-07-01',
    });

    expect(
      hits(core, 'treasury', { from: '2023-06-01', to: '2023-06-30' }).map((hit) => hit.itemTitle),
    ).toEqual(['Treasury management outturn']);
    await ok(core, 'meetings.update', { id: later.id, date: '2022-01-10' });
    expect(hits(core, 'strategy', { from: '2023-07-01' })).toEqual([]);
    expect(hits(core, 'strategy', { to: '2022-12-31' }).map((hit) => [hit.date, hit.minuteNumber])).toEqual([
      ['2022-01-10', '1/21'],
      ['2022-01-10', '1/21'],
    ]);
    expect(hits(core, 'treasury', { order: 'newest' }).map((hit) => hit.date)).toEqual([
      '2023-06-01',
      '2022-01-10',
      '2022-01-10',
    ]);

    const other = await ok<Committee>(core, 'committees.create', {
      name: 'Audit Committee',
      kind: 'other',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: 'AUD{n}',
    });
    // No screen moves a meeting to another committee today; should one, its hits move with it.
    core.db.prepare('UPDATE meetings SET committee_id = ? WHERE id = ?').run(other.id, meeting.id);
    expect(hits(core, 'treasury', { committeeIds: [other.id] })).toMatchObject([
      { committee: 'Audit Committee', itemTitle: 'Treasury management outturn', minuteNumber: 'AUD1' },
    ]);
    expect(hits(core, 'treasury', { committeeIds: [committee.id] })).toHaveLength(2);
    expectIndexMatchesRecord(core);
  });
});

describe('approved minutes', () => {
  it('stay searchable; approving still works; a refused change leaves the index as it was', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: f.committee.id,
      date: '2021-04-12',
      startTime: '14:00',
    });
    const before = indexRows(core);
    await ok(core, 'meetings.approve', { id: f.meeting.id, approvedByMeetingId: next.id });
    expect(indexRows(core)).toEqual(before);
    expect(hits(core, 'front door')[0]).toMatchObject({ meetingId: f.meeting.id, kind: 'minutes' });

    const minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
    const refused = await core.router.call('minutes.save', {
      itemId: f.publicItem.id,
      baseVersion: minutes.version,
      doc: doc(p('A quiet change to the approved minutes about Quenby.')),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'approved' } });
    expect(hits(core, 'Quenby')).toEqual([]);
    expect(indexRows(core)).toEqual(before);

    await ok(core, 'meetings.reopen', { id: f.meeting.id, reason: 'A name was misspelt.' });
    await ok(core, 'minutes.save', {
      itemId: f.publicItem.id,
      baseVersion: minutes.version,
      doc: doc(p('The corrected minutes mention Quenby.')),
    });
    expect(hits(core, 'Quenby')).toHaveLength(1);
    expectIndexMatchesRecord(core);
  });
});

describe('exempt items', () => {
  it('mark their confidential content exempt, and public-only searches leave it out', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const indexed = [
      f.secrets.minutes,
      f.secrets.listItem,
      f.secrets.clause,
      f.secrets.groupHeading,
      f.secrets.action,
      f.secrets.update,
      f.secrets.updateHeading,
      f.secrets.report,
      f.secrets.purpose,
    ];
    for (const secret of indexed) {
      const query = `"${secret.replace(/[^\p{L}\p{N} ]/gu, ' ')}"`;
      const found = hits(core, query);
      expect(found.length, secret).toBeGreaterThan(0);
      expect(
        found.every((hit) => hit.exempt && hit.itemId === f.exemptItem.id),
        secret,
      ).toBe(true);
      expect(hits(core, query, { publicOnly: true }), secret).toEqual([]);
    }
    const everything = hits(core, 'Zephyrcare OR contract OR tender OR award*', {
      publicOnly: true,
      limit: 100,
    });
    for (const hit of everything) {
      for (const secret of indexed) expect(plain(hit)).not.toContain(secret.slice(0, 20));
    }
    // What the public edition keeps of an exempt item: its title and the publishable wording.
    expect(hits(core, 'Home Care', { publicOnly: true })).toMatchObject([
      { kind: 'item', field: 'title', exempt: false, itemId: f.exemptItem.id },
    ]);
    expect(hits(core, '"exempt report"', { publicOnly: true })).toMatchObject([
      { kind: 'decision', field: 'public_wording', exempt: false },
    ]);

    await ok(core, 'items.update', { id: f.exemptItem.id, exempt: false });
    expect(hits(core, 'Zephyrcare', { publicOnly: true }).length).toBeGreaterThan(3);
    expect(hits(core, 'Zephyrcare').every((hit) => !hit.exempt)).toBe(true);
    await ok(core, 'items.update', { id: f.exemptItem.id, exempt: true, exemptParagraph: 3 });
    expect(hits(core, 'Zephyrcare', { publicOnly: true })).toEqual([]);
    expectIndexMatchesRecord(core);
  });
});

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

describe('a damaged index', () => {
  it('is found by the check and rebuilt from the record', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    expect(repairSearchIndex(core.db)).toBe('intact');
    const rows = indexRows(core);
    // A 'delete' with the wrong words leaves the index saying what the rows do not.
    const victim = core.db
      .prepare("SELECT id FROM search_entries WHERE body LIKE '%front door%'")
      .pluck()
      .get() as number;
    core.db
      .prepare(
        "INSERT INTO search_index (search_index, rowid, heading, body, facets) VALUES ('delete', ?, '', 'unrelated words', '')",
      )
      .run(BigInt(victim));
    expect(checkSearchIndex(core.db)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/malformed|corrupt/i),
    });

    expect(repairSearchIndex(core.db)).toBe('rebuilt');
    expect(checkSearchIndex(core.db)).toEqual({ ok: true });
    expect(indexRows(core)).toEqual(rows);
    expect(hits(core, 'front door')[0]).toMatchObject({ itemId: f.publicItem.id });

    // Pages of the index itself gone (SQLite's defensive mode guards them from everything but this).
    core.db.unsafeMode(true);
    core.db.exec('DELETE FROM search_index_data WHERE id > 10');
    core.db.unsafeMode(false);
    expect(checkSearchIndex(core.db).ok).toBe(false);
    expect(search(core.db, 'front door')).toMatchObject({
      ok: false,
      damaged: true,
      message: expect.stringMatching(/damaged/),
    });
    expect(repairSearchIndex(core.db)).toBe('rebuilt');
    expect(hits(core, 'front door')).toHaveLength(1);
    // Saving after a rebuild still keeps the index.
    const minutes = await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id });
    await ok(core, 'minutes.save', {
      itemId: f.publicItem.id,
      baseVersion: minutes.version,
      doc: doc(p('Rebuilt and kept.')),
    });
    expect(hits(core, 'front door')).toEqual([]);
    expectIndexMatchesRecord(core);
  });
});

describe('migration 010', () => {
  it('builds the index for a record made before it', () => {
    const file = path.join(tempDir(), 'before-search.sqlite3');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    for (const migration of migrations.filter((m) => m.version < 10)) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
    const shape = generateRecord(db, 600, 3);
    migrate(db);
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      expect(count("SELECT count(*) FROM search_entries WHERE field = 'title'")).toBe(shape.items);
      expect(count("SELECT count(*) FROM search_entries WHERE field = 'clause'")).toBe(
        count('SELECT count(*) FROM decision_clauses'),
      );
      expect(count("SELECT count(*) FROM search_entries WHERE kind = 'declaration'")).toBe(
        count('SELECT count(*) FROM declarations'),
      );
      expect(count("SELECT count(*) FROM search_entries WHERE field = 'minutes'")).toBeGreaterThan(
        shape.items,
      );
      const found = search(db, 'council', { limit: 5 });
      expect(found).toMatchObject({ ok: true });
      expect((found as { hits: SearchHit[] }).hits).toHaveLength(5);
      expectIndexMatchesRecord({ db });
    } finally {
      db.close();
    }
  });
});

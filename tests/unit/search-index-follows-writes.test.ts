// Searching the record, on real SQLite files through the real router: the index follows every
// write in its own transaction, and numbers a meeting's hits as its minutes do.
import { describe, expect, it } from 'vitest';
import { checkSearchIndex } from '../../electron/store/search';
import type { Decision } from '../../shared/decisions';
import type { AgendaItem, Committee, Meeting, Person } from '../../shared/domain';
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit } from '../../shared/search/results';
import { doc, fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';
import { p, li, hits, plain, expectIndexMatchesRecord, cabinet } from './searchSetup';

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

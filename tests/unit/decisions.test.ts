import { describe, expect, it } from 'vitest';
import { clauseLabel, noVote, voteResult, type Decision } from '../../shared/decisions';
import type { RichDoc } from '../../shared/richText';
import { itemFixture, ok, tempCore } from './helpers';

const doc = (words: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

describe('working out a vote', () => {
  const counts = (
    forVotes: number,
    against: number,
    abstain: number,
    extra: Partial<Decision['vote']> = {},
    qualifier = '',
  ) =>
    voteResult({
      qualifier,
      vote: { ...noVote(), kind: 'show of hands', for: forVotes, against, abstain, ...extra },
    });

  it('is carried with more for than against, lost with fewer', () => {
    expect(counts(6, 2, 1)).toEqual({ outcome: 'carried', for: 6, against: 2, abstain: 1, problems: [] });
    expect(counts(2, 6, 0).outcome).toBe('lost');
  });

  it('is tied until the chair’s casting vote decides it', () => {
    expect(counts(4, 4, 1)).toMatchObject({
      outcome: 'tied',
      problems: ['The votes are tied: record the chair’s casting vote.'],
    });
    expect(counts(4, 4, 1, { castingVote: 'for' })).toMatchObject({ outcome: 'carried', problems: [] });
    expect(counts(4, 4, 1, { castingVote: 'against' })).toMatchObject({ outcome: 'lost', problems: [] });
  });

  it('flags figures that contradict each other or the wording', () => {
    expect(counts(5, 2, 0, { castingVote: 'for' }).problems).toEqual([
      'A casting vote is only used when the votes are tied.',
    ]);
    expect(counts(7, 1, 0, {}, 'unanimously').problems).toEqual([
      'The decision says “unanimously”, but the vote has 1 against and 0 abstaining.',
    ]);
    expect(counts(0, 0, 0).problems).toContain('No votes have been entered.');
  });

  it('counts a named, recorded vote', () => {
    const result = voteResult({
      qualifier: '',
      vote: {
        ...noVote(),
        kind: 'recorded',
        recorded: [
          { personId: 'a', vote: 'for' },
          { personId: 'b', vote: 'against' },
          { personId: 'c', vote: 'for' },
          { personId: 'd', vote: 'abstain' },
        ],
      },
    });
    expect(result).toEqual({ outcome: 'carried', for: 2, against: 1, abstain: 1, problems: [] });
  });

  it('has no outcome when there was no vote', () => {
    expect(voteResult({ qualifier: 'unanimously', vote: noVote() }).outcome).toBe('not voted');
  });
});

describe('clause labels', () => {
  it('follow the council’s numbering style', () => {
    expect([0, 1, 2].map((i) => clauseLabel('(1)', i))).toEqual(['(1)', '(2)', '(3)']);
    expect([0, 7].map((i) => clauseLabel('1.', i))).toEqual(['1.', '8.']);
    expect([0, 1, 25, 26].map((i) => clauseLabel('(a)', i))).toEqual(['(a)', '(b)', '(z)', '(aa)']);
    // As Word letters the clause list it writes (lowerLetter): after (aa) comes (bb), not (ab).
    expect(clauseLabel('(a)', 27)).toBe('(bb)');
    expect([0, 3, 8, 13].map((i) => clauseLabel('(i)', i))).toEqual(['(i)', '(iv)', '(ix)', '(xiv)']);
  });

  it('leave a lone clause unnumbered, as in “RESOLVED That the report be noted”', () => {
    expect(clauseLabel('(1)', 0, 1)).toBe('');
    expect(clauseLabel('(1)', 0, 2)).toBe('(1)');
  });
});

const setUp = () => itemFixture(tempCore());

describe('decisions through the API', () => {
  it('hold grouped, numbered clauses, mover and seconder, and read back whole', async () => {
    const { core, item, councillor } = await setUp();
    const mover = await councillor('Alison Born');
    const seconder = await councillor('Paul May');
    const created = await ok<Decision>(core, 'decisions.create', {
      itemId: item.id,
      keyword: 'RESOLVED',
      qualifier: 'unanimously',
    });
    expect(created).toMatchObject({
      number: 1,
      keyword: 'RESOLVED',
      qualifier: 'unanimously',
      preamble: '',
      clauseStyle: '(1)',
      clauses: [],
    });
    const styled = await ok<Decision>(core, 'decisions.update', {
      id: created.id,
      baseVersion: created.version,
      clauseStyle: '1.',
      moverId: mover.id,
      seconderId: seconder.id,
    });
    const clauses = [
      { groupHeading: 'Transfer of Adult Social Care services', doc: doc('To note the update on progress.') },
      { groupHeading: '', doc: doc('To endorse continuation of the delegated responsibility.') },
      {
        groupHeading: 'Commissioning of Public Health services',
        doc: doc('To approve the delegated responsibility.'),
      },
    ];
    const withClauses = await ok<Decision>(core, 'decisions.update', {
      id: created.id,
      baseVersion: styled.version,
      clauses,
    });
    expect(withClauses.clauses.map((c) => c.groupHeading)).toEqual(clauses.map((c) => c.groupHeading));
    const [read] = await ok<Decision[]>(core, 'decisions.list', { itemId: item.id });
    expect(read).toMatchObject({ clauseStyle: '1.', moverId: mover.id, seconderId: seconder.id });
    expect(read!.clauses.map((c) => c.doc)).toEqual(clauses.map((c) => c.doc));

    // Reordering is sending the clauses in the new order; each keeps its id.
    const reordered = await ok<Decision>(core, 'decisions.update', {
      id: created.id,
      baseVersion: read!.version,
      clauses: [read!.clauses[1]!, read!.clauses[0]!, read!.clauses[2]!],
    });
    expect(reordered.clauses.map((c) => c.id)).toEqual([
      read!.clauses[1]!.id,
      read!.clauses[0]!.id,
      read!.clauses[2]!.id,
    ]);
  });

  it('keep a recorded vote by name, and refuse a member named twice', async () => {
    const { core, item, councillor } = await setUp();
    const [a, b] = [await councillor('Ann Ash'), await councillor('Ben Birch')];
    const decision = await ok<Decision>(core, 'decisions.create', { itemId: item.id, keyword: 'RESOLVED' });
    const vote = {
      ...noVote(),
      kind: 'recorded',
      recorded: [
        { personId: a.id, vote: 'for' },
        { personId: b.id, vote: 'against' },
      ],
    };
    const saved = await ok<Decision>(core, 'decisions.update', {
      id: decision.id,
      baseVersion: decision.version,
      vote,
    });
    expect(saved.vote.recorded).toEqual(vote.recorded);
    const twice = await core.router.call('decisions.update', {
      id: decision.id,
      baseVersion: saved.version,
      vote: {
        ...vote,
        recorded: [
          { personId: a.id, vote: 'for' },
          { personId: a.id, vote: 'against' },
        ],
      },
    });
    expect(twice).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'A member can be named only once in a recorded vote.' },
    });
    expect((await ok<Decision[]>(core, 'decisions.list', { itemId: item.id }))[0]!.vote.recorded).toEqual(
      vote.recorded,
    );
  });

  it('refuse negative or fractional vote figures and unknown keywords', async () => {
    const { core, item } = await setUp();
    const decision = await ok<Decision>(core, 'decisions.create', { itemId: item.id, keyword: 'AGREED' });
    const negative = await core.router.call('decisions.update', {
      id: decision.id,
      baseVersion: decision.version,
      vote: { ...noVote(), kind: 'show of hands', for: -1 },
    });
    expect(negative.ok ? '' : negative.error.message).toBe('Votes for cannot be negative.');
    const keyword = await core.router.call('decisions.create', { itemId: item.id, keyword: 'DECIDED' });
    expect(keyword.ok ? '' : keyword.error.message).toBe(
      'Keyword must be one of: RESOLVED, AGREED, RECOMMENDED.',
    );
  });

  it('refuse a save made over an older version, changing nothing', async () => {
    const { core, item } = await setUp();
    const opened = await ok<Decision>(core, 'decisions.create', { itemId: item.id, keyword: 'RESOLVED' });
    expect(opened.version).toBe(1);
    // Window A saves; window B, still on version 1, then tries to.
    const a = await ok<Decision>(core, 'decisions.update', {
      id: opened.id,
      baseVersion: 1,
      qualifier: 'unanimously',
    });
    expect(a.version).toBe(2);
    const b = await core.router.call('decisions.update', {
      id: opened.id,
      baseVersion: 1,
      qualifier: 'by a majority',
      clauses: [{ groupHeading: '', doc: doc('From window B.') }],
    });
    expect(b.ok ? '' : b.error.code).toBe('conflict');
    const [read] = await ok<Decision[]>(core, 'decisions.list', { itemId: item.id });
    expect(read).toMatchObject({ qualifier: 'unanimously', clauses: [], version: 2 });
  });

  it('take the id the window chose, once only', async () => {
    const { core, item } = await setUp();
    const id = '3f1d1c2e-8d2a-4c55-9b0e-2b7e6f1a9c10';
    const created = await ok<Decision>(core, 'decisions.create', { id, itemId: item.id, keyword: 'AGREED' });
    expect(created.id).toBe(id);
    const again = await core.router.call('decisions.create', { id, itemId: item.id, keyword: 'RESOLVED' });
    expect(again.ok ? '' : again.error.code).toBe('conflict');
    expect(await ok<Decision[]>(core, 'decisions.list', { itemId: item.id })).toEqual([created]);
  });

  it('renumber when one is deleted, and go with their item', async () => {
    const { core, item } = await setUp();
    const first = await ok<Decision>(core, 'decisions.create', { itemId: item.id, keyword: 'RESOLVED' });
    await ok(core, 'decisions.create', { itemId: item.id, keyword: 'RECOMMENDED' });
    await ok(core, 'decisions.delete', { id: first.id });
    expect(
      (await ok<Decision[]>(core, 'decisions.list', { itemId: item.id })).map((d) => [d.number, d.keyword]),
    ).toEqual([[1, 'RECOMMENDED']]);
    await ok(core, 'items.delete', { id: item.id });
    expect(core.db.prepare('SELECT count(*) FROM decisions').pluck().get()).toBe(0);
  });
});

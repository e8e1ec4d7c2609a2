// Key decisions and the notice of key decisions (forward plan), through the router on real SQLite
// files: 28 clear days' notice counted on every calendar day (2012 Regulations, reg 9), the general
// exception (reg 10, 5 clear days' notice) and special urgency (reg 11), a private meeting's reasons
// 5 clear days before (reg 5). Clear days are counted by hand in the test names.
import { describe, expect, it } from 'vitest';
import type { KeyDecision, KeyDecisionEntry } from '../../shared/statutory';
import { ok, tempCore } from './helpers';
import { executiveMeeting } from './statutoryFixture';

type Core = ReturnType<typeof tempCore>;

async function planned(core: Core, committeeId: string, fields: Record<string, unknown> = {}) {
  return ok<KeyDecision>(core, 'keyDecisions.create', {
    committeeId,
    matter: 'Award of the highways maintenance contract',
    decisionDate: '2023-04-13',
    ...fields,
  });
}

const listed = (core: Core, committeeId: string, today: string) =>
  ok<KeyDecisionEntry[]>(core, 'keyDecisions.list', { committeeId, today });

describe('the notice of key decisions', () => {
  it('decision Thu 13 April 2023 published Thu 23 March: 20 clear days (24–31 March, 1–12 April), warned; published Wed 15 March: 28, not warned', async () => {
    const core = tempCore();
    const { committee } = await executiveMeeting(core);
    const short = await planned(core, committee.id, {
      noticePublishedOn: '2023-03-23',
      reference: 'KD 2023/07',
    });
    let [entry] = await listed(core, committee.id, '2023-03-23');
    expect(entry).toMatchObject({
      id: short.id,
      reference: 'KD 2023/07',
      status: 'planned',
      urgencyRoute: 'none',
    });
    expect(entry!.check).toEqual({
      noticeBy: '2023-03-15',
      clearDays: 20,
      short: true,
      privateReasonsBy: null,
      warnings: [
        'Published with 20 clear days’ notice; a key decision needs 28 (reg 9). Use the general exception (reg 10) or special urgency (reg 11).',
      ],
    });
    await ok(core, 'keyDecisions.update', { id: short.id, baseVersion: 1, noticePublishedOn: '2023-03-15' });
    [entry] = await listed(core, committee.id, '2023-03-23');
    expect(entry!.check).toMatchObject({ clearDays: 28, short: false, warnings: [] });
    expect(entry!.version).toBe(2);
  });

  it('not yet published: warned once Wed 15 March 2023 has passed, not before', async () => {
    const core = tempCore();
    const { committee } = await executiveMeeting(core);
    await planned(core, committee.id);
    expect((await listed(core, committee.id, '2023-03-15'))[0]!.check).toMatchObject({
      short: false,
      warnings: [],
    });
    expect((await listed(core, committee.id, '2023-03-16'))[0]!.check).toMatchObject({
      short: true,
      warnings: [
        'Not yet published, and 28 clear days’ notice needed publication by Wednesday 15 March 2023: use the general exception (reg 10) or special urgency (reg 11).',
      ],
    });
  });

  it('general exception: a notice on Thu 6 April gives 2 clear days (Tue 11, Wed 12; not Good Friday or Easter Monday), short of 5; on Mon 3 April, 5 (Tue 4, Wed 5, Thu 6, Tue 11, Wed 12)', async () => {
    const core = tempCore();
    const { committee } = await executiveMeeting(core);
    const entry = await planned(core, committee.id, {
      noticePublishedOn: '2023-03-30',
      urgencyRoute: 'general exception',
      routeNoticeOn: '2023-04-06',
    });
    expect((await listed(core, committee.id, '2023-04-06'))[0]!.check.warnings).toEqual([
      'The general exception needs the chair of the scrutiny committee to be told in writing (reg 10(2)(a)).',
      'The general exception notice gave 2 clear days; reg 10(2)(c) asks for 5. Use special urgency (reg 11) instead.',
      'Give the reasons the notice period could not be met; they are published (reg 10(3), reg 11(3)).',
    ]);
    await ok(core, 'keyDecisions.update', {
      id: entry.id,
      baseVersion: 1,
      routeNoticeOn: '2023-04-03',
      routeAgreedBy: 'Councillor Jo Brand, Chair of the Overview and Scrutiny Committee',
      routeReasons: 'The contractor went into administration on 20 March.',
    });
    expect((await listed(core, committee.id, '2023-04-06'))[0]!.check).toMatchObject({
      short: true,
      warnings: [],
    });
  });

  it('special urgency needs the agreement of the scrutiny chair; a private meeting its paragraph, and its reasons by Mon 3 April (5 clear days)', async () => {
    const core = tempCore();
    const { committee } = await executiveMeeting(core);
    await planned(core, committee.id, {
      noticePublishedOn: '2023-04-06',
      urgencyRoute: 'special urgency',
      routeReasons: 'The grant must be accepted by 14 April.',
      private: true,
      exemptParagraph: 3,
      privateReasons: 'The report contains the bidders’ prices.',
    });
    const [entry] = await listed(core, committee.id, '2023-04-06');
    expect(entry!.check.privateReasonsBy).toBe('2023-04-03');
    expect(entry!.check.warnings).toEqual([
      'Special urgency needs the agreement of the chair of the scrutiny committee (or the chair or vice-chair of the council) (reg 11(2)).',
    ]);
    const noParagraph = await core.router.call('keyDecisions.create', {
      committeeId: committee.id,
      matter: 'Private matter',
      decisionDate: '2023-04-13',
      private: true,
    });
    expect(noParagraph).toMatchObject({
      ok: false,
      error: {
        message: 'A decision to be taken in private needs the Schedule 12A paragraph it is exempt under.',
      },
    });
  });

  it('links an entry to its agenda item, refuses an item of another body, a notice after the decision and a stale save; lists a period', async () => {
    const core = tempCore();
    const { committee, budget, meeting } = await executiveMeeting(core);
    const entry = await planned(core, committee.id, { itemId: budget.id, noticePublishedOn: '2023-03-01' });
    const [listedEntry] = await listed(core, committee.id, '2023-03-01');
    expect(listedEntry!.itemLabel).toBe('Cabinet, Thursday 13 April 2023, item 1');
    expect(await ok(core, 'publication.get', { meetingId: meeting.id })).toMatchObject({
      keyDecisionItems: [budget.id],
    });
    const other = await executiveMeeting(core);
    const wrong = await core.router.call('keyDecisions.update', {
      id: entry.id,
      baseVersion: 1,
      itemId: other.budget.id,
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { message: 'That agenda item is on another committee’s meeting.' },
    });
    const after = await core.router.call('keyDecisions.update', {
      id: entry.id,
      baseVersion: 1,
      noticePublishedOn: '2023-04-14',
    });
    expect(after).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await ok(core, 'keyDecisions.update', { id: entry.id, baseVersion: 1, status: 'taken' });
    const stale = await core.router.call('keyDecisions.update', {
      id: entry.id,
      baseVersion: 1,
      status: 'withdrawn',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await planned(core, committee.id, { matter: 'Later matter', decisionDate: '2023-06-01' });
    const april = await ok<KeyDecisionEntry[]>(core, 'keyDecisions.list', {
      committeeId: committee.id,
      from: '2023-04-01',
      to: '2023-04-30',
    });
    expect(april.map((e) => e.matter)).toEqual(['Award of the highways maintenance contract']);
    const backwards = await core.router.call('keyDecisions.list', {
      committeeId: committee.id,
      from: '2023-05-01',
      to: '2023-04-01',
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { message: 'The period must end on or after the day it starts.' },
    });
    await ok(core, 'keyDecisions.delete', { id: entry.id });
    expect((await listed(core, committee.id, '2023-03-01')).map((e) => e.matter)).toEqual(['Later matter']);
  });
});

// Decision notices and call-in, through the router on real SQLite files: a notice per decision made
// from what the minutes hold, published on a day the officer sets; call-in ends at 5 pm on the
// committee's Nth working day after publication and the decision takes effect the next working day;
// call-ins recorded within the period, their outcomes; urgent decisions exempt from call-in.
import { describe, expect, it } from 'vitest';
import { readDecisionNotices } from '../../electron/store/decisionNotices';
import type { CallInRecord, DecisionNotices } from '../../shared/statutory';
import { ok, tempCore } from './helpers';
import { executiveMeeting, exemptSecrets } from './statutoryFixture';

type Core = ReturnType<typeof tempCore>;

const notices = (core: Core, meetingId: string, today: string) =>
  ok<DecisionNotices>(core, 'decisionNotices.list', { meetingId, today });

describe('decision notices', () => {
  it('are made from the decisions as recorded: the decision, its reasons and alternatives, the interests declared at the item', async () => {
    const core = tempCore();
    const { meeting, budgetDecision, depotDecision } = await executiveMeeting(core);
    const list = await notices(core, meeting.id, '2023-04-13');
    expect(list.entries.map((entry) => [entry.minuteNumber, entry.itemTitle, entry.decision.id])).toEqual([
      ['CAB1', 'Revenue budget monitoring', budgetDecision.id],
      ['CAB2', 'Sale of the Mill Lane depot', depotDecision.id],
    ]);
    const [budget] = list.entries;
    expect(budget!.decision).toMatchObject({
      reasons: 'To keep spending within the approved budget.',
      alternatives: 'Drawing on reserves was considered and rejected.',
    });
    expect(budget!.declarations).toEqual([
      {
        name: 'Councillor Gareth Price',
        category: 'other registrable',
        interest: 'as a trustee of the Anytown Foodbank',
        withdrew: false,
        // An officer's declaration has no words of the minutes' own for leaving or staying.
        withdrawalWords: '',
      },
    ]);
    expect(budget!.notice).toBeNull();
    expect(budget!.status).toMatchObject({ state: 'not published', sentence: 'Not yet published.' });
    expect(list.members.map((member) => member.person.name)).toEqual([
      'Amara Okoye',
      'Ruth Ellis',
      'Gareth Price',
    ]);
  });

  it('published Thu 13 April 2023 with 5 days: call-in ends 5 pm Thu 20 April (Fri 14, Mon 17 … Thu 20), effective Fri 21 April', async () => {
    const core = tempCore();
    const { meeting, committee, budgetDecision } = await executiveMeeting(core);
    const saved = await ok<DecisionNotices>(core, 'decisionNotices.save', {
      decisionId: budgetDecision.id,
      publishedOn: '2023-04-13',
      dispensations: 'None granted.',
    });
    expect(saved.entries[0]!.notice).toMatchObject({
      publishedOn: '2023-04-13',
      callInDays: 5,
      dispensations: 'None granted.',
    });
    const open = (await notices(core, meeting.id, '2023-04-20')).entries[0]!.status;
    expect(open).toEqual({
      state: 'open to call-in',
      callIn: {
        published: '2023-04-13',
        callInDays: 5,
        ends: '2023-04-20',
        endsAt: '17:00',
        effectiveFrom: '2023-04-21',
      },
      effectiveFrom: '2023-04-21',
      sentence:
        'Call-in ends at 5.00 pm on Thursday 20 April 2023; effective from Friday 21 April 2023 unless called in.',
    });
    expect((await notices(core, meeting.id, '2023-04-21')).entries[0]!.status).toMatchObject({
      state: 'effective',
      sentence:
        'Not called in (the period ended at 5.00 pm on Thursday 20 April 2023): effective from Friday 21 April 2023.',
    });
    // The committee's period changing later does not move a published notice's.
    await ok(core, 'committees.update', { id: committee.id, callInDays: 8 });
    expect((await notices(core, meeting.id, '2023-04-14')).entries[0]!.status.callIn?.ends).toBe(
      '2023-04-20',
    );
    // A notice cannot be published before the decision was taken.
    const early = await core.router.call('decisionNotices.save', {
      decisionId: budgetDecision.id,
      publishedOn: '2023-04-12',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a call-in is recorded within the period only, with who and when; its outcome decides when the decision takes effect', async () => {
    const core = tempCore();
    const { meeting, budgetDecision } = await executiveMeeting(core);
    const unpublished = await core.router.call('callIns.record', {
      decisionId: budgetDecision.id,
      calledInBy: 'Councillors Lee and Moss',
      calledInOn: '2023-04-14',
    });
    expect(unpublished).toMatchObject({
      ok: false,
      error: { message: 'A decision can be called in only once its notice is published.' },
    });
    await ok(core, 'decisionNotices.save', { decisionId: budgetDecision.id, publishedOn: '2023-04-13' });
    const late = await core.router.call('callIns.record', {
      decisionId: budgetDecision.id,
      calledInBy: 'Councillors Lee and Moss',
      calledInOn: '2023-04-21',
    });
    expect(late).toMatchObject({
      ok: false,
      error: {
        message:
          'A call-in must be made between Thursday 13 April 2023 and 5.00 pm on Thursday 20 April 2023; Friday 21 April 2023 is outside the call-in period.',
      },
    });
    const callIn = await ok<CallInRecord>(core, 'callIns.record', {
      decisionId: budgetDecision.id,
      calledInBy: 'Councillors Lee and Moss',
      calledInOn: '2023-04-18',
      notes: 'Request received by email at 11.20 am.',
    });
    expect(callIn).toMatchObject({
      calledInBy: 'Councillors Lee and Moss',
      calledInOn: '2023-04-18',
      outcome: 'pending',
      outcomeOn: null,
    });
    expect((await notices(core, meeting.id, '2023-04-19')).entries[0]!.status).toMatchObject({
      state: 'called in',
      effectiveFrom: null,
      sentence:
        'Called in by Councillors Lee and Moss on Tuesday 18 April 2023: not to be implemented until the call-in is decided.',
    });
    const again = await core.router.call('callIns.record', {
      decisionId: budgetDecision.id,
      calledInBy: 'Someone',
      calledInOn: '2023-04-19',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const republish = await core.router.call('decisionNotices.save', {
      decisionId: budgetDecision.id,
      publishedOn: '2023-04-14',
    });
    expect(republish).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ok(core, 'callIns.update', {
      id: callIn.id,
      outcome: 'referred back to the decision maker',
      outcomeOn: '2023-04-26',
    });
    expect((await notices(core, meeting.id, '2023-04-27')).entries[0]!.status).toMatchObject({
      state: 'referred',
      effectiveFrom: null,
    });
    await ok(core, 'callIns.update', {
      id: callIn.id,
      outcome: 'no further action',
      outcomeOn: '2023-04-26',
    });
    expect((await notices(core, meeting.id, '2023-04-27')).entries[0]!.status).toMatchObject({
      state: 'effective',
      effectiveFrom: '2023-04-26',
      sentence:
        'Called in by Councillors Lee and Moss on Tuesday 18 April 2023; no further action was taken on Wednesday 26 April 2023: effective from Wednesday 26 April 2023.',
    });
    const before = await core.router.call('callIns.update', { id: callIn.id, outcomeOn: '2023-04-17' });
    expect(before).toMatchObject({
      ok: false,
      error: { message: 'A call-in cannot be decided before it was made.' },
    });
  });

  it('an urgent decision exempt from call-in needs its reason, takes effect on publication, and cannot be called in', async () => {
    const core = tempCore();
    const { meeting, depotDecision } = await executiveMeeting(core);
    const noReason = await core.router.call('decisionNotices.save', {
      decisionId: depotDecision.id,
      publishedOn: '2023-04-13',
      exemptFromCallIn: true,
    });
    expect(noReason).toMatchObject({
      ok: false,
      error: { message: 'An urgent decision exempt from call-in needs the reason it is urgent.' },
    });
    await ok(core, 'decisionNotices.save', {
      decisionId: depotDecision.id,
      publishedOn: '2023-04-13',
      exemptFromCallIn: true,
      urgencyReason: 'The buyer’s offer lapses on 14 April.',
    });
    expect((await notices(core, meeting.id, '2023-04-13')).entries[1]!.status).toMatchObject({
      state: 'exempt from call-in',
      effectiveFrom: '2023-04-13',
      sentence:
        'Exempt from call-in as urgent (The buyer’s offer lapses on 14 April): effective from Thursday 13 April 2023.',
    });
    const refused = await core.router.call('callIns.record', {
      decisionId: depotDecision.id,
      calledInBy: 'Councillor Lee',
      calledInOn: '2023-04-14',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'This decision was exempt from call-in as urgent.' },
    });
  });

  it('the public edition of an exempt item’s notice holds nothing private, its state’s sentence included', async () => {
    const core = tempCore();
    const { meeting, depotDecision } = await executiveMeeting(core);
    await ok(core, 'decisionNotices.save', {
      decisionId: depotDecision.id,
      publishedOn: '2023-04-13',
      exemptFromCallIn: true,
      urgencyReason: exemptSecrets.urgency,
      dispensations: exemptSecrets.dispensations,
    });
    const confidential = readDecisionNotices(core.db, meeting.id, '2023-04-13', 'confidential');
    expect(confidential.entries[1]!.status.sentence).toContain(exemptSecrets.urgency.replace(/\.$/, ''));
    const published = readDecisionNotices(core.db, meeting.id, '2023-04-13', 'public');
    const depot = published.entries[1]!;
    expect(depot).toMatchObject({ withheld: true, status: { state: 'exempt from call-in' } });
    expect(depot.status.sentence).toBe(
      'Exempt from call-in as urgent: effective from Thursday 13 April 2023.',
    );
    const everything = JSON.stringify(published);
    for (const secret of Object.values(exemptSecrets)) {
      expect(everything).not.toContain(secret.slice(0, 30));
    }

    // Not urgent after all, and called in: who called it in is public, the notes of why are not.
    await ok(core, 'decisionNotices.save', { decisionId: depotDecision.id, exemptFromCallIn: false });
    const notes = 'The members say Greenfield Homes’ offer was not the best.';
    await ok(core, 'callIns.record', {
      decisionId: depotDecision.id,
      calledInBy: 'Councillors Lee and Moss',
      calledInOn: '2023-04-14',
      notes,
    });
    expect(JSON.stringify(readDecisionNotices(core.db, meeting.id, '2023-04-14', 'confidential'))).toContain(
      notes,
    );
    const calledIn = readDecisionNotices(core.db, meeting.id, '2023-04-14', 'public').entries[1]!;
    expect(calledIn.notice!.callIns).toMatchObject([{ calledInBy: 'Councillors Lee and Moss', notes: '' }]);
    expect(JSON.stringify(calledIn)).not.toContain(notes.slice(0, 30));
  });
});

// The statutory documents write every date of their tables as the house style says, the call-in
// deadline, the effective date and a call-in's included (read back from the Word bytes).
import { describe, expect, it } from 'vitest';
import type { HouseStyle } from '../../shared/houseStyle';
import { readDocx } from './docx';
import { SLOW, ok, tempCore } from './helpers';
import { executiveMeeting } from './statutoryFixture';

describe('the statutory documents in the house style', SLOW, () => {
  it('a decision notice with the date format 15/03/2021: published 13/04/2023, call-in to 5.00 pm on 20/04/2023, effective 21/04/2023, called in 18/04/2023', async () => {
    const core = tempCore();
    const { meeting, budgetDecision, depotDecision } = await executiveMeeting(core);
    const { style, version } = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
    await ok(core, 'houseStyle.save', { baseVersion: version, style: { ...style, dateFormat: '15/03/2021' } });
    await ok(core, 'decisionNotices.save', { decisionId: budgetDecision.id, publishedOn: '2023-04-13' });
    await ok(core, 'callIns.record', {
      decisionId: budgetDecision.id,
      calledInBy: 'Councillors Lee and Moss',
      calledInOn: '2023-04-18',
    });
    await ok(core, 'decisionNotices.save', {
      decisionId: depotDecision.id,
      publishedOn: '2023-04-14',
      exemptFromCallIn: true,
      urgencyReason: 'The offer lapses.',
    });
    const { base64 } = await ok<{ base64: string }>(core, 'statutoryExports.build', {
      kind: 'decision notice',
      meetingId: meeting.id,
      edition: 'confidential',
    });
    const { text } = await readDocx(new Uint8Array(Buffer.from(base64, 'base64')));
    expect(text).toContain('Decisions of Cabinet taken at its meeting on 13/04/2023');
    expect(text).toContain('5.00 pm on 20/04/2023 (5 working days after publication)');
    expect(text).toContain('21/04/2023, unless called in');
    expect(text).toContain('By Councillors Lee and Moss on 18/04/2023. Outcome: pending.');
    expect(text).toContain('It takes effect on 14/04/2023.');
  });
});

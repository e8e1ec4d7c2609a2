// The register of officer decisions, through the router on real SQLite files: delegated (reg 7 of
// the Openness Regulations 2014) and executive (reg 13 of the 2012 Regulations) records, their
// checks, and the public edition of an exempt record.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../shared/domain';
import type { OfficerDecision, OfficerDecisionEntry } from '../../shared/statutory';
import { ok, tempCore } from './helpers';

describe('officer decision records', () => {
  it('keeps every field, refuses a non-officer, a publication before the decision and a stale save; a published record stays', async () => {
    const core = tempCore();
    const officer = await ok<Person>(core, 'people.create', {
      name: 'Priya Natarajan',
      honorific: '',
      role: 'Director of Place',
      organisation: '',
      party: '',
      kind: 'officer',
    });
    const councillor = await ok<Person>(core, 'people.create', {
      name: 'Tom Reed',
      honorific: 'Councillor',
      role: '',
      organisation: '',
      party: '',
      kind: 'member',
    });
    const fields = {
      kind: 'executive',
      reference: 'ODR 2023/041',
      title: 'Award of the school meals contract',
      decision: 'To award the school meals contract to Fresh Plates Ltd for three years.',
      decidedOn: '2023-04-17',
      officerId: officer.id,
      authority: 'Scheme of delegation, Part 3, paragraph 4.2',
      reasons: 'The most economically advantageous tender.',
      alternatives: 'Extending the current contract was rejected as poor value.',
      consultation: 'Councillor Amara Okoye, Cabinet Member for Education.',
      interests: 'None declared.',
      dispensations: 'None.',
    };
    const record = await ok<OfficerDecision>(core, 'officerDecisions.create', fields);
    expect(record).toMatchObject({ ...fields, exemptParagraph: null, publishedOn: null, version: 1 });
    const member = await core.router.call('officerDecisions.create', { ...fields, officerId: councillor.id });
    expect(member).toMatchObject({
      ok: false,
      error: { message: 'Tom Reed is not an officer in the directory.' },
    });
    const early = await core.router.call('officerDecisions.update', {
      id: record.id,
      baseVersion: 1,
      publishedOn: '2023-04-16',
    });
    expect(early).toMatchObject({
      ok: false,
      error: { message: 'A decision cannot be published before it was taken.' },
    });
    await ok(core, 'officerDecisions.update', { id: record.id, baseVersion: 1, publishedOn: '2023-04-19' });
    const stale = await core.router.call('officerDecisions.update', {
      id: record.id,
      baseVersion: 1,
      title: 'x',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await core.router.call('officerDecisions.delete', { id: record.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await core.router.call('people.delete', { id: officer.id })).toMatchObject({
      ok: false,
      error: {
        message: 'This person took an officer decision in the register, so they stay in the directory.',
      },
    });
    const [listed] = await ok<OfficerDecisionEntry[]>(core, 'officerDecisions.list', {
      from: '2023-04-01',
      to: '2023-04-30',
    });
    expect(listed).toMatchObject({
      id: record.id,
      officer: { name: 'Priya Natarajan' },
      withheld: false,
      publishedOn: '2023-04-19',
    });
    expect(await ok(core, 'officerDecisions.list', { from: '2023-05-01', to: '2023-05-31' })).toEqual([]);
    const draft = await ok<OfficerDecision>(core, 'officerDecisions.create', {
      kind: 'delegated',
      title: 'Draft',
      decidedOn: '2023-04-18',
    });
    await ok(core, 'officerDecisions.delete', { id: draft.id });
  });
});

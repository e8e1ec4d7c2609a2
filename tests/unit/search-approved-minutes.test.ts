// Approved minutes stay searchable, and a refused change to them leaves the index as it was.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/domain';
import { doc, fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';
import { p, hits, indexRows, expectIndexMatchesRecord } from './searchSetup';

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

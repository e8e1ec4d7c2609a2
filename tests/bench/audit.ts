// Bench section `audit`: the audit trail's agenda entries on items.create (issue 15).
import { openCore } from '../../electron/core';
import type { Committee, Meeting } from '../../shared/domain';
import { caller, median, report, scratch } from './common';

/** items.create through the router on a 2,000-item meeting that has ended (audit trail on) and on one that has not. */
export async function itemsCreateWithAudit(): Promise<void> {
  const core = openCore(scratch('agenda-audit'), { log: () => undefined });
  const call = caller(core);
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Committee',
    kind: 'other',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meetingOn = (date: string) =>
    call<Meeting>('meetings.create', { committeeId: committee.id, date, startTime: '10:00' });
  const past = await meetingOn('2024-01-15');
  const future = await meetingOn(`${new Date().getFullYear() + 1}-01-15`);
  const create = (meetingId: string, n: number) =>
    call<{ id: string }>('items.create', {
      meetingId,
      title: `Item ${n}`,
      purpose: 'To note the report.',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
  for (let n = 0; n < 2_000; n += 1) {
    await create(past.id, n);
    await create(future.id, n);
  }
  const times = { past: [] as number[], future: [] as number[] };
  for (let n = 0; n < 300; n += 1) {
    for (const [which, meeting] of [
      ['past', past],
      ['future', future],
    ] as const) {
      const started = performance.now();
      await create(meeting.id, 2_000 + n);
      times[which].push(performance.now() - started);
    }
  }
  core.close();
  report(
    'items.create on a 2,000-item ended meeting (audit on), p50',
    median(times.past),
    'the same on a meeting not yet held',
    median(times.future),
  );
}

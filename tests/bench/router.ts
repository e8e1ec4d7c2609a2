// Bench section `router`: the router's own cost on an agenda item, against bare prepared statements.
import { openCore } from '../../electron/core';
import { openDatabase } from '../../electron/store/database';
import type { Committee, Meeting } from '../../shared/domain';
import { median, percentile, report, scratch } from './common';

/** An agenda item created and read back through the router, against bare prepared statements on the same pragmas. */
export async function routerAgainstPreparedStatements(count: number): Promise<void> {
  const core = openCore(scratch('router'), { log: () => undefined });
  const committee = await call<Committee>('committees.create', {
    name: 'Bench Committee',
    kind: 'other',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await call<Meeting>('meetings.create', {
    committeeId: committee.id,
    date: '2026-01-01',
    startTime: '10:00',
  });
  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await core.router.call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  }
  const input = (n: number) => ({
    meetingId: meeting.id,
    title: `Item ${n}`,
    purpose: 'To note the report.',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });

  const routerTimes: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const start = performance.now();
    const item = await call<{ id: string }>('items.create', input(n));
    await call('items.get', { id: item.id });
    routerTimes.push(performance.now() - start);
  }
  core.close();

  // The same schema, pragmas and parent rows, so the ratio is the router's and repositories' own cost.
  const db = openDatabase(scratch('bare.sqlite3'));
  const stamp = new Date().toISOString();
  db.prepare(
    `INSERT INTO committees (id, name, kind, quorum, default_venue, numbering_scheme, created_at, updated_at) VALUES (?, 'Bench', 'other', 3, '', '{n}', ?, ?)`,
  ).run(committee.id, stamp, stamp);
  db.prepare(
    `INSERT INTO meetings (id, committee_id, date, start_time, venue, status, created_at, updated_at) VALUES (?, ?, '2026-01-01', '10:00', '', 'draft', ?, ?)`,
  ).run(meeting.id, committee.id, stamp, stamp);
  const insert = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, purpose, lead_officer_id, exempt, exempt_paragraph, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, 0, NULL, ?, ?)`,
  );
  const select = db.prepare('SELECT * FROM agenda_items WHERE id = ?');
  const bareTimes: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const start = performance.now();
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    insert.run(id, meeting.id, n + 1, `Item ${n}`, 'To note the report.', now, now);
    select.get(id);
    bareTimes.push(performance.now() - start);
  }
  db.close();
  report(
    `agenda item create+read via router, p50 (n=${count})`,
    median(routerTimes),
    'prepared statements, same schema',
    median(bareTimes),
  );
  report(
    `agenda item create+read via router, p95 (n=${count})`,
    percentile(routerTimes, 95),
    'prepared statements, same schema',
    percentile(bareTimes, 95),
  );
}

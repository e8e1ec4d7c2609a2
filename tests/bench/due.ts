// Bench section `due`: "What is due" (the home screen's due.list through the router) over ten years
// of meetings of twenty committees, against opening one meeting (meetings.get, what a meeting's page
// reads) in the same run. Bar: p95 ≤ 50 ms.
import { randomUUID } from 'node:crypto';
import { openCore } from '../../electron/core';
import { localToday } from '../../electron/store/houseCalendar';
import { addDays } from '../../shared/calendar';
import type { Committee } from '../../shared/domain';
import { caller, fmt, percentile, report, scratch } from './common';

const BAR_MS = 50;
const COMMITTEES = 20;
const YEARS = 10;
const ITEMS = 8;

export async function dueBench(runs = 60): Promise<void> {
  const core = openCore(scratch('due'), { log: () => undefined });
  const call = caller(core);
  const today = localToday();
  const first = addDays(today, -365 * YEARS);
  const stamp = new Date().toISOString();
  const committees: Committee[] = [];
  for (let c = 0; c < COMMITTEES; c += 1) {
    committees.push(
      await call<Committee>('committees.create', {
        name: `Bench committee ${c + 1}`,
        kind: c < 4 ? 'cabinet' : 'scrutiny',
        quorum: 3,
        defaultVenue: '',
        numberingScheme: '{n}',
        nation: c % 5 === 4 ? 'wales' : 'england',
      }),
    );
  }
  const db = core.db;
  const meeting = db.prepare(
    `INSERT INTO meetings (id, committee_id, date, start_time, venue, status, agenda_published_on, note_published_on, created_at, updated_at)
     VALUES (?, ?, ?, '14:00', '', ?, ?, ?, ?, ?)`,
  );
  const item = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, purpose, exempt, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', 0, ?, ?)`,
  );
  const decision = db.prepare(
    `INSERT INTO decisions (id, item_id, position, keyword, created_at, updated_at) VALUES (?, ?, 1, 'RESOLVED', ?, ?)`,
  );
  const notice = db.prepare(
    `INSERT INTO decision_notices (id, decision_id, published_on, call_in_days, created_at, updated_at) VALUES (?, ?, ?, 5, ?, ?)`,
  );
  const action = db.prepare(
    `INSERT INTO actions (id, item_id, position, text, due_on, status, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const keyDecision = db.prepare(
    `INSERT INTO key_decisions (id, committee_id, matter, decision_date, notice_published_on, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const officerDecision = db.prepare(
    `INSERT INTO officer_decisions (id, kind, title, decided_on, published_on, created_at, updated_at) VALUES (?, 'delegated', ?, ?, ?, ?, ?)`,
  );
  let meetings = 0;
  let sampleMeeting = '';
  db.transaction(() => {
    for (const [c, committee] of committees.entries()) {
      // About eleven meetings a year each, from ten years ago to two months ahead.
      for (let day = c; ; day += 33) {
        const date = addDays(first, day);
        if (date > addDays(today, 60)) break;
        const past = date < today;
        const settled = date < addDays(today, -21);
        const id = randomUUID();
        meetings += 1;
        meeting.run(
          id,
          committee.id,
          date,
          settled ? 'minutes drafted' : 'draft',
          past ? addDays(date, -8) : null,
          committee.nation === 'wales' && settled ? addDays(date, 5) : null,
          stamp,
          stamp,
        );
        if (settled) sampleMeeting = id;
        for (let n = 1; n <= ITEMS; n += 1) {
          const itemId = randomUUID();
          item.run(itemId, id, n, `Item ${n} of ${date}`, stamp, stamp);
          if (committee.kind === 'cabinet') {
            const decisionId = randomUUID();
            decision.run(decisionId, itemId, stamp, stamp);
            // Notices go out two days after the meeting (the last meeting's may still be open to call-in).
            if (addDays(date, 2) <= today)
              notice.run(randomUUID(), decisionId, addDays(date, 2), stamp, stamp);
          }
          // One action an item: most done, one in ten left open after it was due.
          action.run(
            randomUUID(),
            itemId,
            `Action ${n}`,
            addDays(date, 30),
            n === 1 ? 'open' : 'done',
            stamp,
            stamp,
          );
        }
        if (committee.kind === 'cabinet') {
          // The forward plan gives 30 days' notice, but 20 for one meeting in four (warned).
          keyDecision.run(
            randomUUID(),
            committee.id,
            `Key decision of ${date}`,
            date,
            addDays(date, meetings % 4 === 0 ? -20 : -30),
            past ? 'taken' : 'planned',
            stamp,
            stamp,
          );
        }
      }
    }
    for (let day = 0; day < 365 * YEARS; day += 2) {
      const date = addDays(first, day);
      officerDecision.run(
        randomUUID(),
        `Officer decision of ${date}`,
        date,
        addDays(date, 3) < today ? addDays(date, 3) : null,
        stamp,
        stamp,
      );
    }
  })();

  const time = async (method: string, input: unknown) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await call(method, input);
      times.push(performance.now() - started);
    }
    return times;
  };
  // Warm both, then measure.
  await call('due.list', {});
  await call('meetings.get', { id: sampleMeeting });
  const due = await time('due.list', {});
  const open = await time('meetings.get', { id: sampleMeeting });
  const listed = await call<{ entries: Record<string, unknown[]>; more: Record<string, number> }>(
    'due.list',
    {},
  );
  const counts = Object.entries(listed.entries).map(
    ([kind, entries]) => `${kind} ${entries.length + (listed.more[kind] ?? 0)}`,
  );
  console.log(
    `What is due over ${meetings} meetings of ${COMMITTEES} committees in ${YEARS} years: ${counts.join(', ')}`,
  );
  const p95 = percentile(due, 95);
  report('What is due (due.list) p95', p95, 'meetings.get p95', percentile(open, 95));
  console.log(
    `  What is due p50 ${fmt(percentile(due, 50))}, p95 ${fmt(p95)}   bar p95 ≤ ${BAR_MS} ms   ${p95 <= BAR_MS ? 'PASS' : 'MISS'}`,
  );
  core.close();
}

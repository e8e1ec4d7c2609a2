// "What is due" across every committee as at a day: agendas to publish, decision notices to publish,
// call-in periods ending, key decisions short of 28 clear days' notice, Welsh notes of meetings,
// minutes not yet drafted and overdue actions. Each kind is one indexed read over a window of dates
// round `today`, so ten years of meetings cost no more than this month's.
import { type IsoDate, addDays, agendaPublishBy, daysFrom, welshNoteDue } from '../../shared/calendar';
import type { Committee } from '../../shared/domain';
import { capitalise, formatLongDate, formatPersonName } from '../../shared/format';
import {
  DUE_AHEAD_DAYS,
  DUE_BEHIND_DAYS,
  DUE_LIST_LIMIT,
  type DueEntry,
  type DueKind,
  type DueList,
  checkKeyDecision,
  daysLeftText,
  dueKinds,
  noticeStatus,
  type CallInOutcome,
  type UrgencyRoute,
  type KeyDecisionStatus,
} from '../../shared/statutory';
import type { Db } from './database';
import { calendarsByNation } from './houseCalendar';
import { listCommittees } from './committees';
import { statement } from './rows';

/** Agendas are due up to about three weeks before their meeting (five clear days over Christmas). */
const AGENDA_LEAD_DAYS = 21;
/** A call-in period never runs longer than this many calendar days (30 working days and holidays). */
const CALL_IN_SPAN_DAYS = 50;

export function whatIsDue(db: Db, today: IsoDate): DueList {
  const committees = new Map(listCommittees(db).map((committee) => [committee.id, committee]));
  const calendar = calendarsByNation(db);
  const entries = Object.fromEntries(dueKinds.map((kind) => [kind, [] as DueEntry[]])) as Record<
    DueKind,
    DueEntry[]
  >;
  const more = Object.fromEntries(dueKinds.map((kind) => [kind, 0])) as Record<DueKind, number>;
  const ahead = addDays(today, DUE_AHEAD_DAYS);
  const behind = addDays(today, -DUE_BEHIND_DAYS);
  const label = (committee: Committee, date: IsoDate) => `${committee.name}, ${formatLongDate(date)}`;
  // A date outside the years the calendar knows is left off rather than stopping the whole list.
  const counted = (count: () => void) => {
    try {
      count();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  };
  const withDays = (due: IsoDate) => ({ due, daysLeft: daysFrom(today, due) });

  // Agendas to publish: meetings to come whose agenda has not gone out.
  for (const row of statement(
    db,
    `SELECT id, committee_id, date FROM meetings
     WHERE date >= ? AND date <= ? AND agenda_published_on IS NULL AND status = 'draft' ORDER BY date`,
  ).all(today, addDays(ahead, AGENDA_LEAD_DAYS)) as { id: string; committee_id: string; date: string }[]) {
    const committee = committees.get(row.committee_id)!;
    counted(() => {
      const by = agendaPublishBy(row.date, calendar(committee));
      if (by > ahead) return;
      const { daysLeft } = withDays(by);
      entries.agendas.push({
        kind: 'agendas',
        title: label(committee, row.date),
        detail: `Publish the agenda and reports by ${formatLongDate(by)} (${daysLeftText(daysLeft)}).`,
        due: by,
        daysLeft,
        link: { screen: 'meeting', id: row.id },
      });
    });
  }

  // Decision notices to publish: executive meetings held lately with decisions unpublished.
  for (const row of statement(
    db,
    // CROSS JOIN keeps SQLite reading from the meetings in the window outwards, never every decision.
    `SELECT m.id, m.committee_id, m.date, count(*) AS n FROM meetings m
       CROSS JOIN agenda_items i ON i.meeting_id = m.id CROSS JOIN decisions d ON d.item_id = i.id
       LEFT JOIN decision_notices n ON n.decision_id = d.id
     WHERE m.date >= ? AND m.date <= ? AND n.published_on IS NULL
       AND m.committee_id IN (SELECT id FROM committees WHERE kind = 'cabinet')
     GROUP BY m.id ORDER BY m.date`,
  ).all(behind, today) as { id: string; committee_id: string; date: string; n: number }[]) {
    const committee = committees.get(row.committee_id)!;
    entries['decision notices'].push({
      kind: 'decision notices',
      title: label(committee, row.date),
      detail: `${row.n === 1 ? 'One decision has' : `${row.n} decisions have`} no published decision notice.`,
      due: null,
      daysLeft: null,
      link: { screen: 'notices', id: row.id },
    });
  }
  for (const row of statement(
    db,
    `SELECT id, title, decided_on, kind FROM officer_decisions
     WHERE published_on IS NULL AND decided_on >= ? AND decided_on <= ? ORDER BY decided_on`,
  ).all(behind, today) as { id: string; title: string; decided_on: string; kind: string }[]) {
    entries['decision notices'].push({
      kind: 'decision notices',
      title: `Officer decision: ${row.title}`,
      detail: `${capitalise(row.kind)} decision taken on ${formatLongDate(row.decided_on)}, not yet published.`,
      due: null,
      daysLeft: null,
      link: { screen: 'officer-decisions' },
    });
  }

  // Call-in periods ending: published notices still open to call-in.
  const callIns = statement(
    db,
    'SELECT called_in_by, called_in_on, outcome, outcome_on FROM call_ins WHERE notice_id = ?',
  );
  for (const row of statement(
    db,
    `SELECT n.id, n.published_on, n.call_in_days, n.urgency_reason, d.position, i.position AS item, i.title,
            m.id AS meeting_id, m.date, m.committee_id
     FROM decision_notices n JOIN decisions d ON d.id = n.decision_id JOIN agenda_items i ON i.id = d.item_id
       JOIN meetings m ON m.id = i.meeting_id
     WHERE n.published_on >= ? AND n.published_on <= ? AND n.exempt_from_call_in = 0
     ORDER BY n.published_on`,
  ).all(addDays(today, -CALL_IN_SPAN_DAYS), today) as {
    id: string;
    published_on: string;
    call_in_days: number;
    urgency_reason: string;
    position: number;
    item: number;
    title: string;
    meeting_id: string;
    date: string;
    committee_id: string;
  }[]) {
    const committee = committees.get(row.committee_id)!;
    counted(() => {
      const recorded = (
        callIns.all(row.id) as {
          called_in_by: string;
          called_in_on: string;
          outcome: string;
          outcome_on: string | null;
        }[]
      ).map((c) => ({
        id: '',
        noticeId: row.id,
        calledInBy: c.called_in_by,
        calledInOn: c.called_in_on,
        outcome: c.outcome as CallInOutcome,
        outcomeOn: c.outcome_on,
        notes: '',
      }));
      const status = noticeStatus(
        {
          publishedOn: row.published_on,
          callInDays: row.call_in_days,
          exemptFromCallIn: false,
          urgencyReason: '',
          callIns: recorded,
        },
        committee.callInDays,
        calendar(committee),
        today,
      );
      if (status.state !== 'open to call-in' || !status.callIn) return;
      const { daysLeft } = withDays(status.callIn.ends);
      entries['call-ins'].push({
        kind: 'call-ins',
        title: `${label(committee, row.date)}: item ${row.item}, ${row.title} (decision ${row.position})`,
        detail: `${status.sentence} (${daysLeftText(daysLeft)})`,
        due: status.callIn.ends,
        daysLeft,
        link: { screen: 'notices', id: row.meeting_id },
      });
    });
  }

  // Key decisions short of 28 clear days' notice, or whose notice is due soon.
  for (const row of statement(
    db,
    `SELECT id, committee_id, matter, decision_date, notice_published_on, private, urgency_route, route_agreed_by,
            route_notice_on, route_reasons, status
     FROM key_decisions WHERE status = 'planned' AND decision_date >= ? ORDER BY decision_date`,
  ).all(today) as {
    id: string;
    committee_id: string;
    matter: string;
    decision_date: string;
    notice_published_on: string | null;
    private: number;
    urgency_route: string;
    route_agreed_by: string;
    route_notice_on: string | null;
    route_reasons: string;
    status: string;
  }[]) {
    const committee = committees.get(row.committee_id)!;
    const check = checkKeyDecision(
      {
        decisionDate: row.decision_date,
        noticePublishedOn: row.notice_published_on,
        private: row.private === 1,
        urgencyRoute: row.urgency_route as UrgencyRoute,
        routeAgreedBy: row.route_agreed_by,
        routeNoticeOn: row.route_notice_on,
        routeReasons: row.route_reasons,
        status: row.status as KeyDecisionStatus,
      },
      calendar(committee),
      today,
    );
    const unpublishedSoon =
      row.notice_published_on === null && check.noticeBy !== null && check.noticeBy <= ahead;
    if (check.warnings.length === 0 && !unpublishedSoon) continue;
    const due = row.notice_published_on === null ? check.noticeBy : null;
    const daysLeft = due ? daysFrom(today, due) : null;
    entries['key decisions'].push({
      kind: 'key decisions',
      title: `${committee.name}: ${row.matter} (to be decided ${formatLongDate(row.decision_date)})`,
      detail:
        check.warnings[0] ??
        `Publish the notice by ${formatLongDate(check.noticeBy!)} (${daysLeftText(daysLeft!)}) for 28 clear days’ notice.`,
      due,
      daysLeft,
      link: { screen: 'forward-plan', id: committee.id },
    });
  }

  // Wales: notes of meetings held lately and not yet published.
  for (const row of statement(
    db,
    `SELECT m.id, m.committee_id, m.date FROM meetings m JOIN committees c ON c.id = m.committee_id AND c.nation = 'wales'
     WHERE m.date >= ? AND m.date <= ? AND m.note_published_on IS NULL ORDER BY m.date`,
  ).all(behind, today) as { id: string; committee_id: string; date: string }[]) {
    const committee = committees.get(row.committee_id)!;
    counted(() => {
      const due = welshNoteDue(row.date, calendar(committee));
      const { daysLeft } = withDays(due);
      entries['welsh notes'].push({
        kind: 'welsh notes',
        title: label(committee, row.date),
        detail: `Publish the note of the meeting by ${formatLongDate(due)} (${daysLeftText(daysLeft)}).`,
        due,
        daysLeft,
        link: { screen: 'meeting', id: row.id },
      });
    });
  }

  // Minutes not yet drafted: meetings held before today still marked as before or during the meeting.
  for (const row of statement(
    db,
    `SELECT id, committee_id, date, status FROM meetings
     WHERE date >= ? AND date < ? AND status IN ('draft', 'agenda published', 'in progress') ORDER BY date`,
  ).all(behind, today) as { id: string; committee_id: string; date: string; status: string }[]) {
    const committee = committees.get(row.committee_id)!;
    const held = daysFrom(row.date, today);
    entries.minutes.push({
      kind: 'minutes',
      title: label(committee, row.date),
      detail: `Held ${held === 1 ? 'yesterday' : `${held} days ago`}; still marked “${row.status}”.`,
      due: null,
      daysLeft: null,
      link: { screen: 'meeting', id: row.id },
    });
  }

  // Actions overdue, oldest first.
  const overdue = statement(
    db,
    `SELECT a.id, a.text, a.due_on, a.item_id, p.name, p.honorific FROM actions a LEFT JOIN people p ON p.id = a.owner_id
     WHERE a.status IN ('open', 'in progress') AND a.due_on IS NOT NULL AND a.due_on < ?
     ORDER BY a.due_on, a.rowid LIMIT ?`,
  ).all(today, DUE_LIST_LIMIT) as {
    id: string;
    text: string;
    due_on: string;
    item_id: string;
    name: string | null;
    honorific: string | null;
  }[];
  for (const row of overdue) {
    const daysLeft = daysFrom(today, row.due_on);
    entries.actions.push({
      kind: 'actions',
      title: row.text.trim() ? shorten(row.text) : '(an action without words)',
      detail: `Due ${formatLongDate(row.due_on)} (${daysLeftText(daysLeft)})${row.name ? `; ${formatPersonName({ name: row.name, honorific: row.honorific ?? '' })}` : ''}.`,
      due: row.due_on,
      daysLeft,
      link: { screen: 'item', id: row.item_id },
    });
  }
  if (overdue.length === DUE_LIST_LIMIT) {
    const { n } = statement(
      db,
      `SELECT count(*) AS n FROM actions WHERE status IN ('open', 'in progress') AND due_on IS NOT NULL AND due_on < ?`,
    ).get(today) as { n: number };
    more.actions = n - DUE_LIST_LIMIT;
  }

  for (const kind of dueKinds) {
    const list = entries[kind];
    list.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
    if (list.length > DUE_LIST_LIMIT) {
      more[kind] += list.length - DUE_LIST_LIMIT;
      list.length = DUE_LIST_LIMIT;
    }
  }
  return { today, entries, more };
}

const shorten = (text: string) => {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
};

// Decision notices of a meeting's decisions and their call-ins. A notice is built from what the
// minutes already hold (the decision, its reasons and alternatives, the declarations at its item);
// the officer adds the day it is published, any dispensations, and whether it is exempt from
// call-in as urgent. The public edition of an exempt item's notice is made here, before any
// document sees it.
import { exemptionOf } from '../../shared/exemptBasis';
import { membersOn } from '../../shared/attendance';
import { declaredOf } from './attendance/declarations';
import type { IsoDate } from '../../shared/calendar';
import type { Decision } from '../../shared/decisions';
import { formatLongDate, formatPersonName, formatTime } from '../../shared/format';
import type { Edition } from '../../shared/meetingRecord';
import { AppError } from '../../shared/result';
import {
  type CallInOutcome,
  type CallInRecord,
  type DecisionNotice,
  type DecisionNoticeEntry,
  type DecisionNotices,
  noticeStatus,
} from '../../shared/statutory';
import { getCommittee } from './committees';
import type { Db } from './database';
import { getDecision, listDecisions } from './decisions';
import { committeeCalendar } from './houseCalendar';
import { meetingDetail } from './meetingRecord';
import { listMembers } from './memberships';
import { newId, notFound, now, statement } from './rows';

interface NoticeRow {
  id: string;
  decision_id: string;
  published_on: string | null;
  call_in_days: number | null;
  exempt_from_call_in: number;
  urgency_reason: string;
  dispensations: string;
}

interface CallInRow {
  id: string;
  notice_id: string;
  called_in_by: string;
  called_in_on: string;
  outcome: string;
  outcome_on: string | null;
  notes: string;
}

const toCallIn = (row: CallInRow): CallInRecord => ({
  id: row.id,
  noticeId: row.notice_id,
  calledInBy: row.called_in_by,
  calledInOn: row.called_in_on,
  outcome: row.outcome as CallInOutcome,
  outcomeOn: row.outcome_on,
  notes: row.notes,
});

function noticeOf(db: Db, decisionId: string): DecisionNotice | null {
  const row = statement(db, 'SELECT * FROM decision_notices WHERE decision_id = ?').get(decisionId) as
    NoticeRow | undefined;
  if (!row) return null;
  const callIns = (
    statement(db, 'SELECT * FROM call_ins WHERE notice_id = ? ORDER BY called_in_on, created_at').all(
      row.id,
    ) as CallInRow[]
  ).map(toCallIn);
  return {
    id: row.id,
    decisionId: row.decision_id,
    publishedOn: row.published_on,
    callInDays: row.call_in_days,
    exemptFromCallIn: row.exempt_from_call_in === 1,
    urgencyReason: row.urgency_reason,
    dispensations: row.dispensations,
    callIns,
  };
}

function declarationsAt(db: Db, itemId: string) {
  return (
    statement(
      db,
      `SELECT p.name, p.honorific, d.category, d.interest, d.withdrew, d.category_stated, d.withdrawal_stated,
         d.withdrawal_words
       FROM declarations d JOIN people p ON p.id = d.person_id WHERE d.item_id = ? ORDER BY d.created_at`,
    ).all(itemId) as {
      name: string;
      honorific: string;
      category: string;
      interest: string;
      withdrew: number;
      category_stated: number;
      withdrawal_stated: number;
      withdrawal_words: string;
    }[]
  ).map((row) => ({
    name: formatPersonName(row),
    ...declaredOf(row),
    interest: row.interest,
  }));
}

/** A meeting's decisions, each with its notice and its state as at `today`, in an edition. */
export function readDecisionNotices(
  db: Db,
  meetingId: string,
  today: IsoDate,
  edition: Edition = 'confidential',
  onlyDecisionId?: string,
): DecisionNotices {
  const detail = meetingDetail(db, meetingId);
  const { committee, meeting } = detail;
  const settings = committeeCalendar(db, committee);
  const statusOf = (notice: DecisionNotice | null) =>
    noticeStatus(notice, committee.callInDays, settings, today);
  const entries: DecisionNoticeEntry[] = [];
  for (const item of detail.items) {
    const declarations = declarationsAt(db, item.id);
    for (const decision of listDecisions(db, item.id)) {
      if (onlyDecisionId && decision.id !== onlyDecisionId) continue;
      const notice = noticeOf(db, decision.id);
      const entry: DecisionNoticeEntry = {
        decision,
        itemId: item.id,
        itemTitle: item.title,
        minuteNumber: detail.minuteNumbers[item.id] ?? String(item.number),
        exemptParagraph: item.exempt ? (item.exemptParagraph ?? 0) : null,
        exemption: exemptionOf(item),
        notice,
        status: statusOf(notice),
        declarations,
        withheld: false,
      };
      entries.push(edition === 'public' && item.exempt ? withheld(entry, statusOf) : entry);
    }
  }
  return {
    edition,
    committee,
    meeting,
    members: membersOn(listMembers(db, committee.id), meeting.date),
    entries,
  };
}

/**
 * The public notice of an exempt item's decision: its publishable wording, nothing confidential; its
 * state told again from the notice as published, so the sentence carries no urgency reason.
 */
function withheld(
  entry: DecisionNoticeEntry,
  statusOf: (notice: DecisionNotice | null) => DecisionNoticeEntry['status'],
): DecisionNoticeEntry {
  const decision: Decision = {
    ...entry.decision,
    preamble: '',
    clauses: [],
    reasons: '',
    alternatives: '',
    vote: { ...entry.decision.vote, recorded: [] },
  };
  const notice = entry.notice && {
    ...entry.notice,
    urgencyReason: '',
    dispensations: '',
    callIns: entry.notice.callIns.map((callIn) => ({ ...callIn, notes: '' })),
  };
  return {
    ...entry,
    decision,
    declarations: entry.declarations.map((declaration) => ({ ...declaration, interest: '' })),
    notice,
    status: statusOf(notice),
    withheld: true,
  };
}

/** The meeting a decision was taken at, with its committee. */
function decisionContext(db: Db, decisionId: string) {
  const decision = getDecision(db, decisionId);
  const row = statement(
    db,
    'SELECT m.id AS meeting_id, m.date, m.committee_id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?',
  ).get(decision.itemId) as { meeting_id: string; date: string; committee_id: string };
  return {
    decision,
    meetingId: row.meeting_id,
    date: row.date,
    committee: getCommittee(db, row.committee_id),
  };
}

export interface NoticePatch {
  publishedOn?: IsoDate | null;
  exemptFromCallIn?: boolean;
  urgencyReason?: string;
  dispensations?: string;
}

/** Prepares or changes a decision's notice. Returns the meeting's id. */
export function saveDecisionNotice(db: Db, decisionId: string, patch: NoticePatch): string {
  const { meetingId, date, committee } = decisionContext(db, decisionId);
  const stamp = now();
  statement(
    db,
    `INSERT INTO decision_notices (id, decision_id, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (decision_id) DO NOTHING`,
  ).run(newId(), decisionId, stamp, stamp);
  const current = noticeOf(db, decisionId)!;
  const next = { ...current, ...patch };
  if (next.publishedOn !== null && next.publishedOn < date) {
    throw new AppError(
      'invalid_input',
      `A decision notice cannot be published (${formatLongDate(next.publishedOn)}) before the decision was taken (${formatLongDate(date)}).`,
    );
  }
  if (current.callIns.length > 0 && (next.publishedOn !== current.publishedOn || next.exemptFromCallIn)) {
    throw new AppError(
      'conflict',
      'This decision has been called in, so its publication day and its call-in cannot be changed. Remove the call-in first if it was recorded in error.',
    );
  }
  if (next.exemptFromCallIn && next.urgencyReason.trim() === '') {
    throw new AppError(
      'invalid_input',
      'An urgent decision exempt from call-in needs the reason it is urgent.',
    );
  }
  // The call-in period is the committee's on the day of publication, kept with the notice.
  const callInDays =
    next.publishedOn === null
      ? null
      : next.publishedOn === current.publishedOn
        ? (current.callInDays ?? committee.callInDays)
        : committee.callInDays;
  statement(
    db,
    `UPDATE decision_notices SET published_on = ?, call_in_days = ?, exempt_from_call_in = ?, urgency_reason = ?,
       dispensations = ?, updated_at = ? WHERE id = ?`,
  ).run(
    next.publishedOn,
    callInDays,
    next.exemptFromCallIn ? 1 : 0,
    next.urgencyReason,
    next.dispensations,
    stamp,
    current.id,
  );
  return meetingId;
}

/** Records that a decision was called in, within its call-in period. Returns the call-in. */
export function recordCallIn(
  db: Db,
  decisionId: string,
  input: { calledInBy: string; calledInOn: IsoDate; notes: string },
): CallInRecord {
  const { committee } = decisionContext(db, decisionId);
  const notice = noticeOf(db, decisionId);
  if (!notice?.publishedOn) {
    throw new AppError('invalid_input', 'A decision can be called in only once its notice is published.');
  }
  if (notice.exemptFromCallIn) {
    throw new AppError('invalid_input', 'This decision was exempt from call-in as urgent.');
  }
  if (notice.callIns.some((callIn) => callIn.outcome === 'pending')) {
    throw new AppError(
      'conflict',
      'This decision has already been called in, and the call-in is not yet decided.',
    );
  }
  const status = noticeStatus(
    notice,
    committee.callInDays,
    committeeCalendar(db, committee),
    input.calledInOn,
  );
  const period = status.callIn;
  if (!period || input.calledInOn < notice.publishedOn || input.calledInOn > period.ends) {
    throw new AppError(
      'invalid_input',
      period
        ? `A call-in must be made between ${formatLongDate(notice.publishedOn)} and ${formatTime(period.endsAt)} on ${formatLongDate(period.ends)}; ${formatLongDate(input.calledInOn)} is outside the call-in period.`
        : 'The call-in period of this notice cannot be counted.',
    );
  }
  const id = newId();
  const stamp = now();
  statement(
    db,
    `INSERT INTO call_ins (id, notice_id, called_in_by, called_in_on, outcome, outcome_on, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', NULL, ?, ?, ?)`,
  ).run(id, notice.id, input.calledInBy, input.calledInOn, input.notes, stamp, stamp);
  return getCallIn(db, id);
}

export function getCallIn(db: Db, id: string): CallInRecord {
  const row = statement(db, 'SELECT * FROM call_ins WHERE id = ?').get(id) as CallInRow | undefined;
  if (!row) throw notFound('That call-in');
  return toCallIn(row);
}

/** The outcome of a call-in, the day it was decided, and notes. */
export function updateCallIn(
  db: Db,
  id: string,
  patch: { outcome?: CallInOutcome; outcomeOn?: IsoDate | null; notes?: string },
): CallInRecord {
  const current = getCallIn(db, id);
  const next = { ...current, ...patch };
  if (next.outcomeOn !== null && next.outcomeOn < current.calledInOn) {
    throw new AppError('invalid_input', 'A call-in cannot be decided before it was made.');
  }
  if (next.outcome === 'pending' && next.outcomeOn !== null) {
    throw new AppError('invalid_input', 'A call-in still pending has no day of decision yet.');
  }
  statement(
    db,
    'UPDATE call_ins SET outcome = ?, outcome_on = ?, notes = ?, updated_at = ? WHERE id = ?',
  ).run(next.outcome, next.outcomeOn, next.notes, now(), id);
  return getCallIn(db, id);
}

export function deleteCallIn(db: Db, id: string): void {
  getCallIn(db, id);
  statement(db, 'DELETE FROM call_ins WHERE id = ?').run(id);
}

/** The meeting of the decision a call-in is against. */
export function meetingOfCallIn(db: Db, id: string): string | undefined {
  const row = statement(
    db,
    `SELECT i.meeting_id FROM call_ins c JOIN decision_notices n ON n.id = c.notice_id
       JOIN decisions d ON d.id = n.decision_id JOIN agenda_items i ON i.id = d.item_id WHERE c.id = ?`,
  ).get(id) as { meeting_id: string } | undefined;
  return row?.meeting_id;
}

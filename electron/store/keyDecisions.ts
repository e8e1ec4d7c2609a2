// The notice of key decisions (forward plan) of each executive body: its entries, checked against
// the 28 clear days' notice they need, and the notice for a period as the Word document gives it.
import { membersOn } from '../../shared/attendance';
import type { IsoDate } from '../../shared/calendar';
import { formatLongDate } from '../../shared/format';
import { AppError } from '../../shared/result';
import {
  type KeyDecision,
  type KeyDecisionEntry,
  type KeyDecisionStatus,
  type UrgencyRoute,
  checkKeyDecision,
} from '../../shared/statutory';
import { getAgendaItem } from './agendaItems';
import { getCommittee } from './committees';
import type { Db } from './database';
import { committeeCalendar } from './houseCalendar';
import { getMeeting } from './meetings';
import { listMembers } from './memberships';
import { checkVersion, newId, notFound, now, statement } from './rows';
import type { Membership } from '../../shared/domain';

interface KeyDecisionRow {
  id: string;
  committee_id: string;
  item_id: string | null;
  reference: string;
  matter: string;
  decision_maker: string;
  decision_date: string;
  documents: string;
  documents_from: string;
  contact: string;
  notice_published_on: string | null;
  private: number;
  exempt_paragraph: number | null;
  private_reasons: string;
  urgency_route: string;
  route_agreed_by: string;
  route_notice_on: string | null;
  route_reasons: string;
  status: string;
  version: number;
}

export type KeyDecisionFields = Omit<KeyDecision, 'id' | 'committeeId' | 'version'>;

const toKeyDecision = (row: KeyDecisionRow): KeyDecision => ({
  id: row.id,
  committeeId: row.committee_id,
  itemId: row.item_id,
  reference: row.reference,
  matter: row.matter,
  decisionMaker: row.decision_maker,
  decisionDate: row.decision_date,
  documents: row.documents,
  documentsFrom: row.documents_from,
  contact: row.contact,
  noticePublishedOn: row.notice_published_on,
  private: row.private === 1,
  exemptParagraph: row.exempt_paragraph,
  privateReasons: row.private_reasons,
  urgencyRoute: row.urgency_route as UrgencyRoute,
  routeAgreedBy: row.route_agreed_by,
  routeNoticeOn: row.route_notice_on,
  routeReasons: row.route_reasons,
  status: row.status as KeyDecisionStatus,
  version: row.version,
});

const columns: Record<keyof KeyDecisionFields, string> = {
  itemId: 'item_id',
  reference: 'reference',
  matter: 'matter',
  decisionMaker: 'decision_maker',
  decisionDate: 'decision_date',
  documents: 'documents',
  documentsFrom: 'documents_from',
  contact: 'contact',
  noticePublishedOn: 'notice_published_on',
  private: 'private',
  exemptParagraph: 'exempt_paragraph',
  privateReasons: 'private_reasons',
  urgencyRoute: 'urgency_route',
  routeAgreedBy: 'route_agreed_by',
  routeNoticeOn: 'route_notice_on',
  routeReasons: 'route_reasons',
  status: 'status',
};

export function getKeyDecision(db: Db, id: string): KeyDecision {
  const row = statement(db, 'SELECT * FROM key_decisions WHERE id = ?').get(id) as KeyDecisionRow | undefined;
  if (!row) throw notFound('That key decision');
  return toKeyDecision(row);
}

/** An entry's agenda item must be on a meeting of the same executive body. */
function checkItem(db: Db, committeeId: string, itemId: string | null | undefined): void {
  if (!itemId) return;
  const item = getAgendaItem(db, itemId);
  if (getMeeting(db, item.meetingId).committeeId !== committeeId) {
    throw new AppError('invalid_input', 'That agenda item is on another committee’s meeting.');
  }
}

function checkDates(fields: Partial<KeyDecisionFields>, current?: KeyDecisionFields): void {
  const date = fields.decisionDate ?? current?.decisionDate;
  const published =
    fields.noticePublishedOn === undefined ? current?.noticePublishedOn : fields.noticePublishedOn;
  if (date && published && published > date) {
    throw new AppError(
      'invalid_input',
      `The notice cannot be published (${formatLongDate(published)}) after the decision (${formatLongDate(date)}).`,
    );
  }
}

export function createKeyDecision(db: Db, committeeId: string, fields: KeyDecisionFields): KeyDecision {
  getCommittee(db, committeeId);
  checkItem(db, committeeId, fields.itemId);
  checkDates(fields);
  const id = newId();
  const stamp = now();
  const names = Object.keys(columns) as (keyof KeyDecisionFields)[];
  statement(
    db,
    `INSERT INTO key_decisions (id, committee_id, ${names.map((key) => columns[key]).join(', ')}, created_at, updated_at)
     VALUES (?, ?, ${names.map(() => '?').join(', ')}, ?, ?)`,
  ).run([id, committeeId, ...names.map((key) => encode(fields[key])), stamp, stamp]);
  return getKeyDecision(db, id);
}

const encode = (value: unknown): unknown => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

export function updateKeyDecision(
  db: Db,
  id: string,
  baseVersion: number,
  patch: Partial<KeyDecisionFields>,
): KeyDecision {
  const current = getKeyDecision(db, id);
  checkVersion(current.version, baseVersion, 'This key decision was');
  checkItem(db, current.committeeId, patch.itemId);
  checkDates(patch, current);
  const names = (Object.keys(patch) as (keyof KeyDecisionFields)[]).filter((key) => patch[key] !== undefined);
  statement(
    db,
    `UPDATE key_decisions SET ${names.map((key) => `${columns[key]} = ?, `).join('')}version = version + 1, updated_at = ?
     WHERE id = ?`,
  ).run([...names.map((key) => encode(patch[key])), now(), id]);
  return getKeyDecision(db, id);
}

export function deleteKeyDecision(db: Db, id: string): void {
  getKeyDecision(db, id);
  statement(db, 'DELETE FROM key_decisions WHERE id = ?').run(id);
}

/** "Cabinet, Thursday 13 April 2023, item 4": where a linked entry is to be taken. */
function itemLabels(db: Db, committeeId: string): Map<string, string> {
  const rows = statement(
    db,
    `SELECT k.item_id, i.position, m.date, c.name FROM key_decisions k
       JOIN agenda_items i ON i.id = k.item_id JOIN meetings m ON m.id = i.meeting_id
       JOIN committees c ON c.id = m.committee_id
     WHERE k.committee_id = ?`,
  ).all(committeeId) as { item_id: string; position: number; date: string; name: string }[];
  return new Map(
    rows.map((row) => [row.item_id, `${row.name}, ${formatLongDate(row.date)}, item ${row.position}`]),
  );
}

/** The body's entries with a decision date in the period (all when none is given), soonest first. */
export function listKeyDecisions(
  db: Db,
  committeeId: string,
  today: IsoDate,
  period: { from?: IsoDate; to?: IsoDate } = {},
): KeyDecisionEntry[] {
  const committee = getCommittee(db, committeeId);
  const settings = committeeCalendar(db, committee);
  const rows = statement(
    db,
    `SELECT * FROM key_decisions WHERE committee_id = ? AND decision_date >= ? AND decision_date <= ?
     ORDER BY decision_date, reference, matter`,
  ).all(committeeId, period.from ?? '0000-01-01', period.to ?? '9999-12-31') as KeyDecisionRow[];
  const labels = itemLabels(db, committeeId);
  return rows.map((row) => {
    const entry = toKeyDecision(row);
    return {
      ...entry,
      check: checkKeyDecision(entry, settings, today),
      itemLabel: entry.itemId ? (labels.get(entry.itemId) ?? null) : null,
    };
  });
}

/** The key decisions linked to a meeting's items, by item id. */
export function keyDecisionsOfMeeting(db: Db, meetingId: string): Map<string, string> {
  const rows = statement(
    db,
    `SELECT k.item_id, k.id FROM key_decisions k JOIN agenda_items i ON i.id = k.item_id WHERE i.meeting_id = ?`,
  ).all(meetingId) as { item_id: string; id: string }[];
  return new Map(rows.map((row) => [row.item_id, row.id]));
}

/** The executive body's members on a day, as reg 9(1)(c) lists them. */
export function bodyMembersOn(db: Db, committeeId: string, date: IsoDate): Membership[] {
  return membersOn(listMembers(db, committeeId), date);
}

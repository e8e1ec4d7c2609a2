// The audit trail: what changed in a meeting's record after the meeting's end, as readable text
// before and after. A change is read before and after the mutation, inside its transaction, and
// only for meetings that have ended, so typing during a meeting costs nothing extra. The trail
// records changes, not keystrokes: a run of saves to one part from one window (each within ten
// minutes of the last) extends one entry, whose "before" is the text when the run began and whose
// "after" is the latest. Adding, removing or moving an agenda item records that item alone.
import type { ExemptBasis } from '../../shared/exemptBasis';
import { textSections, type TextSection } from '../../shared/attendance';
import { clauseLabel, type Decision } from '../../shared/decisions';
import type { AuditEntry, AuditSubject, KeptMinutes } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import { capitalise, formatLongDate, formatPersonName, formatTime } from '../../shared/format';
import { meetingDetail } from './meetingRecord';
import { listAgendaItems } from './agendaItems';
import { attendanceBlock } from './attendance';
import type { Db } from './database';
import { listDecisions } from './decisions';
import { listItemPeople } from './itemPeople';
import { getMeeting } from './meetings';
import { getPerson } from './people';
import { now, statement } from './rows';

/**
 * One part of a meeting's record. `itemId` is null for the meeting-wide parts; for 'agenda' it names
 * the one item added, removed or moved (null: the whole agenda, as an import changes it).
 */
export interface AuditScope {
  meetingId: string;
  itemId: string | null;
  subject: AuditSubject;
  /** The item is the one the mutation creates: there is nothing before, and its id is in the result. */
  created?: boolean;
}

/** An agenda item's line when it is not on the agenda (before it is added, after it is removed). */
export const NOT_ON_AGENDA = '(not on the agenda)';

/** Each attendance section's name in the trail, and how its own sentence already names it. */
const sectionNames: Record<TextSection, { name: string; saysSo: RegExp }> = {
  present: { name: 'Present', saysSo: /\bpresent\b/i },
  apologies: { name: 'Apologies', saysSo: /\bapologies\b/i },
  substitutes: { name: 'Substitutes', saysSo: /\bsubstitut/i },
  officers: { name: 'Officers', saysSo: /\bofficers\b/i },
  others: { name: 'Also in attendance', saysSo: /\bin attendance\b/i },
  movements: { name: 'Arrivals and departures', saysSo: /\b(arrived|left|arrival|departure)/i },
  declarations: { name: 'Declarations', saysSo: /\bdeclar/i },
};

/** Edits to the same part within this time extend one entry. */
const RUN_MS = 10 * 60 * 1000;

/** A meeting has ended once its minutes are being drafted, or once its day is over. */
export function meetingHasEnded(db: Db, meetingId: string): boolean {
  const row = statement(
    db,
    `SELECT status IN ('minutes drafted', 'minutes approved') OR date < date('now', 'localtime') AS ended
     FROM meetings WHERE id = ?`,
  ).get(meetingId) as { ended: number } | undefined;
  return row?.ended === 1;
}

/** The part of the record as the officer would read it. */
export function readSubject(db: Db, scope: AuditScope): string {
  const { itemId } = scope;
  switch (scope.subject) {
    case 'minutes': {
      const row = statement(db, 'SELECT plain_text FROM item_minutes WHERE item_id = ?').get(itemId) as
        { plain_text: string } | undefined;
      return row?.plain_text ?? '';
    }
    case 'decisions':
      return listDecisions(db, itemId!)
        .map((decision) => decisionText(db, decision))
        .join('\n\n');
    case 'people':
      return listItemPeople(db, itemId!)
        .map(
          (entry) =>
            `${capitalise(entry.role)}: ${formatPersonName(entry.person)}${entry.capacity ? `, ${entry.capacity}` : ''}`,
        )
        .join('\n');
    case 'report': {
      const row = statement(
        db,
        'SELECT plain_text, contact_points, background_papers FROM item_reports WHERE item_id = ?',
      ).get(itemId) as { plain_text: string; contact_points: string; background_papers: string } | undefined;
      if (!row) return '';
      return [
        row.plain_text,
        row.contact_points ? `Contact points: ${row.contact_points}` : '',
        row.background_papers ? `Background papers: ${row.background_papers}` : '',
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'item': {
      const item = statement(
        db,
        'SELECT title, purpose, exempt, exempt_basis, exempt_paragraph FROM agenda_items WHERE id = ?',
      ).get(itemId) as
        | {
            title: string;
            purpose: string;
            exempt: number;
            exempt_basis: ExemptBasis | null;
            exempt_paragraph: number | null;
          }
        | undefined;
      if (!item) return '(removed)';
      const late = statement(
        db,
        'SELECT added_after_publication, published_on, urgency_reason FROM item_publication WHERE item_id = ?',
      ).get(itemId) as
        { added_after_publication: number; published_on: string | null; urgency_reason: string } | undefined;
      return [
        item.title,
        item.exempt
          ? item.exempt_basis === '1960 Act'
            ? 'Exempt under the Public Bodies (Admission to Meetings) Act 1960'
            : `Exempt under paragraph ${item.exempt_paragraph} of ${item.exempt_basis === 'schedule 7A' ? 'Schedule 7A' : 'Schedule 12A'}`
          : 'Public',
        item.purpose,
        late?.added_after_publication ? 'Added after the agenda was published' : '',
        late?.published_on ? `Published on ${formatLongDate(late.published_on)}` : '',
        late?.urgency_reason ? `Reason for urgency: ${late.urgency_reason}` : '',
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'agenda': {
      const line = (item: { number: number; title: string; exempt: boolean }) =>
        `${item.number}. ${item.title}${item.exempt ? ' (exempt)' : ''}`;
      if (itemId === null) return listAgendaItems(db, scope.meetingId).map(line).join('\n');
      const item = statement(db, 'SELECT position, title, exempt FROM agenda_items WHERE id = ?').get(
        itemId,
      ) as { position: number; title: string; exempt: number } | undefined;
      return item
        ? line({ number: item.position, title: item.title, exempt: item.exempt === 1 })
        : NOT_ON_AGENDA;
    }
    case 'attendance': {
      const block = attendanceBlock(db, meetingDetail(db, scope.meetingId));
      // A line a section, named unless its sentence says what it is ("Present: …", "No declarations …").
      return textSections
        .filter((section) => block[section].trim() !== '')
        .map((section) => {
          const text = block[section].trim();
          const { name, saysSo } = sectionNames[section];
          return saysSo.test(text) ? text : `${name}: ${text}`;
        })
        .join('\n');
    }
    case 'meeting': {
      const meeting = getMeeting(db, scope.meetingId);
      const ended = meeting.endTime ? ` to ${formatTime(meeting.endTime)}` : '';
      const agenda = meeting.agendaPublishedOn
        ? `\nAgenda published on ${formatLongDate(meeting.agendaPublishedOn)}`
        : '';
      return `${formatLongDate(meeting.date)}${meeting.startTime ? `, ${formatTime(meeting.startTime)}` : ''}${ended}${meeting.venue ? `, ${meeting.venue}` : ''}${agenda}`;
    }
  }
}

function decisionText(db: Db, decision: Decision): string {
  const name = (id: string | null) => (id ? formatPersonName(getPerson(db, id)) : '');
  const head = [decision.keyword, decision.qualifier && `(${decision.qualifier})`, decision.preamble]
    .filter(Boolean)
    .join(' ');
  const clauses = decision.clauses.map((clause, index) => {
    const text = plainText(clause.doc);
    const label = clauseLabel(decision.clauseStyle, index, decision.clauses.length);
    return `${clause.groupHeading ? `${clause.groupHeading}\n` : ''}${label} ${text}`;
  });
  const { vote } = decision;
  const lines = [head, ...clauses];
  if (decision.moverId) lines.push(`Moved by ${name(decision.moverId)}`);
  if (decision.seconderId) lines.push(`Seconded by ${name(decision.seconderId)}`);
  if (vote.kind !== 'none') {
    lines.push(`Votes (${vote.kind}): for ${vote.for}, against ${vote.against}, abstaining ${vote.abstain}`);
  }
  for (const recorded of vote.recorded) lines.push(`${name(recorded.personId)}: ${recorded.vote}`);
  if (decision.publicWording) lines.push(`Publishable wording: ${decision.publicWording}`);
  if (decision.reasons) lines.push(`Reasons: ${decision.reasons}`);
  if (decision.alternatives) lines.push(`Alternatives considered and rejected: ${decision.alternatives}`);
  return lines.join('\n');
}

/**
 * Reads the parts a mutation may change (those of ended meetings) and returns what to call with its
 * result once it has run: it records each part whose text changed. `source` is the window the
 * change comes from (null: a caller without windows, such as the command line).
 */
export function beginAudit(db: Db, scopes: AuditScope[], source: string | null): (result: unknown) => void {
  const watched = scopes
    .filter((scope) => meetingHasEnded(db, scope.meetingId))
    .map((scope) => ({ scope, before: scope.created ? NOT_ON_AGENDA : readSubject(db, scope) }));
  if (watched.length === 0) return () => undefined;
  return (result) => {
    for (const { scope: watchedScope, before } of watched) {
      const scope = watchedScope.created
        ? { ...watchedScope, itemId: (result as { id: string }).id }
        : watchedScope;
      const after = readSubject(db, scope);
      if (after !== before) recordChange(db, scope, before, after, source);
    }
  };
}

interface LatestRow {
  seq: number;
  item_id: string | null;
  subject: string;
  change: string;
  before: string | null;
  at: string;
}

const lastOfPart = (db: Db, meetingId: string, subject: string, itemId: string | null): number =>
  (
    statement(
      db,
      'SELECT coalesce(max(seq), 0) AS seq FROM audit_log WHERE meeting_id = ? AND subject = ? AND item_id IS ?',
    ).get(meetingId, subject, itemId) as { seq: number }
  ).seq;

function recordChange(db: Db, scope: AuditScope, before: string, after: string, source: string | null): void {
  const stamp = now();
  // A run goes on while one window saves one part, each save within RUN_MS of the one before. It
  // ends when that window changes another part or item, when another window changes this part, or
  // at an approval or reopening.
  const mine = statement(
    db,
    `SELECT seq, item_id, subject, change, before, at FROM audit_log
     WHERE meeting_id = ? AND source IS ? ORDER BY seq DESC LIMIT 1`,
  ).get(scope.meetingId, source) as LatestRow | undefined;
  const continues =
    mine !== undefined &&
    mine.change === 'changed' &&
    mine.subject === scope.subject &&
    mine.item_id === scope.itemId &&
    Date.parse(stamp) - Date.parse(mine.at) < RUN_MS &&
    lastOfPart(db, scope.meetingId, scope.subject, scope.itemId) === mine.seq &&
    lastOfPart(db, scope.meetingId, 'record', null) < mine.seq;
  if (continues) {
    // Typed back to where the run began: nothing changed after all.
    if (mine.before === after) statement(db, 'DELETE FROM audit_log WHERE seq = ?').run(mine.seq);
    else statement(db, 'UPDATE audit_log SET after = ?, at = ? WHERE seq = ?').run(after, stamp, mine.seq);
    return;
  }
  statement(
    db,
    `INSERT INTO audit_log (meeting_id, item_id, subject, change, before, after, first_at, at, source)
     VALUES (?, ?, ?, 'changed', ?, ?, ?, ?, ?)`,
  ).run(scope.meetingId, scope.itemId, scope.subject, before, after, stamp, stamp, source);
}

/** "1 word", "240 words". */
const wordsOf = (doc: RichDoc): string => {
  const count = plainText(doc).split(/\s+/).filter(Boolean).length;
  return `${count.toLocaleString('en-GB')} word${count === 1 ? '' : 's'}`;
};

/**
 * Typed minutes a save could not put in the record, kept apart from it (electron/store/keptMinutes.ts),
 * or such a kept copy discarded: one entry each, in the trail of a meeting that has ended, as its
 * changes are. Kept text is not the record, so the entry (subject 'kept') says what happened and
 * how much was typed, never the text: an exempt item's confidential words stay where they were typed
 * (a kept copy used goes in the trail as the change to the minutes it makes, as any save does). Its
 * change is 'changed' as the table allows (migration 008), the subject saying it changed no record.
 */
export function recordKept(
  db: Db,
  itemId: string,
  event: { kept: KeptMinutes['reason'] } | { discarded: true },
  doc: RichDoc,
  source: string | null,
): void {
  const meetingId = meetingOfItem(db, itemId);
  if (!meetingId || !meetingHasEnded(db, meetingId)) return;
  const text =
    'kept' in event
      ? `Typed minutes that could not be saved (${wordsOf(doc)}), ${
          event.kept === 'approved'
            ? 'the minutes being approved'
            : 'another window having changed them first'
        }, were kept apart from the record, to be used instead or discarded on the item’s screen.`
      : `Kept typed minutes (${wordsOf(doc)}) were discarded without being used.`;
  const stamp = now();
  statement(
    db,
    `INSERT INTO audit_log (meeting_id, item_id, subject, change, before, after, first_at, at, source)
     VALUES (?, ?, 'kept', 'changed', NULL, ?, ?, ?, ?)`,
  ).run(meetingId, itemId, text, stamp, stamp, source);
}

/** Approvals and reopenings go in the same trail, so the trail tells the whole story. */
export function recordEvent(
  db: Db,
  meetingId: string,
  change: 'approved' | 'reopened',
  text: string,
  reason: string | null,
): void {
  const stamp = now();
  statement(
    db,
    `INSERT INTO audit_log (meeting_id, item_id, subject, change, before, after, reason, first_at, at)
     VALUES (?, NULL, 'record', ?, NULL, ?, ?, ?, ?)`,
  ).run(meetingId, change, text, reason, stamp, stamp);
}

interface AuditRow {
  seq: number;
  meeting_id: string;
  item_id: string | null;
  subject: string;
  change: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  first_at: string;
  at: string;
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  meetingId: row.meeting_id,
  itemId: row.item_id,
  subject: row.subject as AuditEntry['subject'],
  change: row.change as AuditEntry['change'],
  before: row.before,
  after: row.after,
  reason: row.reason,
  firstAt: row.first_at,
  at: row.at,
});

/** An item's trail (with the meeting's approvals and reopenings), or a whole meeting's. Newest first. */
export function listAudit(db: Db, filter: { meetingId: string; itemId?: string }): AuditEntry[] {
  const rows = (
    filter.itemId
      ? statement(
          db,
          `SELECT * FROM audit_log WHERE meeting_id = ? AND (item_id = ? OR subject = 'record')
           ORDER BY seq DESC`,
        ).all(filter.meetingId, filter.itemId)
      : statement(db, 'SELECT * FROM audit_log WHERE meeting_id = ? ORDER BY seq DESC').all(filter.meetingId)
  ) as AuditRow[];
  return rows.map(toEntry);
}

/** The meeting an agenda item is on (undefined if the item is gone). */
export const meetingOfItem = (db: Db, itemId: string): string | undefined =>
  (
    statement(db, 'SELECT meeting_id FROM agenda_items WHERE id = ?').get(itemId) as
      { meeting_id: string } | undefined
  )?.meeting_id;

/** The item a decision is on. */
export const itemOfDecision = (db: Db, id: string): string | undefined =>
  (statement(db, 'SELECT item_id FROM decisions WHERE id = ?').get(id) as { item_id: string } | undefined)
    ?.item_id;

/** The meeting an arrival or departure, or a declaration, belongs to. */
export const meetingOfMovement = (db: Db, id: string): string | undefined =>
  (
    statement(db, 'SELECT meeting_id FROM attendance_movements WHERE id = ?').get(id) as
      { meeting_id: string } | undefined
  )?.meeting_id;
export const meetingOfDeclaration = (db: Db, id: string): string | undefined =>
  (
    statement(db, 'SELECT meeting_id FROM declarations WHERE id = ?').get(id) as
      { meeting_id: string } | undefined
  )?.meeting_id;

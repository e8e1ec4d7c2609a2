// A meeting's publication: the day its agenda went out, the items that did not go out with it (and
// the chair's urgency reason for each), and in Wales the note of the meeting. The deadlines and
// which items were late are counted by shared/statutory on the committee's calendar.
import type { IsoDate } from '../../shared/calendar';
import { formatLongDate } from '../../shared/format';
import { AppError } from '../../shared/result';
import { type ItemPublication, type MeetingDeadlines, meetingDeadlines } from '../../shared/statutory';
import { getAgendaItem, listAgendaItems } from './agendaItems';
import { getCommittee } from './committees';
import type { Db } from './database';
import { committeeCalendar } from './houseCalendar';
import { getMeeting } from './meetings';
import { newId, now, statement } from './rows';

interface PublicationRow {
  item_id: string;
  added_after_publication: number;
  published_on: string | null;
  urgency_reason: string;
}

const toPublication = (row: PublicationRow): ItemPublication => ({
  itemId: row.item_id,
  addedAfterPublication: row.added_after_publication === 1,
  publishedOn: row.published_on,
  urgencyReason: row.urgency_reason,
});

/** The items of a meeting that did not simply go out with its agenda, by item id. */
export function itemPublications(db: Db, meetingId: string): Map<string, ItemPublication> {
  const rows = statement(
    db,
    `SELECT p.item_id, p.added_after_publication, p.published_on, p.urgency_reason
     FROM item_publication p JOIN agenda_items i ON i.id = p.item_id WHERE i.meeting_id = ?`,
  ).all(meetingId) as PublicationRow[];
  return new Map(rows.map((row) => [row.item_id, toPublication(row)]));
}

/** The meeting's deadlines and late items, counted on its committee's calendar. */
export function readMeetingDeadlines(db: Db, meetingId: string): MeetingDeadlines {
  const meeting = getMeeting(db, meetingId);
  const committee = getCommittee(db, meeting.committeeId);
  return meetingDeadlines({
    meeting,
    items: listAgendaItems(db, meetingId),
    publications: itemPublications(db, meetingId),
    settings: committeeCalendar(db, committee),
  });
}

/**
 * Marks the agenda published on a day (or not published, with null). Every item on the agenda now
 * went out with it; an item added after this is late until a supplementary agenda publishes it.
 */
export function publishAgenda(db: Db, meetingId: string, publishedOn: IsoDate | null): void {
  const meeting = getMeeting(db, meetingId);
  if (publishedOn !== null && publishedOn > meeting.date) {
    throw new AppError(
      'invalid_input',
      `The agenda cannot be published (${formatLongDate(publishedOn)}) after the meeting (${formatLongDate(meeting.date)}).`,
    );
  }
  statement(db, 'UPDATE meetings SET agenda_published_on = ?, updated_at = ? WHERE id = ?').run(
    publishedOn,
    now(),
    meetingId,
  );
  if (publishedOn !== null) {
    statement(
      db,
      `UPDATE item_publication SET added_after_publication = 0, updated_at = ?
       WHERE added_after_publication = 1 AND item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ?)`,
    ).run(now(), meetingId);
    if (meeting.status === 'draft') {
      statement(db, "UPDATE meetings SET status = 'agenda published' WHERE id = ?").run(meetingId);
    }
  }
}

/** Called as an item is added: after the agenda went out, it is a late item. */
export function noteItemAdded(db: Db, itemId: string): void {
  const item = getAgendaItem(db, itemId);
  if (getMeeting(db, item.meetingId).agendaPublishedOn === null) return;
  upsert(db, itemId, { addedAfterPublication: true });
}

/** The day a supplementary agenda published the item, and the chair's urgency reason. */
export function setItemPublication(
  db: Db,
  itemId: string,
  patch: { publishedOn?: IsoDate | null; urgencyReason?: string },
): void {
  const item = getAgendaItem(db, itemId);
  const meeting = getMeeting(db, item.meetingId);
  if (patch.publishedOn && patch.publishedOn > meeting.date) {
    throw new AppError(
      'invalid_input',
      `An item cannot be published (${formatLongDate(patch.publishedOn)}) after the meeting (${formatLongDate(meeting.date)}).`,
    );
  }
  upsert(db, itemId, patch);
}

function upsert(
  db: Db,
  itemId: string,
  patch: { addedAfterPublication?: boolean; publishedOn?: IsoDate | null; urgencyReason?: string },
): void {
  const stamp = now();
  statement(
    db,
    `INSERT INTO item_publication (id, item_id, added_after_publication, published_on, urgency_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO NOTHING`,
  ).run(newId(), itemId, 0, null, '', stamp, stamp);
  const sets: string[] = [];
  const values: unknown[] = [];
  if (patch.addedAfterPublication !== undefined) {
    sets.push('added_after_publication = ?');
    values.push(patch.addedAfterPublication ? 1 : 0);
  }
  if (patch.publishedOn !== undefined) {
    sets.push('published_on = ?');
    values.push(patch.publishedOn);
  }
  if (patch.urgencyReason !== undefined) {
    sets.push('urgency_reason = ?');
    values.push(patch.urgencyReason);
  }
  if (sets.length === 0) return;
  statement(db, `UPDATE item_publication SET ${sets.join(', ')}, updated_at = ? WHERE item_id = ?`).run(
    ...values,
    stamp,
    itemId,
  );
}

/** Wales: the day the note of the meeting was published (null: not yet). */
export function publishNote(db: Db, meetingId: string, publishedOn: IsoDate | null): void {
  const meeting = getMeeting(db, meetingId);
  if (publishedOn !== null && publishedOn < meeting.date) {
    throw new AppError(
      'invalid_input',
      `The note of the meeting cannot be published (${formatLongDate(publishedOn)}) before the meeting (${formatLongDate(meeting.date)}).`,
    );
  }
  statement(db, 'UPDATE meetings SET note_published_on = ?, updated_at = ? WHERE id = ?').run(
    publishedOn,
    now(),
    meetingId,
  );
}

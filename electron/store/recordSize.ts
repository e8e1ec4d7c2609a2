// How large a meeting's record is, counted by SQLite without reading the record into JavaScript: the
// characters of its rich text (minutes, reports, updates, decision clauses) and of its approved
// version, and its rows. The command line builds a document of an ordinary meeting in its own
// process and hands a larger one to the export worker, whose memory limit turns a document too large
// to make into a sentence (electron/workers/jobs.ts).
import type { Db } from './database';
import { statement } from './rows';

export interface RecordSize {
  /** Characters of rich text (as stored, JSON) and of the latest approved version. */
  chars: number;
  /** Agenda items, decisions, clauses, actions and updates. */
  rows: number;
}

const SIZE = `
WITH items AS (SELECT id FROM agenda_items WHERE meeting_id = :meeting),
     decided AS (SELECT id FROM decisions WHERE item_id IN items),
     clauses AS (SELECT doc FROM decision_clauses WHERE decision_id IN decided)
SELECT
  coalesce((SELECT sum(length(doc)) FROM item_minutes WHERE item_id IN items), 0)
  + coalesce((SELECT sum(length(doc) + length(contact_points) + length(background_papers))
              FROM item_reports WHERE item_id IN items), 0)
  + coalesce((SELECT sum(length(doc)) FROM item_updates WHERE item_id IN items), 0)
  + coalesce((SELECT sum(length(doc)) FROM clauses), 0)
  + coalesce((SELECT max(length(snapshot)) FROM approvals WHERE meeting_id = :meeting), 0) AS chars,
  (SELECT count(*) FROM items)
  + (SELECT count(*) FROM decided)
  + (SELECT count(*) FROM clauses)
  + (SELECT count(*) FROM actions WHERE item_id IN items)
  + (SELECT count(*) FROM item_updates WHERE item_id IN items) AS rows`;

export function recordSize(db: Db, meetingId: string): RecordSize {
  return statement(db, SIZE).get({ meeting: meetingId }) as RecordSize;
}

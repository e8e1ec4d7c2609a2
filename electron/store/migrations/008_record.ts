// The legal record. Approving minutes stores the approved version whole (a snapshot the export can
// always give back) and records which meeting approved them and when; from then on the database
// itself refuses any change to that meeting's minutes, decisions, attendance and agenda until the
// minutes are reopened with a reason. Changes made after a meeting's end go to an audit log.
export const version = 8;
export const name = 'record';

/** The message every refusal raises; the router turns it into words for the officer. */
export const APPROVED_REFUSAL = 'minutebook: approved record';

/** How each guarded table reaches its meeting, from a row called R (NEW or OLD). */
const guarded: { table: string; meeting: (row: string) => string }[] = [
  { table: 'agenda_items', meeting: (r) => `${r}.meeting_id` },
  {
    table: 'item_minutes',
    meeting: (r) => `(SELECT meeting_id FROM agenda_items WHERE id = ${r}.item_id)`,
  },
  { table: 'item_people', meeting: (r) => `(SELECT meeting_id FROM agenda_items WHERE id = ${r}.item_id)` },
  { table: 'decisions', meeting: (r) => `(SELECT meeting_id FROM agenda_items WHERE id = ${r}.item_id)` },
  {
    table: 'decision_clauses',
    meeting: (r) =>
      `(SELECT i.meeting_id FROM decisions d JOIN agenda_items i ON i.id = d.item_id WHERE d.id = ${r}.decision_id)`,
  },
  {
    table: 'recorded_votes',
    meeting: (r) =>
      `(SELECT i.meeting_id FROM decisions d JOIN agenda_items i ON i.id = d.item_id WHERE d.id = ${r}.decision_id)`,
  },
  { table: 'attendance', meeting: (r) => `${r}.meeting_id` },
  { table: 'attendance_movements', meeting: (r) => `${r}.meeting_id` },
  { table: 'declarations', meeting: (r) => `${r}.meeting_id` },
  { table: 'attendance_text', meeting: (r) => `${r}.meeting_id` },
];

const approved = (meeting: string) =>
  `(SELECT status = 'minutes approved' FROM meetings WHERE id = ${meeting})`;

const guards = guarded
  .flatMap(({ table, meeting }) =>
    (
      [
        ['insert', 'INSERT', 'NEW'],
        ['update', 'UPDATE', 'OLD'],
        ['delete', 'DELETE', 'OLD'],
      ] as const
    ).map(
      ([suffix, event, row]) => `
CREATE TRIGGER ${table}_approved_${suffix} BEFORE ${event} ON ${table}
WHEN ${approved(meeting(row))}
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;`,
    ),
  )
  .join('\n');

export const sql = /* sql */ `
ALTER TABLE meetings ADD COLUMN approved_at TEXT;
ALTER TABLE meetings ADD COLUMN approved_by_meeting_id TEXT REFERENCES meetings (id) ON DELETE RESTRICT;

-- One row each time the minutes are approved. The snapshot is the record as approved (JSON), and
-- is never changed; reopening fills in when and why, and the next approval adds a new row.
CREATE TABLE approvals (
  id                     TEXT PRIMARY KEY NOT NULL,
  meeting_id             TEXT NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
  approved_by_meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
  approved_on            TEXT NOT NULL,
  recorded_at            TEXT NOT NULL,
  snapshot               TEXT NOT NULL CHECK (json_valid(snapshot)),
  reopened_at            TEXT,
  reopen_reason          TEXT,
  CHECK ((reopened_at IS NULL) = (reopen_reason IS NULL)),
  CHECK (reopen_reason IS NULL OR length(trim(reopen_reason)) > 0)
) STRICT;
CREATE INDEX approvals_by_meeting ON approvals (meeting_id, recorded_at);
CREATE UNIQUE INDEX approvals_one_open ON approvals (meeting_id) WHERE reopened_at IS NULL;

CREATE TRIGGER approvals_snapshot_fixed BEFORE UPDATE OF id, meeting_id, approved_by_meeting_id, approved_on, recorded_at, snapshot ON approvals
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;
CREATE TRIGGER approvals_reopen_once BEFORE UPDATE OF reopened_at, reopen_reason ON approvals
WHEN OLD.reopened_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;
CREATE TRIGGER approvals_kept BEFORE DELETE ON approvals
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;

-- An approved meeting stays as it is: no field changes while approved, leaving 'minutes approved'
-- only once its approval has been reopened with a reason, entering it only with an open approval.
CREATE TRIGGER meetings_approved_fixed BEFORE UPDATE ON meetings
WHEN OLD.status = 'minutes approved' AND NEW.status = 'minutes approved'
  AND (OLD.date IS NOT NEW.date OR OLD.start_time IS NOT NEW.start_time OR OLD.venue IS NOT NEW.venue
    OR OLD.committee_id IS NOT NEW.committee_id OR OLD.contact_officer_id IS NOT NEW.contact_officer_id
    OR OLD.approved_at IS NOT NEW.approved_at OR OLD.approved_by_meeting_id IS NOT NEW.approved_by_meeting_id)
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;
CREATE TRIGGER meetings_leave_approved BEFORE UPDATE OF status ON meetings
WHEN OLD.status = 'minutes approved' AND NEW.status != 'minutes approved'
  AND EXISTS (SELECT 1 FROM approvals WHERE meeting_id = OLD.id AND reopened_at IS NULL)
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;
CREATE TRIGGER meetings_enter_approved BEFORE UPDATE OF status ON meetings
WHEN NEW.status = 'minutes approved' AND OLD.status != 'minutes approved'
  AND NOT EXISTS (SELECT 1 FROM approvals WHERE meeting_id = OLD.id AND reopened_at IS NULL)
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;
CREATE TRIGGER meetings_approved_kept BEFORE DELETE ON meetings
WHEN OLD.status = 'minutes approved'
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;
${guards}

-- Which database this is. Every write transaction touches the row, so any write-ahead log holds its
-- page: a log found beside a different database file (a sync tool, a file copied back from an old
-- copy) names another database and is refused rather than replayed into this one.
CREATE TABLE store_identity (
  only        INTEGER PRIMARY KEY CHECK (only = 1),
  database_id TEXT NOT NULL,
  last_write  TEXT NOT NULL
) STRICT;
INSERT INTO store_identity (only, database_id, last_write) VALUES (1, lower(hex(randomblob(16))), '');

-- What changed after a meeting's end: the readable text of one part of the record (an item's
-- minutes, its decisions, the attendance block…) before and after. Typing in one part within a few
-- minutes extends the latest entry rather than adding one per keystroke.
CREATE TABLE audit_log (
  seq        INTEGER PRIMARY KEY,
  meeting_id TEXT NOT NULL,
  item_id    TEXT,
  subject    TEXT NOT NULL,
  change     TEXT NOT NULL CHECK (change IN ('changed', 'approved', 'reopened')),
  before     TEXT,
  after      TEXT,
  reason     TEXT,
  first_at   TEXT NOT NULL,
  at         TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, seq);
CREATE INDEX audit_log_by_item ON audit_log (item_id, seq) WHERE item_id IS NOT NULL;
`;

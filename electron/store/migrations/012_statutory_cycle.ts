// The statutory cycle around each meeting (issue 18). Committees carry their nation and call-in
// period; meetings the day their agenda was published (and, in Wales, the note of the meeting); an
// item added after the agenda went out, or published late, carries the chair's urgency reason, which
// the minutes record, so it is part of the approved record and guarded as migration 008 guards the
// rest. Decisions gain their reasons and the alternatives rejected. Beside the record: the notice of
// key decisions (the forward plan), decision notices with their call-ins, and officer decision
// records. Every new table has a UUID key.
import { APPROVED_REFUSAL } from './008_record';

export const version = 12;
export const name = 'statutory cycle';

const approvedItem = (row: string) =>
  `(SELECT m.status = 'minutes approved' FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
    WHERE i.id = ${row}.item_id)`;

/** As 008 guards the record's tables: no insert, update or delete while the meeting is approved. */
const itemPublicationGuards = (
  [
    ['insert', 'INSERT', 'NEW'],
    ['update', 'UPDATE', 'OLD'],
    ['delete', 'DELETE', 'OLD'],
  ] as const
)
  .map(
    ([suffix, event, row]) => `
CREATE TRIGGER item_publication_approved_${suffix} BEFORE ${event} ON item_publication
WHEN ${approvedItem(row)}
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;`,
  )
  .join('\n');

export const sql = /* sql */ `
ALTER TABLE committees ADD COLUMN nation TEXT NOT NULL DEFAULT 'england'
  CHECK (nation IN ('england', 'wales', 'scotland', 'ni'));
ALTER TABLE committees ADD COLUMN call_in_days INTEGER NOT NULL DEFAULT 5 CHECK (call_in_days BETWEEN 1 AND 30);

ALTER TABLE meetings ADD COLUMN agenda_published_on TEXT;
ALTER TABLE meetings ADD COLUMN note_published_on TEXT;
-- "What is due" reads meetings by date across every committee.
CREATE INDEX meetings_by_date ON meetings (date);

-- The day the agenda went out decides which items were late: fixed while the minutes stand approved.
CREATE TRIGGER meetings_approved_agenda_fixed BEFORE UPDATE OF agenda_published_on ON meetings
WHEN OLD.status = 'minutes approved' AND NEW.status = 'minutes approved'
  AND OLD.agenda_published_on IS NOT NEW.agenda_published_on
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;

ALTER TABLE decisions ADD COLUMN reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN alternatives TEXT NOT NULL DEFAULT '';

-- An item that did not go out with the agenda: added after it was published (and perhaps published
-- on a supplementary agenda), and the special circumstances for which the chair took it as urgent.
CREATE TABLE item_publication (
  id                      TEXT PRIMARY KEY NOT NULL,
  item_id                 TEXT NOT NULL UNIQUE REFERENCES agenda_items (id) ON DELETE CASCADE,
  added_after_publication INTEGER NOT NULL DEFAULT 0 CHECK (added_after_publication IN (0, 1)),
  published_on            TEXT,
  urgency_reason          TEXT NOT NULL DEFAULT '',
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
) STRICT;
${itemPublicationGuards}

-- The notice of key decisions (forward plan) of an executive body: reg 9's fields, a private
-- meeting's paragraph and reasons (reg 5), and the route taken when 28 clear days were impossible.
CREATE TABLE key_decisions (
  id                  TEXT PRIMARY KEY NOT NULL,
  committee_id        TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  item_id             TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
  reference           TEXT NOT NULL DEFAULT '',
  matter              TEXT NOT NULL CHECK (length(matter) > 0),
  decision_maker      TEXT NOT NULL DEFAULT '',
  decision_date       TEXT NOT NULL,
  documents           TEXT NOT NULL DEFAULT '',
  documents_from      TEXT NOT NULL DEFAULT '',
  contact             TEXT NOT NULL DEFAULT '',
  notice_published_on TEXT,
  private             INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
  exempt_paragraph    INTEGER,
  private_reasons     TEXT NOT NULL DEFAULT '',
  urgency_route       TEXT NOT NULL DEFAULT 'none'
                      CHECK (urgency_route IN ('none', 'general exception', 'special urgency')),
  route_agreed_by     TEXT NOT NULL DEFAULT '',
  route_notice_on     TEXT,
  route_reasons       TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'taken', 'withdrawn')),
  version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  CHECK ((private = 1) = (exempt_paragraph IS NOT NULL))
) STRICT;
CREATE INDEX key_decisions_by_committee ON key_decisions (committee_id, decision_date);
CREATE INDEX key_decisions_planned ON key_decisions (decision_date) WHERE status = 'planned';
CREATE INDEX key_decisions_by_item ON key_decisions (item_id);

-- The notice of an executive decision: published on a day, open to call-in for the committee's
-- period as it was on that day, or exempt from call-in as urgent.
CREATE TABLE decision_notices (
  id                  TEXT PRIMARY KEY NOT NULL,
  decision_id         TEXT NOT NULL UNIQUE REFERENCES decisions (id) ON DELETE CASCADE,
  published_on        TEXT,
  call_in_days        INTEGER CHECK (call_in_days BETWEEN 1 AND 30),
  exempt_from_call_in INTEGER NOT NULL DEFAULT 0 CHECK (exempt_from_call_in IN (0, 1)),
  urgency_reason      TEXT NOT NULL DEFAULT '',
  dispensations       TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  CHECK ((published_on IS NULL) = (call_in_days IS NULL))
) STRICT;
CREATE INDEX decision_notices_published ON decision_notices (published_on) WHERE published_on IS NOT NULL;

CREATE TABLE call_ins (
  id           TEXT PRIMARY KEY NOT NULL,
  notice_id    TEXT NOT NULL REFERENCES decision_notices (id) ON DELETE CASCADE,
  called_in_by TEXT NOT NULL CHECK (length(called_in_by) > 0),
  called_in_on TEXT NOT NULL,
  outcome      TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'no further action',
               'referred back to the decision maker', 'referred to full council', 'withdrawn')),
  outcome_on   TEXT,
  notes        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX call_ins_by_notice ON call_ins (notice_id, called_in_on);

-- Decisions taken by officers: delegated (Openness of Local Government Bodies Regulations 2014,
-- reg 7) and executive (2012 Regulations, reg 13).
CREATE TABLE officer_decisions (
  id               TEXT PRIMARY KEY NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('delegated', 'executive')),
  reference        TEXT NOT NULL DEFAULT '',
  title            TEXT NOT NULL CHECK (length(title) > 0),
  decision         TEXT NOT NULL DEFAULT '',
  decided_on       TEXT NOT NULL,
  officer_id       TEXT REFERENCES people (id) ON DELETE RESTRICT,
  authority        TEXT NOT NULL DEFAULT '',
  reasons          TEXT NOT NULL DEFAULT '',
  alternatives     TEXT NOT NULL DEFAULT '',
  consultation     TEXT NOT NULL DEFAULT '',
  interests        TEXT NOT NULL DEFAULT '',
  dispensations    TEXT NOT NULL DEFAULT '',
  exempt_paragraph INTEGER,
  published_on     TEXT,
  version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX officer_decisions_by_date ON officer_decisions (decided_on);
CREATE INDEX officer_decisions_unpublished ON officer_decisions (decided_on) WHERE published_on IS NULL;
CREATE INDEX officer_decisions_by_officer ON officer_decisions (officer_id);

-- "What is due" lists overdue actions without reading the done ones.
CREATE INDEX actions_open_by_due ON actions (due_on) WHERE status IN ('open', 'in progress') AND due_on IS NOT NULL;
`;

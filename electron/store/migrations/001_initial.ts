// Committees, people, membership, meetings and agenda items.
// Ids are UUIDs (not integers) so that a team can one day sync these rows between laptops.
export const version = 1;
export const name = 'initial';
export const sql = /* sql */ `
CREATE TABLE committees (
  id               TEXT PRIMARY KEY NOT NULL,
  name             TEXT NOT NULL CHECK (length(name) > 0),
  kind             TEXT NOT NULL CHECK (kind IN ('cabinet', 'scrutiny', 'regulatory', 'full council', 'other')),
  quorum           INTEGER NOT NULL CHECK (quorum >= 1),
  default_venue    TEXT NOT NULL DEFAULT '',
  numbering_scheme TEXT NOT NULL DEFAULT '{n}',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  id           TEXT PRIMARY KEY NOT NULL,
  name         TEXT NOT NULL CHECK (length(name) > 0),
  honorific    TEXT NOT NULL DEFAULT '',
  role         TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  party        TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL CHECK (kind IN ('member', 'officer', 'external')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

CREATE TABLE committee_members (
  id           TEXT PRIMARY KEY NOT NULL,
  committee_id TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  person_id    TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('chair', 'vice-chair', 'member')),
  joined_on    TEXT,
  left_on      TEXT,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX committee_members_by_committee ON committee_members (committee_id);
CREATE INDEX committee_members_by_person ON committee_members (person_id);

CREATE TABLE meetings (
  id           TEXT PRIMARY KEY NOT NULL,
  committee_id TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  date         TEXT NOT NULL,
  start_time   TEXT NOT NULL,
  venue        TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL DEFAULT 'draft'
               CHECK (status IN ('draft', 'agenda published', 'in progress', 'minutes drafted', 'minutes approved')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX meetings_by_committee_date ON meetings (committee_id, date);

CREATE TABLE agenda_items (
  id               TEXT PRIMARY KEY NOT NULL,
  meeting_id       TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL CHECK (position >= 1),
  title            TEXT NOT NULL CHECK (length(title) > 0),
  purpose          TEXT NOT NULL DEFAULT '',
  lead_officer_id  TEXT REFERENCES people (id) ON DELETE SET NULL,
  exempt           INTEGER NOT NULL DEFAULT 0 CHECK (exempt IN (0, 1)),
  exempt_paragraph INTEGER,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK ((exempt = 1) = (exempt_paragraph IS NOT NULL))
) STRICT;
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
CREATE INDEX agenda_items_by_lead_officer ON agenda_items (lead_officer_id);
`;

// Attendance: the register of a meeting (members, substitutes, officers, others), arrivals and
// departures as events tied to the item under way, declarations of interest per member per item,
// and the officer's own wording where it replaces a generated sentence.
export const version = 5;
export const name = 'attendance';
export const sql = /* sql */ `
ALTER TABLE committees ADD COLUMN remote_counts INTEGER NOT NULL DEFAULT 0 CHECK (remote_counts IN (0, 1));

CREATE TABLE attendance (
  meeting_id        TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id         TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  kind              TEXT NOT NULL CHECK (kind IN ('member', 'substitute', 'officer', 'other')),
  status            TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'apologies', 'absent')),
  substitute_for_id TEXT REFERENCES people (id) ON DELETE RESTRICT,
  remote            INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1)),
  capacity          TEXT NOT NULL DEFAULT '',
  position          INTEGER NOT NULL CHECK (position >= 1),
  updated_at        TEXT NOT NULL,
  PRIMARY KEY (meeting_id, person_id),
  CHECK ((kind = 'substitute') = (substitute_for_id IS NOT NULL)),
  CHECK (kind = 'member' OR status = 'present')
) STRICT;
CREATE UNIQUE INDEX attendance_one_substitute_each ON attendance (meeting_id, substitute_for_id)
  WHERE substitute_for_id IS NOT NULL;
CREATE INDEX attendance_by_person ON attendance (person_id);
CREATE INDEX attendance_by_substituted ON attendance (substitute_for_id);

CREATE TABLE attendance_movements (
  id          TEXT PRIMARY KEY NOT NULL,
  meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  kind        TEXT NOT NULL CHECK (kind IN ('arrived', 'left')),
  item_id     TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  time        TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
  seq         INTEGER NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX attendance_movements_by_meeting ON attendance_movements (meeting_id, seq);
CREATE INDEX attendance_movements_by_person ON attendance_movements (person_id);
CREATE INDEX attendance_movements_by_item ON attendance_movements (item_id);

CREATE TABLE declarations (
  id          TEXT PRIMARY KEY NOT NULL,
  meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  item_id     TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  category    TEXT NOT NULL CHECK (category IN ('disclosable pecuniary', 'other registrable', 'non-registrable')),
  interest    TEXT NOT NULL DEFAULT '',
  withdrew    INTEGER NOT NULL DEFAULT 0 CHECK (withdrew IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX declarations_by_meeting ON declarations (meeting_id, created_at);
CREATE INDEX declarations_by_person ON declarations (person_id);
CREATE INDEX declarations_by_item ON declarations (item_id);

CREATE TABLE attendance_text (
  meeting_id             TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  section                TEXT NOT NULL CHECK (section IN ('present', 'apologies', 'substitutes', 'officers', 'others', 'movements', 'declarations')),
  text                   TEXT NOT NULL,
  generated_when_written TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  PRIMARY KEY (meeting_id, section)
) STRICT;
`;

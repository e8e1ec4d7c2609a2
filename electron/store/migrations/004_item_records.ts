// What else is recorded on an item: who presented and who attended for it (seed 000), actions arising
// (seed 003: "The Director … to produce and distribute the letter"), and post-meeting updates kept
// apart from the minutes proper. Decisions gain a version so two windows cannot overwrite each other.
export const version = 4;
export const name = 'item_records';
export const sql = /* sql */ `
CREATE TABLE actions (
  id          TEXT PRIMARY KEY NOT NULL,
  item_id     TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  text        TEXT NOT NULL DEFAULT '',
  owner_id    TEXT REFERENCES people (id) ON DELETE SET NULL,
  due_on      TEXT,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in progress', 'done', 'cancelled')),
  version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX actions_by_item ON actions (item_id, position);
CREATE INDEX actions_by_owner ON actions (owner_id, status);

CREATE TABLE item_updates (
  id          TEXT PRIMARY KEY NOT NULL,
  item_id     TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL CHECK (position >= 1),
  heading     TEXT NOT NULL DEFAULT '',
  doc         TEXT NOT NULL CHECK (json_valid(doc)),
  plain_text  TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX item_updates_by_item ON item_updates (item_id, position);

CREATE TABLE item_people (
  item_id     TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  role        TEXT NOT NULL CHECK (role IN ('presenter', 'attendee')),
  position    INTEGER NOT NULL CHECK (position >= 1),
  -- How they are described for this item when it differs from the directory ("Executive Member for …").
  capacity    TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (item_id, role, person_id)
) STRICT;
CREATE INDEX item_people_by_person ON item_people (person_id);

ALTER TABLE decisions ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
`;

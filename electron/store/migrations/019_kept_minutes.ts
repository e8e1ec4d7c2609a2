// Typed minutes that a save could not put in the record are kept, never dropped: the text of a save
// refused because another window changed the minutes first, or because they had been approved, is
// kept here (one copy a window and item, the newest it sent) until the officer uses or discards it.
// A window's saved text that another window's save replaces is kept a while too (the last few an
// item), so that a change made from it (minutes.saveChanges carries only the blocks changed) can be
// rebuilt as the whole text it was typed as. Neither is part of the record: no search, no document.
export const version = 19;
export const name = 'kept minutes';
export const sql = /* sql */ `
ALTER TABLE item_minutes ADD COLUMN window_id TEXT CHECK (window_id IS NULL OR length(window_id) <= 200);

CREATE TABLE kept_minutes (
  id        TEXT PRIMARY KEY NOT NULL,
  item_id   TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  window_id TEXT CHECK (window_id IS NULL OR length(window_id) <= 200),
  save_id   TEXT CHECK (save_id IS NULL OR length(save_id) BETWEEN 1 AND 64),
  -- The version the refused save was made over (NULL: text the window sent once saving had stopped,
  -- newer than any of its saves), so that a save arriving late never replaces newer kept text.
  base_version INTEGER,
  reason    TEXT NOT NULL CHECK (reason IN ('conflict', 'approved')),
  kept_at   TEXT NOT NULL,
  doc       TEXT NOT NULL CHECK (json_valid(doc))
) STRICT;
CREATE UNIQUE INDEX kept_minutes_window ON kept_minutes (item_id, window_id) WHERE window_id IS NOT NULL;
CREATE INDEX kept_minutes_item ON kept_minutes (item_id, kept_at);

CREATE TABLE replaced_minutes (
  item_id     TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  save_id     TEXT NOT NULL CHECK (length(save_id) BETWEEN 1 AND 64),
  replaced_at TEXT NOT NULL,
  doc         TEXT NOT NULL CHECK (json_valid(doc)),
  PRIMARY KEY (item_id, save_id)
) STRICT;
`;

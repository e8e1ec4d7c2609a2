// The minutes of each agenda item: the editor's JSON, its plain text for search, and a version
// that each save must name, so that two windows cannot silently overwrite each other.
// In their own table, so an exempt item's minutes are rows apart from the public agenda.
export const version = 2;
export const name = 'item_minutes';
export const sql = /* sql */ `
CREATE TABLE item_minutes (
  item_id    TEXT PRIMARY KEY NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  doc        TEXT NOT NULL CHECK (json_valid(doc)),
  plain_text TEXT NOT NULL,
  version    INTEGER NOT NULL CHECK (version >= 1),
  updated_at TEXT NOT NULL
) STRICT;
`;

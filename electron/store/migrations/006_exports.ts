// What the Word exports need beyond the minutes: the council's house style, each item's report
// (seed 004) in its own rows (an exempt item's report is confidential), the wording of an exempt
// item's decision the officer marks as publishable, and the agenda's contact officer.
export const version = 6;
export const name = 'exports';
export const sql = /* sql */ `
CREATE TABLE settings (
  key        TEXT PRIMARY KEY NOT NULL,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  version    INTEGER NOT NULL CHECK (version >= 1),
  updated_at TEXT NOT NULL
) STRICT;
CREATE TABLE item_reports (
  item_id           TEXT PRIMARY KEY NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  doc               TEXT NOT NULL CHECK (json_valid(doc)),
  plain_text        TEXT NOT NULL,
  contact_points    TEXT NOT NULL DEFAULT '',
  background_papers TEXT NOT NULL DEFAULT '',
  version           INTEGER NOT NULL CHECK (version >= 1),
  updated_at        TEXT NOT NULL
) STRICT;
ALTER TABLE decisions ADD COLUMN public_wording TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN contact_officer_id TEXT REFERENCES people (id) ON DELETE SET NULL;
CREATE INDEX meetings_by_contact_officer ON meetings (contact_officer_id);
`;

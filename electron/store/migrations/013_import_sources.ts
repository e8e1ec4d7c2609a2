// The files past minutes were imported from, by the SHA-256 of their bytes (issue 20): the same file
// imported twice, under any name, is recognised and skipped. A meeting deleted takes its sources with
// it, so its file can be imported again.
export const version = 13;
export const name = 'import sources';
export const sql = /* sql */ `
CREATE TABLE import_sources (
  hash        TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 64 AND hash NOT GLOB '*[^0-9a-f]*'),
  file_name   TEXT NOT NULL,
  meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  imported_at TEXT NOT NULL
);
CREATE INDEX import_sources_by_meeting ON import_sources (meeting_id);
`;

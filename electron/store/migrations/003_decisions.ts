// Decisions per agenda item, their clauses (rich text, optionally grouped) and named votes.
export const version = 3;
export const name = 'decisions';
export const sql = /* sql */ `
CREATE TABLE decisions (
  id            TEXT PRIMARY KEY NOT NULL,
  item_id       TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 1),
  keyword       TEXT NOT NULL CHECK (keyword IN ('RESOLVED', 'AGREED', 'RECOMMENDED')),
  qualifier     TEXT NOT NULL DEFAULT '',
  preamble      TEXT NOT NULL DEFAULT '',
  clause_style  TEXT NOT NULL DEFAULT '(1)' CHECK (clause_style IN ('(1)', '1.', '(a)', '(i)')),
  mover_id      TEXT REFERENCES people (id) ON DELETE SET NULL,
  seconder_id   TEXT REFERENCES people (id) ON DELETE SET NULL,
  vote_kind     TEXT NOT NULL DEFAULT 'none' CHECK (vote_kind IN ('none', 'show of hands', 'recorded')),
  votes_for     INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
  votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
  votes_abstain INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
  casting_vote  TEXT CHECK (casting_vote IN ('for', 'against')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_by_item ON decisions (item_id, position);

CREATE TABLE decision_clauses (
  id            TEXT PRIMARY KEY NOT NULL,
  decision_id   TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL CHECK (position >= 1),
  group_heading TEXT NOT NULL DEFAULT '',
  doc           TEXT NOT NULL CHECK (json_valid(doc)),
  plain_text    TEXT NOT NULL
) STRICT;
CREATE INDEX decision_clauses_by_decision ON decision_clauses (decision_id, position);

CREATE TABLE recorded_votes (
  decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  person_id   TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  vote        TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
  PRIMARY KEY (decision_id, person_id)
) STRICT;
`;

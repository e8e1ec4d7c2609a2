// Declarations in each nation's own words: the kinds of interest of Wales's, Scotland's and Northern
// Ireland's codes of conduct, and the withdrawal as the minutes worded it.
//
// 005's check allowed England's three kinds only, so a Scottish "non-financial interest" was kept as
// 'unstated' and printed as "an interest". SQLite cannot change a check, so the table is made again
// (the copy-and-rename SQLite documents), every row copied as it stands (its rowid too, which the search rows give as their order), with the kinds of the four
// codes allowed and a column withdrawal_words: how the minutes said the member withdrew or stayed
// ("left the meeting for that item"), '' for the usual words. The triggers that name the table (the
// approved record's guards, from 008, and the search's, from 020) are dropped first and made again
// after, as they were. The search rows are unchanged (no row's body changes). All of it runs in
// migrate()'s one transaction: a file killed during it keeps 020's schema and rows.
export const version = 21;
export const name = 'declaration kinds';

import { APPROVED_REFUSAL } from './008_record';
import { declarationTriggers } from './020_declaration_unstated';

// As shared/attendance/types.ts lists them today, written out so that this migration stays as it ran.
const kinds = [
  'disclosable pecuniary',
  'other registrable',
  'non-registrable',
  'personal',
  'personal and prejudicial',
  'financial',
  'non-financial',
  'pecuniary',
  'significant private or personal non-pecuniary',
  'prejudicial',
  'non-pecuniary',
]
  .map((kind) => `'${kind}'`)
  .join(', ');

const guards = (
  [
    ['insert', 'INSERT', 'NEW'],
    ['update', 'UPDATE', 'OLD'],
    ['delete', 'DELETE', 'OLD'],
  ] as const
)
  .map(
    ([suffix, event, row]) => `
CREATE TRIGGER declarations_approved_${suffix} BEFORE ${event} ON declarations
WHEN (SELECT status = 'minutes approved' FROM meetings WHERE id = ${row}.meeting_id)
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;`,
  )
  .join('\n');

export const sql = /* sql */ `
DROP TRIGGER declarations_approved_insert;
DROP TRIGGER declarations_approved_update;
DROP TRIGGER declarations_approved_delete;
DROP TRIGGER search_declaration_insert;
DROP TRIGGER search_declaration_change;
DROP TRIGGER search_declaration_delete;
DROP TRIGGER search_person_renamed;
DROP TRIGGER search_item_exempt_declarations;

CREATE TABLE declarations_021 (
  id                TEXT PRIMARY KEY NOT NULL,
  meeting_id        TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  item_id           TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  person_id         TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  category          TEXT NOT NULL CHECK (category IN (${kinds})),
  interest          TEXT NOT NULL DEFAULT '',
  withdrew          INTEGER NOT NULL DEFAULT 0 CHECK (withdrew IN (0, 1)),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  category_stated   INTEGER NOT NULL DEFAULT 1 CHECK (category_stated IN (0, 1)),
  withdrawal_stated INTEGER NOT NULL DEFAULT 1 CHECK (withdrawal_stated IN (0, 1)),
  withdrawal_words  TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO declarations_021 (rowid, id, meeting_id, item_id, person_id, category, interest, withdrew, created_at,
  updated_at, category_stated, withdrawal_stated)
SELECT rowid, id, meeting_id, item_id, person_id, category, interest, withdrew, created_at, updated_at,
  category_stated, withdrawal_stated
FROM declarations;
DROP TABLE declarations;
ALTER TABLE declarations_021 RENAME TO declarations;
CREATE INDEX declarations_by_meeting ON declarations (meeting_id, created_at);
CREATE INDEX declarations_by_person ON declarations (person_id);
CREATE INDEX declarations_by_item ON declarations (item_id);
${guards}
${declarationTriggers.join('\n')}
`;

// A declaration whose kind of interest, or whether the member withdrew, the minutes do not say.
//
// Imported minutes often say only "Councillor X declared an interest in item 5". The register held
// one of three kinds and a yes-or-no withdrawal, so such a declaration became "a non-registrable
// interest … and remained in the room": words the council never wrote, in its official record. Two
// columns are added, no row written: category_stated (0: the kind is not stated; category then holds
// 'non-registrable' only to satisfy 005's check, and is never read as the kind) and
// withdrawal_stated (0: whether the member withdrew is not stated; withdrew is then 0 and is never
// read as "remained"). Every declaration kept before stands as stated (1), as it was recorded.
// The search rows name the kind, so 017's triggers are made again to say "an interest" where the
// kind is not stated, and the declarations' rows are made again. All of it runs in migrate()'s one
// transaction: a file killed during it keeps 019's schema and rows, and migrates on the next start.
export const version = 20;
export const name = 'declaration unstated';

import { hasWords, insertRows } from '../searchSql';
import { trigger } from './010_search';
import { entriesSql } from './014_search_blocks';

/**
 * "Councillor Ann Pike, other registrable interest: member of the Leisure Trust board (left the
 * room)", or "Councillor Ann Pike, interest" where the kind is not stated; without the interest's
 * wording where `withInterest` is false.
 */
const declarationText = (withInterest: string) => /* sql */ `
  trim(p.honorific || ' ' || p.name) || ', '
  || CASE WHEN d.category_stated = 1 THEN d.category || ' interest' ELSE 'interest' END
  || CASE WHEN ${withInterest} AND ${hasWords('d.interest')} THEN ': ' || d.interest ELSE '' END
  || CASE WHEN d.withdrew = 1 AND d.withdrawal_stated = 1 THEN ' (left the room)' ELSE '' END`;

/** A declaration's rows: the public one (whole unless its item is exempt), and at an exempt item the whole one, exempt. */
export const declarationRows = (where: string) => /* sql */ `
  SELECT 'declaration' AS kind, 'declaration' AS field, d.id AS source_id, d.meeting_id, m.committee_id,
         d.item_id, 0 AS exempt, '' AS heading, ${declarationText('i.exempt = 0')} AS body, m.date, d.rowid AS ord
  FROM declarations d JOIN people p ON p.id = d.person_id JOIN meetings m ON m.id = d.meeting_id
       JOIN agenda_items i ON i.id = d.item_id
  WHERE ${where}
  UNION ALL
  SELECT 'declaration' AS kind, 'interest' AS field, d.id AS source_id, d.meeting_id, m.committee_id,
         d.item_id, 1 AS exempt, '' AS heading, ${declarationText('1')} AS body, m.date, d.rowid AS ord
  FROM declarations d JOIN people p ON p.id = d.person_id JOIN meetings m ON m.id = d.meeting_id
       JOIN agenda_items i ON i.id = d.item_id
  WHERE (${where}) AND i.exempt = 1`;

const fields = `'declaration', 'interest'`;
const forgetWhere = (where: string) => `DELETE FROM search_entries WHERE ${where} AND field IN (${fields});`;
const forget = (source: string) => forgetWhere(`source_id = ${source}`);

export const declarationTriggers = [
  trigger('declaration_insert', 'AFTER INSERT ON declarations', insertRows(declarationRows('d.id = NEW.id'))),
  trigger(
    'declaration_change',
    'AFTER UPDATE OF item_id, person_id, category, interest, withdrew, category_stated, withdrawal_stated ON declarations',
    `${forget('NEW.id')}\n${insertRows(declarationRows('d.id = NEW.id'))}`,
  ),
  trigger('declaration_delete', 'AFTER DELETE ON declarations', forget('OLD.id')),
  trigger(
    'person_renamed',
    'AFTER UPDATE OF name, honorific ON people WHEN OLD.name IS NOT NEW.name OR OLD.honorific IS NOT NEW.honorific',
    `${forgetWhere('source_id IN (SELECT id FROM declarations WHERE person_id = NEW.id)')}
     ${insertRows(declarationRows('d.person_id = NEW.id'))}`,
  ),
  trigger(
    'item_exempt_declarations',
    'AFTER UPDATE OF exempt ON agenda_items WHEN OLD.exempt IS NOT NEW.exempt',
    `${forgetWhere('source_id IN (SELECT id FROM declarations WHERE item_id = NEW.id)')}
     ${insertRows(declarationRows('d.item_id = NEW.id'))}`,
  ),
];

/** Every row, from the record as it stands, into an empty search_entries: 014's, with these declarations' rows. */
export const buildEntriesSql = entriesSql(declarationRows);

export const sql = /* sql */ `
ALTER TABLE declarations ADD COLUMN category_stated INTEGER NOT NULL DEFAULT 1 CHECK (category_stated IN (0, 1));
ALTER TABLE declarations ADD COLUMN withdrawal_stated INTEGER NOT NULL DEFAULT 1 CHECK (withdrawal_stated IN (0, 1));
DROP TRIGGER search_declaration_insert;
DROP TRIGGER search_declaration_change;
DROP TRIGGER search_declaration_delete;
DROP TRIGGER search_person_renamed;
DROP TRIGGER search_item_exempt_declarations;
${declarationTriggers.join('\n')}
DELETE FROM search_entries WHERE field IN (${fields});
${insertRows(declarationRows('1'))}
`;

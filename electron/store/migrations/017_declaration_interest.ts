// A declaration made at an exempt item: its interest's wording kept out of the public search.
//
// Migration 010 indexed a declaration as one public row, "Councillor Ann Pike, other registrable
// interest: member of the Leisure Trust board (left the room)", even when it was made at an exempt
// item, so a public search (and the results an officer exports from it) gave the interest's
// wording, which may be the exempt information itself. The decision notice and the public minutes
// leave that wording out; so does the index now. A declaration at an item that is not exempt keeps
// its one row. One at an exempt item has two: the public 'declaration' row naming the member and the
// kind of interest, and the whole sentence as an 'interest' row, exempt (a search that may see it
// leaves the public row out, so the declaration is found once). When an item's exemption changes,
// its declarations' rows are made again. The declarations' rows are all made again here; one
// transaction with the rest of migrate(), so a file killed during it keeps 010's rows and triggers
// and migrates on the next start.
export const version = 17;
export const name = 'declaration interest';

import { hasWords, insertRows } from '../searchSql';
import { trigger } from './010_search';
import { entriesSql } from './014_search_blocks';

/**
 * "Councillor Ann Pike, other registrable interest: member of the Leisure Trust board (left the
 * room)"; without the interest's wording where `withInterest` is false.
 */
const declarationText = (withInterest: string) => /* sql */ `
  trim(p.honorific || ' ' || p.name) || ', ' || d.category || ' interest'
  || CASE WHEN ${withInterest} AND ${hasWords('d.interest')} THEN ': ' || d.interest ELSE '' END
  || CASE WHEN d.withdrew = 1 THEN ' (left the room)' ELSE '' END`;

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

const declarationTriggers = [
  trigger('declaration_insert', 'AFTER INSERT ON declarations', insertRows(declarationRows('d.id = NEW.id'))),
  trigger(
    'declaration_change',
    'AFTER UPDATE OF item_id, person_id, category, interest, withdrew ON declarations',
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
DROP TRIGGER search_declaration_insert;
DROP TRIGGER search_declaration_change;
DROP TRIGGER search_declaration_delete;
DROP TRIGGER search_person_renamed;
${declarationTriggers.join('\n')}
DELETE FROM search_entries WHERE field IN (${fields});
${insertRows(declarationRows('1'))}
`;

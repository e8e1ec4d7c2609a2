// The search index's minutes and report triggers, with a block's words joined in one pass.
//
// Migration 010 joined a block's pieces (text nodes, hard breaks) with `group_concat(…) OVER w`
// over the whole block, which SQLite evaluates once per piece, copying the block each time: a save
// cost pieces × the paragraph's length (16,000 bold and italic runs in one paragraph: 13 s; 200,000
// froze the app). These triggers join them with minutebook_block_text (blockText.ts), which every
// connection that writes registers. The rows they make are the ones 010's made (same text, same
// block, same order), so the index is not rebuilt: only the four triggers are replaced, and the
// one kind of row 010 made that these do not is deleted: for a block whose text nodes are all empty,
// 010's window gave a zero-length value holding a NUL byte, which passed hasWords and was indexed
// as a paragraph of no words (unfindable, but a row a rebuild no longer makes). One
// transaction with the rest of migrate(): a file killed during it keeps 010's triggers and
// migrates again on the next start.
export const version = 14;
export const name = 'search blocks';

import { blockParagraphs, blockTexts, hasWords, insertRows } from '../searchSql';
import { entriesSql as entriesSql010, reportExtraRows, trigger } from './010_search';

/** Minutes and reports: one row per paragraph of the `doc` column of `table` (the same words once). */
const documentRows = (kind: 'minutes' | 'report', table: string, where: string) => /* sql */ `
  SELECT '${kind}' AS kind, '${kind}' AS field, b.item_id AS source_id, b.meeting_id, b.committee_id,
         b.item_id, b.exempt, '' AS heading, b.text AS body, b.date, min(b.first) AS ord
  FROM (${blockTexts(
    't.item_id, i.meeting_id, m.committee_id, i.exempt, m.date',
    `${table} t JOIN agenda_items i ON i.id = t.item_id JOIN meetings m ON m.id = i.meeting_id, json_tree(t.doc) j`,
    where,
  )}) b
  WHERE ${hasWords('b.text')}
  GROUP BY b.item_id, b.text`;

/** As 010's: drop the rows of paragraphs that have gone, add rows for those that are new. */
const documentSave = (kind: 'minutes' | 'report') => /* sql */ `
  DELETE FROM search_entries WHERE source_id = NEW.item_id AND field = '${kind}'
    AND body NOT IN (SELECT text FROM ${blockParagraphs('NEW.doc')});
  ${insertRows(`
    SELECT '${kind}' AS kind, '${kind}' AS field, c.item_id AS source_id, c.committee_id, c.item_id, c.exempt,
           '' AS heading, p.text AS body, c.date, p.first AS ord
    FROM (SELECT i.id AS item_id, m.committee_id, i.exempt, m.date
          FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = NEW.item_id) c,
         ${blockParagraphs('NEW.doc')} p
    WHERE p.text NOT IN (SELECT body FROM search_entries WHERE source_id = NEW.item_id AND field = '${kind}')`)}`;

const documentTriggers = [
  trigger('minutes_insert', 'AFTER INSERT ON item_minutes', documentSave('minutes')),
  trigger(
    'minutes_update',
    'AFTER UPDATE OF doc ON item_minutes WHEN OLD.doc IS NOT NEW.doc',
    documentSave('minutes'),
  ),
  trigger(
    'report_insert',
    'AFTER INSERT ON item_reports',
    `${documentSave('report')}
     ${insertRows(reportExtraRows('t.item_id = NEW.item_id'))}`,
  ),
  trigger(
    'report_update',
    'AFTER UPDATE OF doc ON item_reports WHEN OLD.doc IS NOT NEW.doc',
    documentSave('report'),
  ),
];

/** 010's rows, with these minutes and report rows; a later migration's declarations' rows where given. */
export const entriesSql = (declarations?: (where: string) => string) =>
  entriesSql010(documentRows, declarations);

export const buildEntriesSql = entriesSql();

export const sql = /* sql */ `
DROP TRIGGER search_minutes_insert;
DROP TRIGGER search_minutes_update;
DROP TRIGGER search_report_insert;
DROP TRIGGER search_report_update;
${documentTriggers.join('\n')}
DELETE FROM search_entries WHERE field IN ('minutes', 'report') AND kind = field AND length(body) = 0;
`;

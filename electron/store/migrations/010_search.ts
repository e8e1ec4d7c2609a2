// Full-text search of the whole record. Every searchable piece of text (an item's title or purpose,
// a paragraph of its minutes or report, a decision's preamble or clause, an action, a post-meeting
// update, the attendance wording of a meeting, a declaration of interest) is one row of
// search_entries, and search_index is an FTS5 index over those rows (external content).
//
// Triggers on the record's own tables keep both in the transaction of every write, so no code path
// can forget the index: a change is findable the moment it is saved, and deleting an item deletes
// its rows. The triggers only add to what migration 008's guards allow: a write an approved meeting
// refuses never reaches them, and approving a meeting changes nothing here.
//
// Minutes, reports: one row per paragraph, that is per text block of the document (a paragraph or
// heading, wherever it sits: at the top, in a list item, in a quotation), so a hit shows and opens
// the paragraph it is in. The same words twice in one document are indexed once. Saving a document
// deletes the rows of paragraphs that have gone and adds rows for paragraphs that are new, so typing
// in one paragraph of a hundred pages re-indexes that paragraph only.
//
// The row id orders the index: the weight tier (decisions and item titles above the rest), then the
// meeting's day, then a sequence. So "newest first" and a date range are ranges of FTS5's own rowid,
// and ranking can take the newest matches of each tier without sorting every match (electron/store/search.ts).
export const version = 10;
export const name = 'search';

import {
  DAY_UNIT,
  TIER_UNIT,
  base,
  blockOf,
  columns,
  day,
  facets,
  hasWords,
  insertRows,
  list,
  paragraphs,
  publicFields,
  textBlocks,
} from '../searchSql';

// ---- Each source: the SELECT giving its rows (used by the triggers and by the build) ----

export const itemRows = (where: string) => /* sql */ `
  SELECT 'item' AS kind, f.field, i.id AS source_id, i.meeting_id, m.committee_id, i.id AS item_id,
         CASE WHEN f.field = 'title' THEN 0 ELSE i.exempt END AS exempt,
         CASE WHEN f.field = 'title' THEN i.title ELSE '' END AS heading,
         CASE WHEN f.field = 'title' THEN '' ELSE i.purpose END AS body,
         m.date, i.position AS ord
  FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id,
       (SELECT 'title' AS field UNION ALL SELECT 'purpose') f
  WHERE ${where} AND ${hasWords("CASE WHEN f.field = 'title' THEN i.title ELSE i.purpose END")}`;

/** Minutes and reports: one row per paragraph of the `doc` column of `table` (the same words once). */
const documentRows = (kind: 'minutes' | 'report', table: string, where: string) => /* sql */ `
  SELECT '${kind}' AS kind, '${kind}' AS field, b.item_id AS source_id, b.meeting_id, b.committee_id,
         b.item_id, b.exempt, '' AS heading, b.text AS body, b.date, min(b.first) AS ord
  FROM (${textBlocks(
    't.item_id, i.meeting_id, m.committee_id, i.exempt, m.date',
    `${table} t JOIN agenda_items i ON i.id = t.item_id JOIN meetings m ON m.id = i.meeting_id, json_tree(t.doc) j`,
    where,
    `t.item_id, ${blockOf('j')}`,
  )}) b
  WHERE ${hasWords('b.text')}
  GROUP BY b.item_id, b.text`;

/** A report's contact points and background papers. */
export const reportExtraRows = (where: string) => /* sql */ `
  SELECT 'report' AS kind, f.field, t.item_id AS source_id, i.meeting_id, m.committee_id, t.item_id,
         i.exempt, '' AS heading,
         CASE WHEN f.field = 'contact_points' THEN t.contact_points ELSE t.background_papers END AS body,
         m.date, 1000000000 AS ord
  FROM item_reports t JOIN agenda_items i ON i.id = t.item_id JOIN meetings m ON m.id = i.meeting_id,
       (SELECT 'contact_points' AS field UNION ALL SELECT 'background_papers') f
  WHERE ${where}
    AND ${hasWords("CASE WHEN f.field = 'contact_points' THEN t.contact_points ELSE t.background_papers END")}`;

/** A decision's preamble (confidential in an exempt item) and its publishable wording (never). */
export const decisionRows = (where: string) => /* sql */ `
  SELECT 'decision' AS kind, f.field, d.id AS source_id, i.meeting_id, m.committee_id, i.id AS item_id,
         CASE WHEN f.field = 'preamble' THEN i.exempt ELSE 0 END AS exempt, '' AS heading,
         CASE WHEN f.field = 'preamble' THEN d.preamble ELSE d.public_wording END AS body,
         m.date, d.position AS ord
  FROM decisions d JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id,
       (SELECT 'preamble' AS field UNION ALL SELECT 'public_wording') f
  WHERE ${where}
    AND ${hasWords("CASE WHEN f.field = 'preamble' THEN d.preamble ELSE d.public_wording END")}`;

/** A clause, under its group heading when it starts a group. */
export const clauseRows = (where: string) => /* sql */ `
  SELECT 'decision' AS kind, 'clause' AS field, k.id AS source_id, i.meeting_id, m.committee_id,
         i.id AS item_id, i.exempt, k.group_heading AS heading, k.plain_text AS body,
         m.date, d.position * 10000 + k.position AS ord
  FROM decision_clauses k JOIN decisions d ON d.id = k.decision_id
       JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
  WHERE ${where} AND (${hasWords('k.group_heading')} OR ${hasWords('k.plain_text')})`;

export const actionRows = (where: string) => /* sql */ `
  SELECT 'action' AS kind, 'action' AS field, a.id AS source_id, i.meeting_id, m.committee_id,
         i.id AS item_id, i.exempt, '' AS heading, a.text AS body, m.date, a.position AS ord
  FROM actions a JOIN agenda_items i ON i.id = a.item_id JOIN meetings m ON m.id = i.meeting_id
  WHERE ${where} AND ${hasWords('a.text')}`;

export const updateRows = (where: string) => /* sql */ `
  SELECT 'update' AS kind, 'update' AS field, u.id AS source_id, i.meeting_id, m.committee_id,
         i.id AS item_id, i.exempt, u.heading AS heading, u.plain_text AS body, m.date, u.position AS ord
  FROM item_updates u JOIN agenda_items i ON i.id = u.item_id JOIN meetings m ON m.id = i.meeting_id
  WHERE ${where} AND (${hasWords('u.heading')} OR ${hasWords('u.plain_text')})`;

/** "Councillor Ann Pike, other registrable interest: member of the Leisure Trust board (left the room)". */
const declarationText = /* sql */ `
  trim(p.honorific || ' ' || p.name) || ', ' || d.category || ' interest'
  || CASE WHEN ${hasWords('d.interest')} THEN ': ' || d.interest ELSE '' END
  || CASE WHEN d.withdrew = 1 THEN ' (left the room)' ELSE '' END`;

export const declarationRows = (where: string) => /* sql */ `
  SELECT 'declaration' AS kind, 'declaration' AS field, d.id AS source_id, d.meeting_id, m.committee_id,
         d.item_id, 0 AS exempt, '' AS heading, ${declarationText} AS body, m.date, d.rowid AS ord
  FROM declarations d JOIN people p ON p.id = d.person_id JOIN meetings m ON m.id = d.meeting_id
  WHERE ${where}`;

/** The officer's own attendance wording, one row per section; the field is the section. */
export const attendanceRows = (where: string) => /* sql */ `
  SELECT 'attendance' AS kind, a.section AS field, a.meeting_id AS source_id, a.meeting_id,
         m.committee_id, NULL AS item_id, 0 AS exempt, '' AS heading, a.text AS body, m.date, 0 AS ord
  FROM attendance_text a JOIN meetings m ON m.id = a.meeting_id
  WHERE ${where} AND ${hasWords('a.text')}`;

/** The rows of a meeting: its items' rows and its attendance wording. */
const ofMeeting = (meetingId: string, e = 'search_entries') =>
  `(${e}.item_id IN (SELECT id FROM agenda_items WHERE meeting_id = ${meetingId})
    OR (${e}.source_id = ${meetingId} AND ${e}.kind = 'attendance'))`;

const forget = (source: string, fields: readonly string[]) =>
  `DELETE FROM search_entries WHERE source_id = ${source} AND field IN (${list(fields)});`;

export const trigger = (name: string, event: string, body: string) => /* sql */ `
CREATE TRIGGER search_${name} ${event} BEGIN
${body}
END;`;

/**
 * Minutes and reports as saved: drop the rows of paragraphs that have gone, add rows for those that
 * are new. The saved document is split once for each, with the item's context read once.
 */
const documentSave = (kind: 'minutes' | 'report') => /* sql */ `
  DELETE FROM search_entries WHERE source_id = NEW.item_id AND field = '${kind}'
    AND body NOT IN (SELECT text FROM ${paragraphs('NEW.doc')});
  ${insertRows(`
    SELECT '${kind}' AS kind, '${kind}' AS field, c.item_id AS source_id, c.committee_id, c.item_id, c.exempt,
           '' AS heading, p.text AS body, c.date, p.first AS ord
    FROM (SELECT i.id AS item_id, m.committee_id, i.exempt, m.date
          FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = NEW.item_id) c,
         ${paragraphs('NEW.doc')} p
    WHERE p.text NOT IN (SELECT body FROM search_entries WHERE source_id = NEW.item_id AND field = '${kind}')`)}`;

const sourceTriggers = [
  // Agenda items: the title (public even when exempt) and the purpose.
  trigger('item_insert', 'AFTER INSERT ON agenda_items', insertRows(itemRows('i.id = NEW.id'))),
  trigger(
    'item_text',
    'AFTER UPDATE OF title, purpose ON agenda_items WHEN OLD.title IS NOT NEW.title OR OLD.purpose IS NOT NEW.purpose',
    `${forget('NEW.id', ['title', 'purpose'])}\n${insertRows(itemRows('i.id = NEW.id'))}`,
  ),
  trigger(
    'item_exempt',
    'AFTER UPDATE OF exempt ON agenda_items WHEN OLD.exempt IS NOT NEW.exempt',
    `UPDATE search_entries SET exempt = NEW.exempt WHERE item_id = NEW.id AND field NOT IN (${list(publicFields)});`,
  ),
  // Everything of the item, including what its children's own triggers have not reached yet.
  trigger(
    'item_delete',
    'AFTER DELETE ON agenda_items',
    'DELETE FROM search_entries WHERE item_id = OLD.id;',
  ),

  // Minutes and reports, by paragraph.
  trigger('minutes_insert', 'AFTER INSERT ON item_minutes', documentSave('minutes')),
  trigger(
    'minutes_update',
    'AFTER UPDATE OF doc ON item_minutes WHEN OLD.doc IS NOT NEW.doc',
    documentSave('minutes'),
  ),
  trigger('minutes_delete', 'AFTER DELETE ON item_minutes', forget('OLD.item_id', ['minutes'])),
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
  trigger(
    'report_extras',
    `AFTER UPDATE OF contact_points, background_papers ON item_reports
     WHEN OLD.contact_points IS NOT NEW.contact_points OR OLD.background_papers IS NOT NEW.background_papers`,
    `${forget('NEW.item_id', ['contact_points', 'background_papers'])}
     ${insertRows(reportExtraRows('t.item_id = NEW.item_id'))}`,
  ),
  trigger(
    'report_delete',
    'AFTER DELETE ON item_reports',
    forget('OLD.item_id', ['report', 'contact_points', 'background_papers']),
  ),

  // Decisions: preamble and publishable wording; clauses with their group headings.
  trigger('decision_insert', 'AFTER INSERT ON decisions', insertRows(decisionRows('d.id = NEW.id'))),
  trigger(
    'decision_text',
    `AFTER UPDATE OF preamble, public_wording ON decisions
     WHEN OLD.preamble IS NOT NEW.preamble OR OLD.public_wording IS NOT NEW.public_wording`,
    `${forget('NEW.id', ['preamble', 'public_wording'])}\n${insertRows(decisionRows('d.id = NEW.id'))}`,
  ),
  trigger('decision_delete', 'AFTER DELETE ON decisions', forget('OLD.id', ['preamble', 'public_wording'])),
  trigger('clause_insert', 'AFTER INSERT ON decision_clauses', insertRows(clauseRows('k.id = NEW.id'))),
  trigger(
    'clause_text',
    `AFTER UPDATE OF group_heading, plain_text ON decision_clauses
     WHEN OLD.group_heading IS NOT NEW.group_heading OR OLD.plain_text IS NOT NEW.plain_text`,
    `${forget('NEW.id', ['clause'])}\n${insertRows(clauseRows('k.id = NEW.id'))}`,
  ),
  trigger('clause_delete', 'AFTER DELETE ON decision_clauses', forget('OLD.id', ['clause'])),

  // Actions and post-meeting updates.
  trigger('action_insert', 'AFTER INSERT ON actions', insertRows(actionRows('a.id = NEW.id'))),
  trigger(
    'action_text',
    'AFTER UPDATE OF text ON actions WHEN OLD.text IS NOT NEW.text',
    `${forget('NEW.id', ['action'])}\n${insertRows(actionRows('a.id = NEW.id'))}`,
  ),
  trigger('action_delete', 'AFTER DELETE ON actions', forget('OLD.id', ['action'])),
  trigger('update_insert', 'AFTER INSERT ON item_updates', insertRows(updateRows('u.id = NEW.id'))),
  trigger(
    'update_text',
    `AFTER UPDATE OF heading, plain_text ON item_updates
     WHEN OLD.heading IS NOT NEW.heading OR OLD.plain_text IS NOT NEW.plain_text`,
    `${forget('NEW.id', ['update'])}\n${insertRows(updateRows('u.id = NEW.id'))}`,
  ),
  trigger('update_delete', 'AFTER DELETE ON item_updates', forget('OLD.id', ['update'])),

  // Declarations (with the member's name as it stands) and the attendance wording.
  trigger('declaration_insert', 'AFTER INSERT ON declarations', insertRows(declarationRows('d.id = NEW.id'))),
  trigger(
    'declaration_change',
    'AFTER UPDATE OF item_id, person_id, category, interest, withdrew ON declarations',
    `${forget('NEW.id', ['declaration'])}\n${insertRows(declarationRows('d.id = NEW.id'))}`,
  ),
  trigger('declaration_delete', 'AFTER DELETE ON declarations', forget('OLD.id', ['declaration'])),
  trigger(
    'person_renamed',
    'AFTER UPDATE OF name, honorific ON people WHEN OLD.name IS NOT NEW.name OR OLD.honorific IS NOT NEW.honorific',
    `UPDATE search_entries SET body = (SELECT ${declarationText} FROM declarations d JOIN people p ON p.id = d.person_id
                                        WHERE d.id = search_entries.source_id)
     WHERE field = 'declaration' AND source_id IN (SELECT id FROM declarations WHERE person_id = NEW.id);`,
  ),
  trigger(
    'attendance_insert',
    'AFTER INSERT ON attendance_text',
    insertRows(attendanceRows('a.meeting_id = NEW.meeting_id AND a.section = NEW.section')),
  ),
  trigger(
    'attendance_update',
    'AFTER UPDATE OF text ON attendance_text WHEN OLD.text IS NOT NEW.text',
    `DELETE FROM search_entries WHERE source_id = NEW.meeting_id AND field = NEW.section AND kind = 'attendance';
     ${insertRows(attendanceRows('a.meeting_id = NEW.meeting_id AND a.section = NEW.section'))}`,
  ),
  trigger(
    'attendance_delete',
    'AFTER DELETE ON attendance_text',
    "DELETE FROM search_entries WHERE source_id = OLD.meeting_id AND field = OLD.section AND kind = 'attendance';",
  ),

  // Meetings: a new committee is a facet of each row; a new date moves the rows to the new day's ids.
  trigger(
    'meeting_committee',
    'AFTER UPDATE OF committee_id ON meetings WHEN OLD.committee_id IS NOT NEW.committee_id',
    `UPDATE search_entries SET committee_id = NEW.committee_id WHERE ${ofMeeting('NEW.id')};`,
  ),
  trigger(
    'meeting_date',
    `AFTER UPDATE OF date ON meetings WHEN ${day('OLD.date')} != ${day('NEW.date')}`,
    `${insertRows(`
      SELECT e.kind, e.field, e.source_id, e.committee_id, e.item_id, e.exempt, e.heading, e.body,
             NEW.date AS date, e.id AS ord
      FROM search_entries e WHERE ${ofMeeting('NEW.id', 'e')}`)}
     DELETE FROM search_entries WHERE (${ofMeeting('NEW.id')}) AND (id % ${TIER_UNIT}) / ${DAY_UNIT} = ${day('OLD.date')};`,
  ),
];

/** The index follows its rows (FTS5 external content). */
const entryTriggers = [
  trigger(
    'entry_insert',
    'AFTER INSERT ON search_entries',
    'INSERT INTO search_index (rowid, heading, body, facets) VALUES (NEW.id, NEW.heading, NEW.body, NEW.facets);',
  ),
  trigger(
    'entry_delete',
    'AFTER DELETE ON search_entries',
    `INSERT INTO search_index (search_index, rowid, heading, body, facets)
     VALUES ('delete', OLD.id, OLD.heading, OLD.body, OLD.facets);`,
  ),
  trigger(
    'entry_update',
    'AFTER UPDATE OF id, heading, body, kind, committee_id, exempt ON search_entries',
    `INSERT INTO search_index (search_index, rowid, heading, body, facets)
     VALUES ('delete', OLD.id, OLD.heading, OLD.body, OLD.facets);
     INSERT INTO search_index (rowid, heading, body, facets) VALUES (NEW.id, NEW.heading, NEW.body, NEW.facets);`,
  ),
];
export const entryTriggerNames = ['search_entry_insert', 'search_entry_delete', 'search_entry_update'];
export const entryTriggersSql = entryTriggers.join('\n');

type Rows = (where: string) => string;

/**
 * Every row, from the record as it stands, into an empty search_entries (the index is built from
 * them after). Later migrations give their own minutes and report rows, or declarations' rows.
 */
export const entriesSql = (
  documents: (kind: 'minutes' | 'report', table: string, where: string) => string = documentRows,
  declarations: Rows = declarationRows,
) => /* sql */ `
INSERT INTO search_entries (${columns})
SELECT ${base('r.field', 'r.date')}
         + row_number() OVER (PARTITION BY ${base('r.field', 'r.date')} ORDER BY r.meeting_id, r.item_id, r.kind, r.ord),
       r.kind, r.field, r.source_id, r.committee_id, r.item_id, r.exempt, r.heading, r.body
FROM (
  ${itemRows('1')}
  UNION ALL ${documents('minutes', 'item_minutes', '1')}
  UNION ALL ${documents('report', 'item_reports', '1')}
  UNION ALL ${reportExtraRows('1')}
  UNION ALL ${decisionRows('1')}
  UNION ALL ${clauseRows('1')}
  UNION ALL ${actionRows('1')}
  UNION ALL ${updateRows('1')}
  UNION ALL ${declarations('1')}
  UNION ALL ${attendanceRows('1')}
) r;
`;

export const buildEntriesSql = entriesSql();

/**
 * The tokenizer: "councils" finds "council", "café" finds "cafe". Three-letter prefixes are indexed
 * ("pro*" reads one list instead of merging every word's); longer ones merge the few words they fit.
 * Two-letter prefixes are not searched ("co*" matches most of the record): indexing them would add a
 * fifth to the file's growth.
 */
export const TOKENIZER = 'porter unicode61 remove_diacritics 2';
export const PREFIXES = '3';

export const createIndexSql = /* sql */ `
CREATE VIRTUAL TABLE search_index USING fts5 (
  heading, body, facets,
  content = 'search_entries', content_rowid = 'id',
  tokenize = '${TOKENIZER}', prefix = '${PREFIXES}'
);`;

export const sql = /* sql */ `
CREATE TABLE search_entries (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('item', 'minutes', 'report', 'decision', 'action', 'update', 'declaration', 'attendance')),
  field        TEXT NOT NULL,
  source_id    TEXT NOT NULL,
  committee_id TEXT NOT NULL,
  item_id      TEXT,
  exempt       INTEGER NOT NULL CHECK (exempt IN (0, 1)),
  heading      TEXT NOT NULL,
  body         TEXT NOT NULL,
  facets       TEXT GENERATED ALWAYS AS (${facets}) VIRTUAL
) STRICT;
CREATE INDEX search_entries_by_source ON search_entries (source_id, field);
CREATE INDEX search_entries_by_item ON search_entries (item_id) WHERE item_id IS NOT NULL;

${buildEntriesSql}
${createIndexSql}
INSERT INTO search_index (search_index) VALUES ('rebuild');
${entryTriggersSql}
${sourceTriggers.join('\n')}
`;

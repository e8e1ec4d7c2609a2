// The search index's layout (row ids that order it by weight and date, the facets that filter it) and
// the SQL that splits a rich-text document into paragraphs, shared by migration 010, which builds the
// index and its triggers, and store/search.ts, which reads it. Migration 010's SQL is made from these:
// once it has shipped, change the index with a new migration, not by editing them (014 replaced
// textBlocks and paragraphs with blockTexts and blockParagraphs).
import { BLOCK_TEXT } from './blockText';

/** rowid = tier × 2^51 + day × 2^34 + sequence: under 2^53, so a JavaScript number holds it exactly. */
export const TIER_UNIT = 2 ** 51;
export const DAY_UNIT = 2 ** 34;
/** Days are counted from 1 January 1900; 2^17 days reach the year 2258. */
export const DAY_LIMIT = 2 ** 17 - 1;
export const DAY_ZERO = '1900-01-01';

/**
 * Filters as words in the index (the facets column, generated, so stored nowhere), so that FTS5
 * narrows by kind, committee and exemption itself instead of returning rows to be thrown away:
 * 'k' and the kind; 'c' and the committee id in hex (over 64 characters, which the porter stemmer
 * leaves alone, so no two committees can share one); 'xexempt' on exempt content.
 */
export const FACET_EXEMPT = 'xexempt';
export const facets = `'k' || kind || ' c' || hex(committee_id) || CASE WHEN exempt = 1 THEN ' ${FACET_EXEMPT}' ELSE '' END`;

/** Which weight tier a field is in: 1 for item titles and decisions, 0 for the rest. */
export const headlineFields = ['title', 'preamble', 'public_wording', 'clause'] as const;
/** Fields the public edition keeps even of an exempt item: its title, publishable decision wording, declarations. */
export const publicFields = ['title', 'public_wording', 'declaration'] as const;

export const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** The day number of an ISO date, clamped into the rowid's range. */
export const day = (date: string) =>
  `max(0, min(${DAY_LIMIT}, coalesce(CAST(julianday(${date}) - julianday('${DAY_ZERO}') AS INTEGER), 0)))`;

export const tierOf = (field: string) =>
  `(CASE WHEN ${field} IN (${list(headlineFields)}) THEN 1 ELSE 0 END)`;

/** The first id of a tier and day: the rows of one (tier, day) take the ids after it. */
export const base = (field: string, date: string) =>
  `(${tierOf(field)} * ${TIER_UNIT} + ${day(date)} * ${DAY_UNIT})`;

/** The highest sequence used so far in the (tier, day) whose first id is `b`. */
export const top = (b: string) =>
  `(SELECT coalesce(max(s.id) - ${b}, 0) FROM search_entries s WHERE s.id >= ${b} AND s.id < ${b} + ${DAY_UNIT})`;

export const hasWords = (text: string) => `trim(${text}, ' ' || char(9, 10, 13, 160)) != ''`;

// A text node sits at `….content[n]` of its block, so a block's path is a text node's path without
// that last step. A hard break in a block is a new line.
export const isInline = (t: string) => /* sql */ `
  ((${t}.key = 'text' AND ${t}.type = 'text') OR (${t}.key = 'type' AND ${t}.atom = 'hardBreak'))
  AND rtrim(${t}.path, '0123456789]') LIKE '%.content['`;
export const blockOf = (t: string) => `substr(${t}.path, 1, length(rtrim(${t}.path, '0123456789]')) - 9)`;

/**
 * One row per text block of the documents `json_tree(…) j` walks in `from`: its JSON path (`block`),
 * its words (`text`) and where it starts (`first`, document order), with the columns in `select`;
 * `by` tells documents apart. The words are joined by a window in document order rather than by
 * `group_concat(… ORDER BY …)`, which SQLite before 3.44 cannot read: a file whose schema an older
 * sqlite3 cannot parse could not be opened by it at all (Debian 12's is 3.40).
 */
export const textBlocks = (select: string, from: string, where: string, by: string) => /* sql */ `
  SELECT * FROM (
    SELECT ${select}, ${blockOf('j')} AS block, min(j.id) OVER w AS first, row_number() OVER w AS n,
           replace(replace(group_concat(CASE WHEN j.key = 'text' THEN j.atom ELSE char(10) END, '') OVER w,
             char(2), ''), char(3), '') AS text
    FROM ${from}
    WHERE (${where}) AND ${isInline('j')}
    WINDOW w AS (PARTITION BY ${by} ORDER BY j.id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
  ) WHERE n = 1`;

/**
 * The paragraphs of a rich-text document (JSON text, not a column of a table in the same FROM):
 * one row per text block with words, each distinct text once, `first` giving document order.
 */
export const paragraphs = (doc: string) => /* sql */ `(
  SELECT min(first) AS first, text FROM (${textBlocks('j.id', `json_tree(${doc}) j`, '1', blockOf('j'))})
  WHERE ${hasWords('text')}
  GROUP BY text
)`;

/**
 * As textBlocks, in one pass (migration 014 on): a block is a `content` array of the document with
 * text in it, its words joined by minutebook_block_text (blockText.ts). `block` and the order of
 * `first` are textBlocks' own: a text block holds no other block, so its `content` array starts
 * after the previous one's ends.
 */
export const blockTexts = (select: string, from: string, where: string) => /* sql */ `
  SELECT * FROM (
    SELECT ${select}, j.path AS block, j.id AS first, ${BLOCK_TEXT}(j.value) AS text
    FROM ${from}
    WHERE (${where}) AND j.key = 'content' AND j.type = 'array'
  ) WHERE text IS NOT NULL`;

/** As paragraphs, by blockTexts. */
export const blockParagraphs = (doc: string) => /* sql */ `(
  SELECT min(first) AS first, text FROM (${blockTexts('j.id', `json_tree(${doc}) j`, '1')})
  WHERE ${hasWords('text')}
  GROUP BY text
)`;

/** The JSON path (as `path`) of the first paragraph of an item's document in `table` with the given text. */
export const locateParagraphSql = (table: 'item_minutes' | 'item_reports') => /* sql */ `
  SELECT block AS path FROM (${blockTexts('t.item_id', `${table} t, json_tree(t.doc) j`, 't.item_id = ?')})
  WHERE text = ? ORDER BY first LIMIT 1`;

export const columns = 'id, kind, field, source_id, committee_id, item_id, exempt, heading, body';

/**
 * Rows for `source` (a SELECT giving kind, field, source_id, committee_id, item_id, exempt,
 * heading, body, date, ord) with fresh ids: each row after the highest id of its tier and
 * day, numbered in `ord` order. The SELECT reads search_entries, so SQLite finishes it before inserting.
 */
export const insertRows = (source: string) => /* sql */ `
INSERT INTO search_entries (${columns})
SELECT ${base('r.field', 'r.date')} + ${top(base('r.field', 'r.date'))}
         + row_number() OVER (PARTITION BY ${base('r.field', 'r.date')} ORDER BY r.ord),
       r.kind, r.field, r.source_id, r.committee_id, r.item_id, r.exempt, r.heading, r.body
FROM (${source}) r;`;

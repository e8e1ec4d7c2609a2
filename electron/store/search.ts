// Searching the record: the FTS5 index migration 010 keeps in step with every write.
//
// Ranking is bm25: the heading column (item titles, group headings) weighs three times the body,
// and item titles and decisions (tier 1) weigh twice the rest (tier 0). It is bounded so that a
// word in half the record costs little more than a rare one. FTS5 computes bm25 for each row it
// returns, and `ORDER BY rank` must compute it for every match and sort them all: over 100 ms for a
// word in 50,000 paragraphs. Here each tier is read newest first, the order the index is stored in
// (the rowid starts with the tier, then the meeting's day), and only the newest CANDIDATES matches
// of each tier are ranked. A query with fewer matches is ranked exactly; one with more is ranked
// among the newest, and says so (`complete: false`). "Newest first" stops at the limit.
import { largest, smallest } from '../../shared/arrays';
import { parseSearchQuery } from '../../shared/search/query';
import {
  searchKinds,
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  type SearchFilters,
  type SearchHit,
  type SearchKind,
  type SearchResult,
} from '../../shared/search/results';
import { listAgendaItems } from './agendaItems';
import { getCommittee } from './committees';
import type { Db } from './database';
import { getMeeting } from './meetings';
import { minuteNumbering } from './minuteNumbers';
import { createIndexSql, entryTriggerNames, entryTriggersSql } from './migrations/010_search';
import { buildEntriesSql } from './migrations/020_declaration_unstated';
import { DAY_LIMIT, DAY_UNIT, DAY_ZERO, FACET_EXEMPT, TIER_UNIT, locateParagraphSql } from './searchSql';
import { statement } from './rows';

/**
 * How many of the newest matches of each tier are ranked by relevance: about 1 µs of bm25 each.
 * 4,000 keeps the common word under 20 ms at p95 on a loaded two-core machine (npx tsx tests/bench/search.ts).
 */
export const CANDIDATES = 4000;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/** bm25 column weights: heading, body, facets (filters only, never a reason to rank higher). */
const COLUMN_WEIGHTS = '3.0, 1.0, 0.0';
/** Tier 0 (narrative) and tier 1 (item titles and decisions). */
const TIER_WEIGHTS = [1, 2] as const;
/** Words in a snippet. */
const SNIPPET_TOKENS = 24;

/** Which kinds each tier holds. */
const tierKinds: readonly (readonly SearchKind[])[] = [
  ['item', 'minutes', 'report', 'action', 'update', 'declaration', 'attendance'],
  ['item', 'decision'],
];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dayZero = Date.parse(`${DAY_ZERO}T00:00:00Z`);

/** The day number the index stores for a date (as migration 010 counts it), or null if it is no date. */
function dayNumber(date: string): number | null {
  const time = isoDate.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(time)) return null;
  return Math.max(0, Math.min(DAY_LIMIT, Math.floor((time - dayZero) / 86_400_000)));
}

/**
 * A rowid as SQLite's INTEGER. better-sqlite3 binds a JavaScript number as REAL, and FTS5 ignores a
 * rowid bound that is not an integer: `rowid = ?` then matches every row, and a range reads the whole index.
 */
const rowid = (id: number): bigint => BigInt(id);
const dayOf = (id: number) => Math.floor((id % TIER_UNIT) / DAY_UNIT);
const tierOf = (id: number) => (id >= TIER_UNIT ? 1 : 0);

/** A committee's facet word, as migration 010 writes it: 'c' and hex() of the id's UTF-8 bytes. */
const committeeFacet = (id: string) => `c${Buffer.from(id, 'utf8').toString('hex').toUpperCase()}`;

interface Candidate {
  id: number;
  tier: 0 | 1;
  score: number;
}

/**
 * Searches the record for what the officer typed. Never throws for anything typed: a search that
 * cannot be made sensible gives `{ ok: false, message }`.
 */
export function search(db: Db, text: string, filters: SearchFilters = {}): SearchResult {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) return parsed;
  const days = dayRange(filters);
  if (typeof days === 'string') return { ok: false, message: days };
  const limit = Number.isFinite(filters.limit)
    ? Math.max(1, Math.min(MAX_LIMIT, Math.floor(filters.limit!)))
    : DEFAULT_LIMIT;
  const order = filters.order === 'newest' ? 'newest' : 'relevance';
  // Only kinds the index knows reach the MATCH expression (the API checks them too).
  const known = filters.kinds?.filter((kind) => searchKinds.includes(kind)) ?? [];
  const kinds = known.length ? known : null;

  // The words typed are looked for in the text columns only; the filters are facets.
  const words = `{heading body} : (${parsed.match})`;
  let match = `(${words})`;
  if (kinds) match += ` AND (facets : (${kinds.map((kind) => `"k${kind}"`).join(' OR ')}))`;
  if (filters.committeeIds?.length) {
    match += ` AND (facets : (${filters.committeeIds.map((id) => `"${committeeFacet(id)}"`).join(' OR ')}))`;
  }
  if (filters.publicOnly) match = `(${match}) NOT (facets : "${FACET_EXEMPT}")`;

  try {
    let complete = true;
    const candidates: Candidate[] = [];
    for (const tier of [1, 0] as const) {
      if (kinds && !kinds.some((kind) => tierKinds[tier]!.includes(kind))) continue;
      const cap = order === 'newest' ? limit : CANDIDATES;
      const rows = newestMatches(db).all(
        match,
        rowid(tier * TIER_UNIT + days.from * DAY_UNIT),
        rowid(tier * TIER_UNIT + (days.to + 1) * DAY_UNIT - 1),
        filters.publicOnly ? 1 : 0,
        filters.publicOnly ? 1 : 0,
        cap,
      ) as [number, number][];
      if (rows.length === cap && order === 'relevance') complete = false;
      for (const [id, bm25] of rows) candidates.push({ id, tier, score: -bm25 * TIER_WEIGHTS[tier] });
    }
    candidates.sort(
      order === 'newest'
        ? (a, b) => dayOf(b.id) - dayOf(a.id) || b.tier - a.tier || b.id - a.id
        : (a, b) => b.score - a.score || b.id - a.id,
    );
    return { ok: true, hits: describeHits(db, words, candidates.slice(0, limit)), complete };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // The query is built so that FTS5 can always read it; this is the net under that promise.
    if (code === 'SQLITE_ERROR' && /fts5/i.test((error as Error).message)) {
      return {
        ok: false,
        message: 'That search could not be run. Try it with fewer symbols, or put the words in quotes.',
      };
    }
    if (code === 'SQLITE_CORRUPT_VTAB') {
      return {
        ok: false,
        message:
          'The search index is damaged, so it is being rebuilt from the minutes. Try again in a moment.',
        damaged: true,
      };
    }
    throw error;
  }
}

function dayRange(filters: SearchFilters): { from: number; to: number } | string {
  const from = filters.from ? dayNumber(filters.from) : 0;
  const to = filters.to ? dayNumber(filters.to) : DAY_LIMIT;
  if (from === null) return `“${filters.from}” is not a date: write it as YYYY-MM-DD.`;
  if (to === null) return `“${filters.to}” is not a date: write it as YYYY-MM-DD.`;
  return { from, to: Math.max(from - 1, to) };
}

/** Matches in a rowid range, newest first (FTS5 reads its index backwards, no sorting), with bm25 for those rows only. */
const newestMatches = (db: Db) =>
  statement(
    db,
    // A declaration at an exempt item has two rows (migration 017): the public one without the
    // interest's wording, and the whole one, confidential. A search that may see the second leaves
    // out the first, so the declaration is found once.
    `SELECT rowid, bm25(search_index, ${COLUMN_WEIGHTS}) FROM search_index
     WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?
       AND (? OR NOT EXISTS (SELECT 1 FROM search_entries e JOIN search_entries s ON s.source_id = e.source_id
                             WHERE e.id = search_index.rowid AND e.field = 'declaration' AND s.field = 'interest'))
       AND (NOT ? OR NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.id = search_index.rowid
                                   AND ${rewordedDeclarations('e')}))
     ORDER BY rowid DESC LIMIT ?`,
  ).raw();

/**
 * The officer's own wording of a meeting's declarations where one was made at an exempt item with
 * words of interest: it started from the confidential sentences, so it is exempt content (the
 * public minutes take the interest out of it; the declarations' own rows stay public).
 */
const rewordedDeclarations = (
  e: string,
) => /* sql */ `${e}.kind = 'attendance' AND ${e}.field = 'declarations'
  AND EXISTS (SELECT 1 FROM declarations d JOIN agenda_items i ON i.id = d.item_id
              WHERE d.meeting_id = ${e}.source_id AND i.exempt = 1 AND trim(d.interest) != '')`;

interface EntryRow {
  kind: SearchKind;
  field: string;
  source_id: string;
  meeting_id: string;
  committee_id: string;
  item_id: string | null;
  exempt: number;
  date: string;
  committee: string;
  item_title: string | null;
  body: string;
}

/** The hits as the officer sees them: where each is, its minute number, the words around the match. */
function describeHits(db: Db, words: string, chosen: Candidate[]): SearchHit[] {
  const entry = statement(
    db,
    `SELECT e.kind, e.field, e.source_id, m.id AS meeting_id, e.committee_id, e.item_id,
            e.exempt OR (${rewordedDeclarations('e')}) AS exempt, e.body,
            m.date, c.name AS committee, i.title AS item_title
     FROM search_entries e LEFT JOIN agenda_items i ON i.id = e.item_id
          JOIN meetings m ON m.id = coalesce(i.meeting_id, e.source_id) JOIN committees c ON c.id = e.committee_id
     WHERE e.id = ?`,
  );
  const texts = snippets(
    db,
    words,
    chosen.map((candidate) => candidate.id),
  );
  const numbers = minuteNumbers(db);
  return chosen.map((candidate): SearchHit => {
    const row = entry.get(candidate.id) as EntryRow;
    return {
      meetingId: row.meeting_id,
      itemId: row.item_id,
      committeeId: row.committee_id,
      committee: row.committee,
      date: row.date,
      minuteNumber: row.item_id ? numbers(row.meeting_id, row.item_id) : null,
      itemTitle: row.item_title,
      kind: row.kind,
      field: row.field,
      sourceId: row.source_id,
      paragraph: paragraphPath(db, row),
      snippet: texts.get(candidate.id) ?? '',
      score: candidate.score,
      exempt: row.exempt === 1,
    };
  });
}

/**
 * The words around each hit's match. One pass over each tier's rowid range from its first hit to
 * its last (no more than CANDIDATES matching rows) rather than a query per hit: setting a query up
 * expands a prefix over the whole vocabulary, and twenty of those cost more than the pass.
 */
function snippets(db: Db, words: string, ids: number[]): Map<number, string> {
  const found = new Map<number, string>();
  const query = statement(
    db,
    // `+rowid`: the list only picks rows from the range; it must not become twenty lookups.
    `SELECT rowid, snippet(search_index, -1, '${SNIPPET_MARK_START}', '${SNIPPET_MARK_END}', '…', ${SNIPPET_TOKENS})
     FROM search_index
     WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`,
  ).raw();
  for (const tier of [0, 1]) {
    const inTier = ids.filter((id) => tierOf(id) === tier);
    if (!inTier.length) continue;
    const rows = query.all(
      words,
      rowid(smallest(inTier, 0)),
      rowid(largest(inTier, 0)),
      JSON.stringify(inTier),
    ) as [number, string][];
    for (const [id, text] of rows) found.set(id, text);
  }
  return found;
}

/** Minute numbers as meetingDetail gives them, worked out once per meeting (the register uses it too). */
export function minuteNumbers(db: Db): (meetingId: string, itemId: string) => string | null {
  const byMeeting = new Map<string, Map<string, string>>();
  return (meetingId, itemId) => {
    let numbers = byMeeting.get(meetingId);
    if (!numbers) {
      const meeting = getMeeting(db, meetingId);
      const { numberingScheme } = getCommittee(db, meeting.committeeId);
      const items = listAgendaItems(db, meetingId);
      numbers = new Map(Object.entries(minuteNumbering(db, meeting, numberingScheme, items).minuteNumbers));
      byMeeting.set(meetingId, numbers);
    }
    return numbers.get(itemId) ?? null;
  };
}

/** Where a paragraph of minutes or a report sits in its document, as indexes into `content` arrays. */
function paragraphPath(db: Db, row: EntryRow): number[] | null {
  const table = row.field === 'minutes' ? 'item_minutes' : row.field === 'report' ? 'item_reports' : null;
  if (!table || !row.item_id) return null;
  const path = statement(db, locateParagraphSql(table)).pluck().get(row.item_id, row.body) as
    string | undefined;
  return path === undefined ? null : [...path.matchAll(/\[(\d+)\]/g)].map((step) => Number(step[1]));
}

/**
 * Builds the index afresh from the record: every row from the tables it covers, then FTS5's own
 * structures from those rows. For an index found damaged; one transaction, so a failure changes nothing.
 */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    db.exec(`
      ${entryTriggerNames.map((name) => `DROP TRIGGER IF EXISTS ${name};`).join('\n')}
      DROP TABLE IF EXISTS search_index;
      DELETE FROM search_entries;
      ${buildEntriesSql}
      ${createIndexSql}
      INSERT INTO search_index (search_index) VALUES ('rebuild');
      ${entryTriggersSql}
    `);
  }).immediate();
}

export type SearchIndexCheck = { ok: true } | { ok: false; problem: string };

/**
 * FTS5's integrity-check, comparing the index with the rows it was built from. Reads the whole
 * index (seconds on a large record): run it in the background, not on the way to the first screen.
 */
export function checkSearchIndex(db: Db): SearchIndexCheck {
  try {
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_ERROR')) {
      return { ok: false, problem: (error as Error).message };
    }
    throw error;
  }
}

/** Checks the index and rebuilds it if it is damaged; says which. */
export function repairSearchIndex(db: Db): 'intact' | 'rebuilt' {
  if (checkSearchIndex(db).ok) return 'intact';
  rebuildSearchIndex(db);
  return 'rebuilt';
}

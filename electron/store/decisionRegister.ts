// The decisions register read from the record: every decision across meetings, newest meeting first,
// filtered by committee, keyword, date and words. The public register is made here, before anything
// is shown or saved: an exempt item's decision is given by the wording the officer marked
// publishable (without its clauses, qualifier or vote), or left out when it has none, and its words
// are searched only in what the public may read.
import { exemptionOf, type ExemptBasis } from '../../shared/exemptBasis';
import {
  registerVote,
  registerWording,
  type DecisionRegister,
  type RegisterClause,
  type RegisterEntry,
  type RegisterFilters,
} from '../../shared/decisionRegister';
import type { ClauseStyle, DecisionKeyword, VoteChoice, VoteKind } from '../../shared/decisions';
import { AppError } from '../../shared/result';
import { parseSearchQuery } from '../../shared/search/query';
import type { Db } from './database';
import { statement } from './rows';
import { minuteNumbers } from './search';
import { FACET_EXEMPT } from './searchSql';

interface DecisionRow {
  id: string;
  item_id: string;
  keyword: DecisionKeyword;
  qualifier: string;
  preamble: string;
  clause_style: ClauseStyle;
  public_wording: string;
  vote_kind: VoteKind;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  casting_vote: 'for' | 'against' | null;
  meeting_id: string;
  item_title: string;
  exempt: number;
  exempt_paragraph: number | null;
  exempt_basis: ExemptBasis | null;
  date: string;
  committee_id: string;
  committee: string;
}

/**
 * The decisions whose words (preamble, clauses, publishable wording) or whose item's title hold
 * what was typed, through the search index. In the public register only what the public may read.
 */
function decisionsMatching(db: Db, text: string, publicOnly: boolean): Set<string> {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) throw new AppError('invalid_input', parsed.message);
  let match = `({heading body} : (${parsed.match})) AND (facets : ("kdecision" OR "kitem"))`;
  if (publicOnly) match = `(${match}) NOT (facets : "${FACET_EXEMPT}")`;
  const rows = statement(
    db,
    `SELECT CASE e.field WHEN 'clause' THEN k.decision_id WHEN 'title' THEN NULL ELSE e.source_id END AS decision_id,
            CASE WHEN e.field = 'title' THEN e.item_id END AS item_id
     FROM search_entries e LEFT JOIN decision_clauses k ON e.field = 'clause' AND k.id = e.source_id
     WHERE e.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)
       AND e.field IN ('title', 'preamble', 'public_wording', 'clause')`,
  ).all(match) as { decision_id: string | null; item_id: string | null }[];
  const ids = new Set<string>();
  const ofItem = statement(db, 'SELECT id FROM decisions WHERE item_id = ?').pluck();
  for (const row of rows) {
    if (row.decision_id) ids.add(row.decision_id);
    if (row.item_id) for (const id of ofItem.all(row.item_id) as string[]) ids.add(id);
  }
  return ids;
}

/**
 * The register for the filters, newest meeting first (a meeting's decisions in agenda order). With
 * `limit`, only that many entries, and `total` says how many match.
 */
export function readDecisionRegister(db: Db, filters: RegisterFilters, limit = Infinity): DecisionRegister {
  const publicOnly = filters.edition === 'public';
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.committeeIds?.length) {
    where.push(`m.committee_id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filters.committeeIds));
  }
  if (filters.keywords?.length) {
    where.push(`d.keyword IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filters.keywords));
  }
  if (filters.from) {
    where.push('m.date >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    where.push('m.date <= ?');
    params.push(filters.to);
  }
  // The public register leaves out an exempt item's decision that has no publishable wording.
  if (publicOnly) where.push("(i.exempt = 0 OR trim(d.public_wording) != '')");
  const matching = filters.text?.trim() ? decisionsMatching(db, filters.text, publicOnly) : null;
  const rows = db
    .prepare(
      `SELECT d.id, d.item_id, d.keyword, d.qualifier, d.preamble, d.clause_style, d.public_wording,
              d.vote_kind, d.votes_for, d.votes_against, d.votes_abstain, d.casting_vote,
              i.meeting_id, i.title AS item_title, i.exempt, i.exempt_paragraph, i.exempt_basis, m.date,
              m.committee_id, c.name AS committee
       FROM decisions d JOIN agenda_items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
            JOIN committees c ON c.id = m.committee_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY m.date DESC, m.start_time DESC, m.id, i.position, d.position`,
    )
    .all(params) as DecisionRow[];
  const chosen = matching ? rows.filter((row) => matching.has(row.id)) : rows;
  const numbers = minuteNumbers(db);
  const clauses = statement(
    db,
    'SELECT group_heading AS groupHeading, plain_text AS text FROM decision_clauses WHERE decision_id = ? ORDER BY position',
  );
  const recorded = statement(db, 'SELECT vote FROM recorded_votes WHERE decision_id = ?').pluck();
  const entries = chosen.slice(0, limit).map((row): RegisterEntry => {
    const withheld = publicOnly && row.exempt === 1;
    const words = withheld ? [] : (clauses.all(row.id) as RegisterClause[]);
    const votes =
      row.vote_kind === 'recorded'
        ? (recorded.all(row.id) as VoteChoice[]).map((vote) => ({ personId: '', vote }))
        : [];
    return {
      decisionId: row.id,
      meetingId: row.meeting_id,
      itemId: row.item_id,
      committeeId: row.committee_id,
      committee: row.committee,
      date: row.date,
      minuteNumber: numbers(row.meeting_id, row.item_id) ?? '',
      itemTitle: row.item_title,
      keyword: row.keyword,
      qualifier: withheld ? '' : row.qualifier.trim(),
      preamble: withheld ? '' : row.preamble.trim(),
      clauseStyle: row.clause_style,
      clauses: words,
      withheld,
      wording: withheld
        ? row.public_wording.trim()
        : registerWording(row.preamble.trim(), row.clause_style, words),
      vote: withheld
        ? ''
        : registerVote({
            qualifier: row.qualifier.trim(),
            vote: {
              kind: row.vote_kind,
              for: row.votes_for,
              against: row.votes_against,
              abstain: row.votes_abstain,
              recorded: votes,
              castingVote: row.casting_vote,
            },
          }),
      exemptParagraph: row.exempt === 1 ? (row.exempt_paragraph ?? 0) : null,
      exemption: exemptionOf({
        exempt: row.exempt === 1,
        exemptBasis: row.exempt_basis,
        exemptParagraph: row.exempt_paragraph,
      }),
    };
  });
  return { edition: filters.edition, entries, total: chosen.length };
}

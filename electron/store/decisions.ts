import type {
  Clause,
  ClauseStyle,
  Decision,
  DecisionKeyword,
  RecordedVote,
  Vote,
  VoteKind,
} from '../../shared/decisions';
import { bySurname } from '../../shared/names';
import { plainText, type RichDoc } from '../../shared/richText';
import type { Db } from './database';
import { newId, notFound, now, statement } from './rows';

interface DecisionRow {
  id: string;
  item_id: string;
  position: number;
  keyword: string;
  qualifier: string;
  preamble: string;
  clause_style: string;
  mover_id: string | null;
  seconder_id: string | null;
  vote_kind: string;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  casting_vote: 'for' | 'against' | null;
  public_wording: string;
  reasons: string;
  alternatives: string;
  version: number;
}

function toDecision(db: Db, row: DecisionRow): Decision {
  const clauses = (
    statement(
      db,
      'SELECT id, group_heading, doc FROM decision_clauses WHERE decision_id = ? ORDER BY position',
    ).all(row.id) as {
      id: string;
      group_heading: string;
      doc: string;
    }[]
  ).map((clause): Clause => ({
    id: clause.id,
    groupHeading: clause.group_heading,
    doc: JSON.parse(clause.doc) as RichDoc,
  }));
  // A recorded vote lists its members in surname order, as published minutes do, however the votes
  // were entered (a vote changed on screen goes to the end of what is sent).
  const recorded = (
    statement(
      db,
      `SELECT rv.person_id, rv.vote, coalesce(p.name, '') AS name FROM recorded_votes rv
       LEFT JOIN people p ON p.id = rv.person_id WHERE rv.decision_id = ? ORDER BY rv.rowid`,
    ).all(row.id) as {
      person_id: string;
      vote: RecordedVote['vote'];
      name: string;
    }[]
  )
    .sort(bySurname)
    .map((vote) => ({ personId: vote.person_id, vote: vote.vote }));
  return {
    id: row.id,
    itemId: row.item_id,
    number: row.position,
    keyword: row.keyword as DecisionKeyword,
    qualifier: row.qualifier,
    preamble: row.preamble,
    clauseStyle: row.clause_style as ClauseStyle,
    clauses,
    moverId: row.mover_id,
    seconderId: row.seconder_id,
    vote: {
      kind: row.vote_kind as VoteKind,
      for: row.votes_for,
      against: row.votes_against,
      abstain: row.votes_abstain,
      recorded,
      castingVote: row.casting_vote,
    },
    publicWording: row.public_wording,
    reasons: row.reasons,
    alternatives: row.alternatives,
    version: row.version,
  };
}

export function listDecisions(db: Db, itemId: string): Decision[] {
  const rows = statement(db, 'SELECT * FROM decisions WHERE item_id = ? ORDER BY position').all(
    itemId,
  ) as DecisionRow[];
  return rows.map((row) => toDecision(db, row));
}

export function getDecision(db: Db, id: string): Decision {
  const row = statement(db, 'SELECT * FROM decisions WHERE id = ?').get(id) as DecisionRow | undefined;
  if (!row) throw notFound('That decision');
  return toDecision(db, row);
}

export function createDecision(
  db: Db,
  input: {
    id?: string;
    itemId: string;
    keyword: DecisionKeyword;
    qualifier: string;
    preamble: string;
    clauseStyle: ClauseStyle;
  },
): Decision {
  const id = input.id ?? newId();
  const stamp = now();
  const { last } = statement(
    db,
    'SELECT coalesce(max(position), 0) AS last FROM decisions WHERE item_id = ?',
  ).get(input.itemId) as {
    last: number;
  };
  statement(
    db,
    `INSERT INTO decisions (id, item_id, position, keyword, qualifier, preamble, clause_style, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.itemId,
    last + 1,
    input.keyword,
    input.qualifier,
    input.preamble,
    input.clauseStyle,
    stamp,
    stamp,
  );
  return getDecision(db, id);
}

export interface DecisionPatch {
  keyword?: DecisionKeyword;
  qualifier?: string;
  preamble?: string;
  clauseStyle?: ClauseStyle;
  moverId?: string | null;
  seconderId?: string | null;
  vote?: Vote;
  publicWording?: string;
  reasons?: string;
  alternatives?: string;
}

export function updateDecision(db: Db, id: string, patch: DecisionPatch): Decision {
  const current = getDecision(db, id);
  const next = { ...current, ...patch, vote: patch.vote ?? current.vote };
  statement(
    db,
    `UPDATE decisions SET keyword = ?, qualifier = ?, preamble = ?, clause_style = ?, mover_id = ?, seconder_id = ?,
       vote_kind = ?, votes_for = ?, votes_against = ?, votes_abstain = ?, casting_vote = ?, public_wording = ?,
       reasons = ?, alternatives = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    next.keyword,
    next.qualifier,
    next.preamble,
    next.clauseStyle,
    next.moverId,
    next.seconderId,
    next.vote.kind,
    next.vote.for,
    next.vote.against,
    next.vote.abstain,
    next.vote.castingVote,
    next.publicWording,
    next.reasons,
    next.alternatives,
    now(),
    id,
  );
  if (patch.vote) {
    statement(db, 'DELETE FROM recorded_votes WHERE decision_id = ?').run(id);
    const insert = statement(
      db,
      'INSERT INTO recorded_votes (decision_id, person_id, vote) VALUES (?, ?, ?)',
    );
    for (const vote of patch.vote.recorded) insert.run(id, vote.personId, vote.vote);
  }
  return getDecision(db, id);
}

/** Replaces the clauses in the order given; a clause keeps its id when it has one. */
export function setClauses(
  db: Db,
  id: string,
  clauses: { id?: string; groupHeading: string; doc: RichDoc }[],
): Decision {
  getDecision(db, id);
  statement(db, 'DELETE FROM decision_clauses WHERE decision_id = ?').run(id);
  const insert = statement(
    db,
    'INSERT INTO decision_clauses (id, decision_id, position, group_heading, doc, plain_text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  clauses.forEach((clause, index) =>
    insert.run(
      clause.id ?? newId(),
      id,
      index + 1,
      clause.groupHeading,
      JSON.stringify(clause.doc),
      plainText(clause.doc),
    ),
  );
  statement(db, 'UPDATE decisions SET updated_at = ? WHERE id = ?').run(now(), id);
  return getDecision(db, id);
}

export function deleteDecision(db: Db, id: string): void {
  const decision = getDecision(db, id);
  statement(db, 'DELETE FROM decisions WHERE id = ?').run(id);
  const remaining = statement(db, 'SELECT id FROM decisions WHERE item_id = ? ORDER BY position')
    .pluck()
    .all(decision.itemId) as string[];
  const renumber = statement(db, 'UPDATE decisions SET position = ? WHERE id = ?');
  remaining.forEach((decisionId, index) => renumber.run(index + 1, decisionId));
}

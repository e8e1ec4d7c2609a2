// A decision for the sample, written in one go: keyword, wording, clauses, mover, seconder and vote.
import { noVote, type DecisionKeyword, type Vote } from '../../../shared/decisions';
import { createDecision, setClauses, updateDecision } from '../decisions';
import type { Db } from '../database';
import { paragraphs } from './text';

export interface SampleDecision {
  keyword?: DecisionKeyword;
  qualifier?: string;
  preamble?: string;
  /** Each clause's text, with the group heading it starts, if any. */
  clauses: (string | { heading: string; text: string })[];
  moverId?: string;
  seconderId?: string;
  vote?: Partial<Vote>;
  publicWording?: string;
}

export function addDecision(db: Db, itemId: string, decision: SampleDecision): void {
  const { id } = createDecision(db, {
    itemId,
    keyword: decision.keyword ?? 'RESOLVED',
    qualifier: decision.qualifier ?? '',
    preamble: decision.preamble ?? 'that',
    clauseStyle: '(1)',
  });
  setClauses(
    db,
    id,
    decision.clauses.map((clause) =>
      typeof clause === 'string'
        ? { groupHeading: '', doc: paragraphs(clause) }
        : { groupHeading: clause.heading, doc: paragraphs(clause.text) },
    ),
  );
  updateDecision(db, id, {
    moverId: decision.moverId ?? null,
    seconderId: decision.seconderId ?? null,
    vote: { ...noVote(), ...decision.vote },
    publicWording: decision.publicWording ?? '',
  });
}

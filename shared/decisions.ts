// Decisions as councils record them: a keyword, an optional qualifier and preamble, numbered
// clauses (optionally under group headings), mover and seconder, and a vote whose outcome is
// worked out here, with inconsistent figures flagged rather than trusted.
import { lowerLetters, lowerRoman } from './numerals';
import type { RichDoc } from './richText';

export const decisionKeywords = ['RESOLVED', 'AGREED', 'RECOMMENDED'] as const;
export type DecisionKeyword = (typeof decisionKeywords)[number];

export const clauseStyles = ['(1)', '1.', '(a)', '(i)'] as const;
export type ClauseStyle = (typeof clauseStyles)[number];

export const voteKinds = ['none', 'show of hands', 'recorded'] as const;
export type VoteKind = (typeof voteKinds)[number];

export const voteChoices = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof voteChoices)[number];

export interface Clause {
  id: string;
  /** Shown above this clause when it starts a new group (seed 001); empty otherwise. */
  groupHeading: string;
  doc: RichDoc;
}

export interface RecordedVote {
  personId: string;
  vote: VoteChoice;
}

export interface Vote {
  kind: VoteKind;
  for: number;
  against: number;
  abstain: number;
  /** Named votes, when kind is 'recorded'. */
  recorded: RecordedVote[];
  /** The chair's casting vote, used only when the votes are tied. */
  castingVote: 'for' | 'against' | null;
}

export interface Decision {
  id: string;
  itemId: string;
  number: number;
  keyword: DecisionKeyword;
  /** e.g. "unanimously", "by a majority". */
  qualifier: string;
  /** e.g. "That". */
  preamble: string;
  clauseStyle: ClauseStyle;
  clauses: Clause[];
  moverId: string | null;
  seconderId: string | null;
  vote: Vote;
  /**
   * For an exempt item: the decision as the public minutes may give it (e.g. "RESOLVED that the
   * tender be awarded as set out in the exempt report"). Empty: the public minutes give no decision.
   */
  publicWording: string;
  /** Executive decisions: the reasons for the decision (the decision notice gives them). */
  reasons: string;
  /** Executive decisions: the alternative options considered and rejected. */
  alternatives: string;
  /** Bumped by every save; a save over an older version is refused as a conflict. */
  version: number;
}

export type Outcome = 'carried' | 'lost' | 'tied' | 'not voted';

export interface VoteResult {
  outcome: Outcome;
  for: number;
  against: number;
  abstain: number;
  /** Sentences for the officer: figures that do not add up, or contradict the wording. */
  problems: string[];
}

export const noVote = (): Vote => ({
  kind: 'none',
  for: 0,
  against: 0,
  abstain: 0,
  recorded: [],
  castingVote: null,
});

/** The outcome of a decision's vote, and anything about it that does not add up. */
export function voteResult(decision: Pick<Decision, 'vote' | 'qualifier'>): VoteResult {
  const { vote } = decision;
  const problems: string[] = [];
  if (vote.kind === 'none') return { outcome: 'not voted', for: 0, against: 0, abstain: 0, problems };
  const counts =
    vote.kind === 'recorded'
      ? {
          for: vote.recorded.filter((v) => v.vote === 'for').length,
          against: vote.recorded.filter((v) => v.vote === 'against').length,
          abstain: vote.recorded.filter((v) => v.vote === 'abstain').length,
        }
      : { for: vote.for, against: vote.against, abstain: vote.abstain };
  if (
    vote.kind === 'recorded' &&
    new Set(vote.recorded.map((v) => v.personId)).size !== vote.recorded.length
  ) {
    problems.push('The same member is named more than once in the recorded vote.');
  }
  let outcome: Outcome;
  if (counts.for > counts.against) outcome = 'carried';
  else if (counts.for < counts.against) outcome = 'lost';
  else if (vote.castingVote) outcome = vote.castingVote === 'for' ? 'carried' : 'lost';
  else outcome = 'tied';
  if (outcome === 'tied') problems.push('The votes are tied: record the chair’s casting vote.');
  if (vote.castingVote && counts.for !== counts.against) {
    problems.push('A casting vote is only used when the votes are tied.');
  }
  if (/unanim/i.test(decision.qualifier) && (counts.against > 0 || counts.abstain > 0)) {
    problems.push(
      `The decision says “${decision.qualifier}”, but the vote has ${counts.against} against and ${counts.abstain} abstaining.`,
    );
  }
  if (counts.for + counts.against + counts.abstain === 0) problems.push('No votes have been entered.');
  return { outcome, ...counts, problems };
}

/**
 * A clause's label in a style: (1) 1. (a) (i). A decision with one clause is not numbered
 * ("RESOLVED – That the report be noted"), so its label is empty when `count` is 1.
 */
export function clauseLabel(style: ClauseStyle, index: number, count = Infinity): string {
  if (count === 1) return '';
  const n = index + 1;
  switch (style) {
    case '(1)':
      return `(${n})`;
    case '1.':
      return `${n}.`;
    case '(a)':
      return `(${lowerLetters(n)})`;
    case '(i)':
      return `(${lowerRoman(n)})`;
  }
}

// The decisions register: every decision across the record's meetings, newest first, in the edition
// it is for. A public register gives of an exempt item's decisions only the wording marked
// publishable (electron/store/decisionRegister.ts makes it so before anything is shown or saved).
import type { Exemption } from './exemptBasis';
import { clauseLabel, voteResult, type ClauseStyle, type DecisionKeyword, type Vote } from './decisions';
import type { Edition } from './meetingRecord';

export interface RegisterFilters {
  /** Only these committees; all when absent or empty. */
  committeeIds?: string[];
  /** Only these keywords; all when absent or empty. */
  keywords?: DecisionKeyword[];
  /** Meetings on or after this date (YYYY-MM-DD). */
  from?: string;
  /** Meetings on or before this date (YYYY-MM-DD). */
  to?: string;
  /** Words the decision (or its item's title) holds, typed as in the search box. */
  text?: string;
  /** Public: an exempt item's decisions by their publishable wording only. */
  edition: Edition;
}

export interface RegisterEntry {
  decisionId: string;
  meetingId: string;
  itemId: string;
  committeeId: string;
  committee: string;
  /** The meeting's date, YYYY-MM-DD. */
  date: string;
  minuteNumber: string;
  itemTitle: string;
  keyword: DecisionKeyword;
  /** "unanimously", "by a majority"; empty in a public register's exempt entries. */
  qualifier: string;
  /** "That"; empty when withheld. */
  preamble: string;
  clauseStyle: ClauseStyle;
  /** The clauses' words (empty when withheld). */
  clauses: RegisterClause[];
  /** A public register's exempt entry: `wording` is the publishable wording, and nothing else is given. */
  withheld: boolean;
  /**
   * The decision in words, a line per clause (numbered as the minutes number it, group headings on
   * their own lines), after its preamble; in a public register, an exempt item's publishable wording.
   */
  wording: string;
  /** "Carried: 7 for, 2 against, 1 abstention"; empty when no vote was taken or in an exempt entry of a public register. */
  vote: string;
  /** The item is exempt (its Schedule 12A or 7A paragraph; 0 under the 1960 Act, which has none), or null. */
  exemptParagraph: number | null;
  /** What the item is exempt under, or null for a public item. */
  exemption: Exemption | null;
}

export interface RegisterClause {
  /** Shown above the clause when it starts a group; empty otherwise. */
  groupHeading: string;
  text: string;
}

export interface DecisionRegister {
  edition: Edition;
  /** Newest meeting first; a meeting's decisions in agenda order. */
  entries: RegisterEntry[];
  /** How many decisions the filters match (entries may hold only the newest of them). */
  total: number;
}

/** A decision's wording as the register gives it: its preamble, then its clauses, a line each. */
export function registerWording(
  preamble: string,
  clauseStyle: ClauseStyle,
  clauses: RegisterClause[],
): string {
  const lines = preamble.trim() ? [preamble.trim()] : [];
  const said = clauses.filter((clause) => clause.text.trim() || clause.groupHeading.trim());
  said.forEach((clause, index) => {
    if (clause.groupHeading.trim()) lines.push(clause.groupHeading.trim());
    const label = clauseLabel(clauseStyle, index, said.length);
    if (clause.text.trim()) lines.push(label ? `${label} ${clause.text.trim()}` : clause.text.trim());
  });
  return lines.join('\n');
}

/** The vote in a few words, or empty when none was taken. */
export function registerVote(decision: { vote: Vote; qualifier: string }): string {
  if (decision.vote.kind === 'none') return '';
  const result = voteResult(decision);
  const outcome = { carried: 'Carried', lost: 'Lost', tied: 'Tied', 'not voted': 'Not voted' }[
    result.outcome
  ];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${outcome}: ${result.for} for, ${result.against} against, ${plural(result.abstain, 'abstention', 'abstentions')}${
    decision.vote.castingVote ? `, the Chair’s casting vote ${decision.vote.castingVote}` : ''
  }`;
}

/** The filters in words, for the top of a saved register ("Cabinet; RESOLVED; from 1 May 2024"). */
export function describeRegisterFilters(
  filters: RegisterFilters,
  committeeNames: string[],
  formatDate: (iso: string) => string,
): string {
  const parts: string[] = [];
  if (committeeNames.length) parts.push(committeeNames.join(', '));
  else parts.push('All committees');
  if (filters.keywords?.length) parts.push(filters.keywords.join(' or '));
  if (filters.from && filters.to) parts.push(`${formatDate(filters.from)} to ${formatDate(filters.to)}`);
  else if (filters.from) parts.push(`from ${formatDate(filters.from)}`);
  else if (filters.to) parts.push(`to ${formatDate(filters.to)}`);
  if (filters.text?.trim()) parts.push(`containing “${filters.text.trim()}”`);
  return parts.join('; ');
}

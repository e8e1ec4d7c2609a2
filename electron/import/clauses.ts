// The paragraphs under a decision's formula, each classified once, for the grammar in decisions.ts:
// a clause label — (1) 1. 1) (a) a) (i) i. A: 6.1 — or a bullet; a "That …"/"To …" paragraph; a
// lead-in (short, ending in a colon or a dash) to the labelled list under it; a line that goes on in
// lower case; a quotation (a motion's text, whose labels are not the decision's); vote figures, a
// recorded vote, a mover and seconder; another decision's formula; the words that end a decision
// (reasons, options, notes); a heading; and narrative.
import type { ClauseStyle } from '../../shared/decisions';
import type { ImportClause } from '../../shared/importing';
import { bulletOf, headingLike } from './narrative';
import { readHead } from './decisionHead';
import { romanValue } from './minuteNumbers';
import { moverAndSeconder, onlyFigures, recordedVoteLine } from './votes';

export interface Label {
  raw: string;
  family: 'number' | 'alpha' | 'roman' | 'capital';
  value: number;
  rest: string;
}

/**
 * A clause or list label: (1) 1. 1) (a) a) (i) i. A: — `after` is the label before it in the same
 * list, so "(i)" after "(h)" is a letter and "(i)" at the start is a numeral.
 */
export function labelOf(text: string, after?: Label): Label | null {
  // "6.1 that …": a decision's clauses numbered under its minute.
  const sub = /^(\d{1,3})\.(\d{1,2})\.?\s+(\S.*)$/s.exec(text);
  if (sub) return { raw: `${sub[1]}.${sub[2]}`, family: 'number', value: Number(sub[2]), rest: sub[3]! };
  const capital = /^([A-H]):\s+(\S.*)$/s.exec(text);
  if (capital)
    return {
      raw: `${capital[1]}:`,
      family: 'capital',
      value: capital[1]!.charCodeAt(0) - 64,
      rest: capital[2]!,
    };
  const match =
    /^(\((\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|(\d{1,3})[.)](?!\d)|([a-z]|[ivxlc]{1,6})[.)])\s+(\S.*)$/s.exec(
      text,
    );
  // "1 That the report be noted": a number without its mark, before a clause's own opening word.
  const unmarked = /^(\d{1,2})\s+((?:That|THAT|To)\b.*)$/s.exec(text);
  if (!match && unmarked)
    return { raw: unmarked[1]!, family: 'number', value: Number(unmarked[1]), rest: unmarked[2]! };
  if (!match) return upperLabel(text, after);
  const [, raw = '', inParens, number, bare, rest = ''] = match;
  const token = inParens ?? number ?? bare ?? '';
  if (/^\d+$/.test(token)) return { raw, family: 'number', value: Number(token), rest };
  const isRoman = /^[ivxlc]+$/.test(token);
  const continuesLetters =
    after?.family === 'alpha' && token.length === 1 && token.charCodeAt(0) - 96 === after.value + 1;
  // "c" and "l" alone are letters unless a roman list is already under way.
  const romanAlone = (token !== 'c' && token !== 'l') || after?.family === 'roman';
  if (isRoman && !continuesLetters && romanAlone) {
    return { raw, family: 'roman', value: romanValue(token.toUpperCase()), rest };
  }
  if (token.length !== 1) return null;
  return { raw, family: 'alpha', value: token.charCodeAt(0) - 96, rest };
}

/**
 * Capitals: "(A)", "A." or "A)" before a clause's words ("A. That the report be noted", not "A. Smith"),
 * and roman numerals "(II)", "II." — the same kinds as their small letters.
 */
function upperLabel(text: string, after?: Label): Label | null {
  const match = /^(?:\(([A-Z]{1,4})\)|([A-Z]{1,4})[.)])\s+(\S.*)$/s.exec(text);
  if (!match) return null;
  const token = match[1] ?? match[2]!;
  const rest = match[3]!;
  const raw = match[1] ? `(${token})` : `${token}${text[token.length]}`;
  // A bare capital needs a clause after it, not a surname ("A. Smith").
  if (!match[1] && !/^(?:(?:That|THAT|To|the|a|an)\b|[a-z])/.test(rest)) return null;
  const roman = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/.test(token);
  const continuesLetters =
    after?.family === 'alpha' && token.length === 1 && token.charCodeAt(0) - 64 === after.value + 1;
  if (roman && !continuesLetters) {
    return { raw, family: 'roman', value: romanValue(token.toLowerCase()), rest };
  }
  if (token.length !== 1 || (token > 'H' && !continuesLetters)) return null;
  return { raw, family: 'alpha', value: token.charCodeAt(0) - 64, rest };
}

export const styleOf = (label: Label): ClauseStyle =>
  label.family === 'number'
    ? label.raw.startsWith('(')
      ? '(1)'
      : '1.'
    : label.family === 'roman'
      ? '(i)'
      : '(a)';

/** "that (1) the report be noted; (2) …" or ": 1. to approve …; 2. to note …" on one line: its clauses. */
export function inlineClauses(text: string): { preamble: string; clauses: ImportClause[] } | null {
  for (const marks of [
    [...text.matchAll(/(?:^|\s)(\((?:\d{1,2}|[a-h]|[ivx]{1,4})\))\s/g)],
    [...text.matchAll(/(?:^|[:;]\s*(?:and\s+)?|\s)(\d{1,2}\.)\s+(?=[a-z])/g)],
  ]) {
    if (marks.length < 2 || !/^\(?(?:1|a|i)[.)]$/.test(marks[0]![1]!)) continue;
    // Labels inside a quotation (the text of a motion) are the quotation's, not the decision's clauses.
    if (/[“"]/.test(text.slice(0, marks[0]!.index)) && !/[”]/.test(text.slice(0, marks[0]!.index)))
      return null;
    const values = marks.map((mark) => mark[1]!.replace(/[().]/g, ''));
    if (!values.every((value, i) => i === 0 || value !== values[i - 1])) continue;
    const clauses = marks.map((mark, index) => {
      const start = mark.index + mark[0].length;
      const end = index + 1 < marks.length ? marks[index + 1]!.index : text.length;
      return { label: mark[1]!, text: text.slice(start, end).trim(), group: '' };
    });
    return { preamble: text.slice(0, marks[0]!.index).trim().replace(/:-?$/, ''), clauses };
  }
  return null;
}

/** Words that open the reasons or options after a decision, never one of its clauses. */
const ending =
  /^(?:Reasons?\b|REASONS?\b|Alternative|ALTERNATIVE|Options?\b|Background|Note\b|NOTE\b|Record of|Publication|Date of|Call-?in|\(The decision|\(Reference|Supporting documents|Minutes\s*:|Decision\s*:?$)/;

/** A lead-in to a list: it ends in a colon (":", ":-") or a dash ("That the Committee –"). */
export const endsLeadIn = (text: string): boolean => /(?::-?|\s[–—-])$/.test(text.trim());
/** A sentence that has ended: a full stop, semicolon, colon, a closing bracket or quote after one, "; and". */
export const ends = (text: string): boolean => /[.;:!?]["”’)]?$|;\s*(?:and|or)$/.test(text.trim());
/** A list item that says more follow: "…;", "…; and", "…; or". */
export const endsList = (text: string): boolean => /;\s*(?:and|or)?$/.test(text.trim());
/** "That …", "THAT …", "To …": an unlabelled clause. */
export const thatOrTo = /^(?:That|THAT|To)\b/;

export type Line =
  | { kind: 'recorded'; vote: NonNullable<ReturnType<typeof recordedVoteLine>> }
  | { kind: 'figures' }
  | { kind: 'mover'; mover?: string; seconder?: string }
  | { kind: 'end' }
  | { kind: 'formula' }
  | { kind: 'label'; label: Label }
  | { kind: 'bullet'; mark: string; rest: string }
  | { kind: 'quote' }
  | { kind: 'that' }
  | { kind: 'lower' }
  | { kind: 'heading' }
  | { kind: 'narrative' };

const moverOpening =
  /^[([]?(?:Moved|Proposed|Mover|Proposer|Seconded|Seconder|On the (?:motion|proposal) of|Prop(?:'d|’d|\.)?\s*:|Sec(?:'d|’d|\.)?\s*:)/i;
/** "Cllr Grey proposed, Cllr Hall seconded, all in favour.": who moved and seconded, and no motion. */
const moverOnly =
  /^[^.]{2,60}?\s(?:proposed|moved)\s*(?:,|;|and\b)\s*[^.]{2,60}?\sseconded\b\s*(?:[,;.]|$|and\s+(?:all|carried|unanimously))/i;

/**
 * What one paragraph under a formula is. `last` is the label before it in the list under way (so
 * that "(i)" after "(h)" is a letter, and "ii. AGREED that …" continues a list rather than opening
 * a decision).
 */
export function classify(text: string, last?: Label): Line {
  const vote = recordedVoteLine(text);
  if (vote) return { kind: 'recorded', vote };
  // "(b) to set the precept at £21,000 (6 in favour, 1 against);": a labelled clause that carries its
  // own vote is a clause, not the decision's figures.
  if (onlyFigures(text) && !labelOf(text, last)) return { kind: 'figures' };
  if (text.length < 200) {
    const named = moverAndSeconder(text);
    const bare = moverOnly.test(text);
    const opens = (named.mover || named.seconder) && (moverOpening.test(text) || bare);
    // "Proposed by X, seconded by Y and RESOLVED that …" opens a decision of its own.
    const reading = opens ? readHead(text) : null;
    if (opens && !(reading && 'head' in reading)) {
      return { kind: 'mover', ...named };
    }
  }
  if (ending.test(text)) return { kind: 'end' };
  const label = labelOf(text, last);
  const listGoesOn = !!label && !!last && label.family === last.family && label.value === last.value + 1;
  if (!listGoesOn) {
    const reading = readHead(text);
    if (reading && 'head' in reading) return { kind: 'formula' };
  }
  if (label) return { kind: 'label', label };
  const bullet = bulletOf(text);
  if (bullet) return { kind: 'bullet', mark: bullet.mark, rest: bullet.rest };
  if (/^[“"]/.test(text)) return { kind: 'quote' };
  if (thatOrTo.test(text)) return { kind: 'that' };
  if (/^[a-z]/.test(text)) return { kind: 'lower' };
  if (headingLike(text)) return { kind: 'heading' };
  return { kind: 'narrative' };
}

// A decision's clauses as minutes print them, after the formula that opens it: labelled (1) 1. 1) (a)
// (i) i. A: or bullets, under group headings, wrapped over lines, with sub-clauses nested; each "That
// …" paragraph where nothing is labelled; a lead-in ending in a colon ("… for the following reasons:")
// is not a clause. Vote figures and mover lines inside the block belong to it. The clauses end at the
// first paragraph that belongs to none of them: narrative, reasons for the decision, another decision.
import type { ClauseStyle } from '../../shared/decisions';
import type { ImportClause, ImportDecision, ImportVotes } from '../../shared/importing';
import { bulletOf, headingLike } from './narrative';
import type { Para } from './text';
import { pushAll } from '../../shared/arrays';
import { readHead, type DecisionHead } from './decisionHead';
import { moverAndSeconder, onlyFigures, recordedVoteLine, votesIn } from './votes';

export { readHead } from './decisionHead';
export { moverAndSeconder, recordedVoteLine, votesIn } from './votes';

export interface Label {
  raw: string;
  family: 'number' | 'alpha' | 'roman' | 'capital';
  value: number;
  rest: string;
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = romanValues[text[i]!]!;
    const next = romanValues[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
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
  // "(A) … (B) …": capital letters in brackets.
  const upper = !match ? /^\(([A-H])\)\s+(\S.*)$/s.exec(text) : null;
  if (upper)
    return { raw: `(${upper[1]})`, family: 'alpha', value: upper[1]!.charCodeAt(0) - 64, rest: upper[2]! };
  if (!match) return null;
  const [, raw = '', inParens, number, bare, rest = ''] = match;
  const token = inParens ?? number ?? bare ?? '';
  if (/^\d+$/.test(token)) return { raw, family: 'number', value: Number(token), rest };
  const isRoman = /^[ivxlc]+$/.test(token);
  const continuesLetters =
    after?.family === 'alpha' && token.length === 1 && token.charCodeAt(0) - 96 === after.value + 1;
  // "c" and "l" alone are letters unless a roman list is already under way.
  const romanAlone = (token !== 'c' && token !== 'l') || after?.family === 'roman';
  if (isRoman && !continuesLetters && romanAlone) {
    return { raw, family: 'roman', value: romanValue(token), rest };
  }
  if (token.length !== 1) return null;
  return { raw, family: 'alpha', value: token.charCodeAt(0) - 96, rest };
}

const styleOf = (label: Label): ClauseStyle =>
  label.family === 'number'
    ? label.raw.startsWith('(')
      ? '(1)'
      : '1.'
    : label.family === 'roman'
      ? '(i)'
      : '(a)';

/** "that (1) the report be noted; (2) …" or ": 1. to approve …; 2. to note …" on one line: its clauses. */
function inlineClauses(text: string): { preamble: string; clauses: ImportClause[] } | null {
  for (const marks of [
    [...text.matchAll(/(?:^|\s)(\((?:\d{1,2}|[a-h]|[ivx]{1,4})\))\s/g)],
    [...text.matchAll(/(?:^|[:;]\s*(?:and\s+)?|\s)(\d{1,2}\.)\s+(?=[a-z])/g)],
  ]) {
    if (marks.length < 2 || !/^\(?(?:1|a|i)[.)]$/.test(marks[0]![1]!)) continue;
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
const notClauses =
  /^(?:Reasons?\b|REASONS?\b|Alternative|ALTERNATIVE|Options?\b|Background|Note\b|NOTE\b|Record of|Publication|Date of|Call-?in|\(The decision|\(Reference|Supporting documents|Minutes\s*:|Decision\s*:?$)/;

export interface DecisionBlock {
  decision: ImportDecision;
  /** The index after the block's last paragraph. */
  end: number;
}

const ends = (text: string) => /[.;:!?]["”’)]?$|;\s*(?:and|or)$/.test(text.trim());
const endsList = (text: string) => /;\s*(?:and|or)?$/.test(text.trim());

/**
 * The decision opened at `start`: its clauses, group headings and wrapped lines, up to the first
 * paragraph that belongs to none of them. Null when no clause follows: then it is not a decision.
 */
export function decisionBlock(paras: Para[], start: number, head: DecisionHead): DecisionBlock | null {
  const clauses: ImportClause[] = [];
  let style: ClauseStyle = '(1)';
  let preamble = head.preamble;
  let group = '';
  let lastLabel: Label | undefined;
  let topFamily: Label['family'] | null = null;
  const votes: {
    figures: ImportVotes | null;
    recorded: ImportDecision['recorded'];
    counts: Partial<ImportVotes>;
  } = {
    figures: votesIn(`${head.qualifier} ${head.lead}`) ?? votesIn(head.inline),
    recorded: null,
    counts: {},
  };
  const people = moverAndSeconder(
    `${head.lead}. ${head.qualifier ? `(${head.qualifier}). ` : ''}${head.preamble}. ${head.inline}`,
  );
  const inline = head.inline.replace(/\s*\((?:Proposed|Moved)\b[^)]*\)\s*/i, ' ').trim();
  let leadIn = false;
  if (inline) {
    const split = inlineClauses(inline);
    if (split) {
      preamble = split.preamble;
      pushAll(clauses, split.clauses);
      style = styleOf(labelOf(`${split.clauses[0]!.label} x`)!);
      topFamily = labelOf(`${split.clauses[0]!.label} x`)!.family;
    } else if (/:-?$/.test(inline)) {
      preamble = inline.replace(/\s*:-?$/, '');
      leadIn = true;
    } else clauses.push({ label: '', text: inline, group: '' });
  } else leadIn = true;
  let j = start + 1;
  for (; j < paras.length; j++) {
    const text = paras[j]!.text;
    const recorded = recordedVoteLine(text);
    if (recorded) {
      if (recorded.count !== null) votes.counts[recorded.side] = recorded.count;
      if (recorded.names.length > 0) {
        votes.recorded ??= { for: [], against: [], abstain: [] };
        pushAll(votes.recorded[recorded.side], recorded.names);
      }
      continue;
    }
    if (onlyFigures(text)) {
      votes.figures = votesIn(text);
      // "(Proposed Cllr X, seconded Cllr Y; 4 in favour, 1 against.)"
      const said = moverAndSeconder(text);
      people.mover ??= said.mover;
      people.seconder ??= said.seconder;
      continue;
    }
    const named = moverAndSeconder(text);
    if (
      (named.mover || named.seconder) &&
      text.length < 200 &&
      /^\(?(?:Moved|Proposed|Mover|Proposer|Seconded|Seconder)\b/i.test(text)
    ) {
      people.mover ??= named.mover;
      people.seconder ??= named.seconder;
      continue;
    }
    if (notClauses.test(text)) break;
    const last = clauses.at(-1);
    const label = labelOf(text, lastLabel);
    // The next label of the list under way is a clause, whatever words in capitals it holds ("ii. AGREED that …").
    const listGoesOn =
      !!label && !!lastLabel && label.family === lastLabel.family && label.value === lastLabel.value + 1;
    const reading = listGoesOn ? null : readHead(text);
    if (reading && 'head' in reading) break;
    // A single unlabelled sentence that ends is the decision; what follows it is narrative.
    if (last && !last.label && !leadIn && ends(last.text)) {
      // "RESOLVED – That the report be noted." then "That officers be thanked.": unlabelled clauses.
      const unlabelledList = endsList(last.text) || /^(?:that|to)\b/i.test(last.text);
      if (!/^(?:That|THAT)\b/.test(text) || !unlabelledList) break;
    }
    if (label) {
      if (topFamily === null || (clauses.length === 0 && !lastLabel)) {
        topFamily = label.family;
        style = styleOf(label);
      }
      if (label.family !== topFamily && last) {
        // A sub-clause, "(a)" under "(1)": part of the clause above, on its own line.
        last.text += `\n${label.raw} ${label.rest}`;
        continue;
      }
      clauses.push({ label: label.raw, text: label.rest, group });
      lastLabel = label;
      continue;
    }
    const bullet = bulletOf(text);
    if (bullet && (clauses.length === 0 || last?.label === '•')) {
      clauses.push({ label: '•', text: bullet.rest, group });
      continue;
    }
    // A table cell left on its own line under a listed clause ("APPROVAL").
    if (last?.label && text.split(/\s+/).length <= 3 && !/^(?:That|To)\b/.test(text)) {
      last.text += ` ${text}`;
      continue;
    }
    // A clause wrapped onto the next line: it had not ended.
    if (last && !ends(last.text) && !headingLike(text)) {
      last.text += ` ${text}`;
      continue;
    }
    const next = paras[j + 1]?.text ?? '';
    if (headingLike(text) && labelOf(next) && !/[.:]$/.test(text)) {
      group = text;
      continue;
    }
    if (last && last.label && /^[a-z]/.test(text)) {
      last.text += ` ${text}`;
      continue;
    }
    // Unlabelled clauses: "That …" paragraphs, or a list whose clauses end in ";".
    const thatClause =
      /^(?:That|THAT|To)\b/.test(text) || (/^[a-z]/.test(text) && (!last || endsList(last.text)));
    // "That Cabinet:" under a bare "RESOLVED:": the lead-in to the clauses that follow.
    if (
      clauses.length === 0 &&
      leadIn &&
      (/:-?$/.test(text) || /^(?:That|THAT)$/.test(text)) &&
      text.length < 200 &&
      labelOf(paras[j + 1]?.text ?? '')
    ) {
      preamble = [preamble, text.replace(/\s*:-?$/, '')].filter(Boolean).join(' ');
      continue;
    }
    if (
      (clauses.length === 0 || clauses.every((clause) => !clause.label)) &&
      (thatClause || (clauses.length === 0 && leadIn && !headingLike(text)))
    ) {
      clauses.push({ label: '', text, group: '' });
      continue;
    }
    break;
  }
  // "Resolved that the following payments be approved:" over an unlabelled list (a payee and sum a line):
  // the lead-in is the decision, one clause.
  if (clauses.length === 0 && /^(?:that|to)\s+\S+\s+\S+\s+\S+/i.test(preamble)) {
    clauses.push({ label: '', text: preamble, group: '' });
    preamble = '';
    j = start + 1;
  }
  if (clauses.length === 0) return null;
  if (clauses.some((clause) => clause.label === '•')) style = '(1)';
  const counted = votes.counts;
  const named = votes.recorded;
  // A printed count ("For (41): … and others") over the names printed.
  const figures =
    counted.for !== undefined || counted.against !== undefined
      ? {
          for: counted.for ?? named?.for.length ?? 0,
          against: counted.against ?? named?.against.length ?? 0,
          abstain: counted.abstain ?? named?.abstain.length ?? 0,
        }
      : votes.figures;
  return {
    decision: {
      keyword: head.keyword,
      qualifier: head.qualifier,
      preamble,
      clauseStyle: style,
      clauses,
      mover: people.mover ?? null,
      seconder: people.seconder ?? null,
      votes:
        named && counted.for === undefined && counted.against === undefined
          ? {
              for: named.for.length,
              against: named.against.length,
              abstain: named.abstain.length,
            }
          : figures,
      recorded: votes.recorded,
    },
    end: j,
  };
}

const ownerToVerb =
  /^(?:That\s+)?((?:The\s+|the\s+)?(?:(?:Councillor|Cllr)\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|the|&)){0,10})\s+(?:be\s+(?:asked|requested|instructed)\s+to|to)\s+([a-z].*)$/s;

/** A clause that gives someone something to do: "The Director … to produce and distribute the letter". */
export function actionFromClause(text: string): { owner: string; text: string } | null {
  const match = ownerToVerb.exec(text.trim());
  if (!match) return null;
  const owner = match[1]!.trim();
  if (/^(?:The\s+)?(?:report|recommendations?|minutes?|Committee|Board|Council|Panel|Cabinet)$/i.test(owner))
    return null;
  return {
    owner: owner.replace(/^(?:Councillor|Cllr)\s+/, ''),
    text: text.trim(),
  };
}

// Decision blocks as minutes write them: "RESOLVED that:", "RESOLVED (unanimously):", "AGREED:",
// "Resolved –", "The Committee resolved:-", "RECOMMENDED", then clauses labelled (1) 1. 1) (a) (i),
// under group headings, wrapped over lines; with mover, seconder and vote figures near them.
import type { ClauseStyle, DecisionKeyword } from '../../shared/decisions';
import type { ImportClause, ImportDecision, ImportVotes } from '../../shared/importing';
import { bulletOf, headingLike } from './narrative';
import { HONORIFIC, NAME, peopleFromList, splitHonorific } from './people';
import type { Para } from './text';
import { pushAll } from '../../shared/arrays';

export interface Label {
  raw: string;
  family: 'number' | 'alpha' | 'roman';
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
 * A clause or list label: (1) 1. 1) (a) a) (i) i). `after` is the label before it in the same list,
 * so "(i)" after "(h)" is a letter and "(i)" at the start is a numeral.
 */
export function labelOf(text: string, after?: Label): Label | null {
  const match =
    /^(\((\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\)|(\d{1,3})[.)](?!\d)|([a-z]|[ivxlc]{1,6})[.)])\s+(\S.*)$/s.exec(
      text,
    );
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
    : label.family === 'alpha'
      ? '(a)'
      : '(i)';

export interface DecisionHead {
  keyword: DecisionKeyword;
  qualifier: string;
  preamble: string;
  /** Text on the keyword's own line when it is the decision itself: "RESOLVED That the report be noted." */
  inline: string;
}

const keywordOf: Record<string, DecisionKeyword> = {
  resolved: 'RESOLVED',
  agreed: 'AGREED',
  recommended: 'RECOMMENDED',
};

/** The body that decides: "The Committee", "The Health and Wellbeing Board", "It was", "Cabinet". */
const body = String.raw`(?:It\s+was|(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|on|&)){0,8})`;
const headPattern = new RegExp(
  String.raw`^(?:Decisions?\s*[:–—-]\s*)?(?:(?:After|Following)\s+(?:discussion|consideration|debate|deliberation),?\s+)?(?:(${body})\s+(?:therefore\s+|then\s+|accordingly\s+|unanimously\s+)?)?(RESOLVED|AGREED|RECOMMENDED|Resolved|Agreed|Recommended|resolved|agreed|recommended)\b(.*)$`,
  's',
);

export type HeadReading = { head: DecisionHead } | { doubt: string } | null;

/**
 * Whether a paragraph opens a decision. A keyword in capitals at the start (after "The Committee"
 * or "It was", if any) does; "resolved" in lower case does when a colon, dash or "that" follows.
 * "The Board agreed that…" may be a decision or a report of agreement: it stays narrative, with a
 * doubt the preview shows. A keyword later in a sentence quotes an earlier decision: narrative.
 */
export function readHead(text: string): HeadReading {
  if (/^[“"‘']/.test(text)) return null;
  const match = headPattern.exec(text);
  if (!match) return null;
  const [, who, word = '', after = ''] = match;
  if (who && /^(?:I|We|He|She|They|Members?|Officers?|Minute)$/i.test(who.trim())) return null;
  const capitals = word === word.toUpperCase();
  const keyword = keywordOf[word.toLowerCase()]!;
  const opens = /^\s*(?::-|:|[–—-]|\(|,?\s*(?:unanimously|by a majority)\b|$)/i.test(after);
  const that = /^\s+(?:that|to)\b/i.test(after);
  if (!capitals) {
    // At the very start of a paragraph "Resolved that…" and "Agreed:" are the formula itself.
    const formal = !who && (opens || that);
    const resolvedThat = keyword === 'RESOLVED' && that;
    if (!(opens || formal || resolvedThat)) {
      return that ? { doubt: text } : null;
    }
  } else if (!opens && !that && !/^\s+[A-Z“"]/.test(after)) return null;
  return { head: { keyword, ...splitRest(after) } };
}

function splitRest(after: string): Omit<DecisionHead, 'keyword'> {
  let rest = after;
  let qualifier = '';
  const bracketed = /^\s*\(([^)]{1,100})\)/.exec(rest);
  const worded = /^\s*,?\s*(unanimously|by a majority(?: vote)?|nem\.? con\.?|without dissent)\b,?/i.exec(
    rest,
  );
  if (bracketed) {
    qualifier = bracketed[1]!.trim();
    rest = rest.slice(bracketed[0].length);
  } else if (worded) {
    qualifier = worded[1]!;
    rest = rest.slice(worded[0].length);
  }
  rest = rest.replace(/^\s*(?::-|:|[–—-]+|,)?\s*/, '').trim();
  if (!rest) return { qualifier, preamble: '', inline: '' };
  if (/:-?$/.test(rest) || /^(?:that|to)$/i.test(rest)) {
    return { qualifier, preamble: rest.replace(/\s*:-?$/, ''), inline: '' };
  }
  return { qualifier, preamble: '', inline: rest };
}

/** "that (1) the report be noted; (2) …" on one line: the clauses it holds, if two or more. */
function inlineClauses(text: string): { preamble: string; clauses: ImportClause[] } | null {
  const marks = [...text.matchAll(/(?:^|\s)(\((?:\d{1,2}|[a-h]|[ivx]{1,4})\))\s/g)];
  if (marks.length < 2 || !/^\((?:1|a|i)\)$/.test(marks[0]![1]!)) return null;
  const clauses = marks.map((mark, index) => {
    const start = mark.index + mark[0].length;
    const end = index + 1 < marks.length ? marks[index + 1]!.index : text.length;
    return { label: mark[1]!, text: text.slice(start, end).trim(), group: '' };
  });
  return { preamble: text.slice(0, marks[0]!.index).trim().replace(/:-?$/, ''), clauses };
}

const namePattern = `${HONORIFIC}\\s+(${NAME})`;
const moverPatterns = [
  new RegExp(String.raw`\b(?:moved|proposed)\s+by\s+(?:the\s+)?${namePattern}`),
  new RegExp(String.raw`\b(?:Mover|Proposer|Proposed|Moved)\s*[:–—-]\s*${namePattern}`),
];
const seconderPatterns = [
  new RegExp(String.raw`\b[Ss]econded\s+by\s+(?:the\s+)?${namePattern}`),
  new RegExp(String.raw`\b(?:Seconder|Seconded)\s*[:–—-]\s*${namePattern}`),
];
const startsMover = new RegExp(String.raw`^${namePattern}\b[^.]*?\b(?:moved|proposed)\b(?!\s+by)`);
const startsSeconder = new RegExp(String.raw`^${namePattern}\b[^.]*?\bseconded\b(?!\s+by)`);

const nameOnly = (match: string) => splitHonorific(match).name;

/** Who moved and who seconded, as a paragraph says. */
export function moverAndSeconder(text: string): { mover?: string; seconder?: string } {
  const found: { mover?: string; seconder?: string } = {};
  for (const pattern of moverPatterns) found.mover ??= pattern.exec(text)?.[1];
  for (const pattern of seconderPatterns) found.seconder ??= pattern.exec(text)?.[1];
  // "Councillor X introduced the report and moved …"; "Councillor X, seconded by Councillor Y, moved …".
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    found.mover ??= startsMover.exec(sentence)?.[1];
    found.seconder ??= startsSeconder.exec(sentence)?.[1];
  }
  return {
    ...(found.mover ? { mover: nameOnly(found.mover) } : {}),
    ...(found.seconder ? { seconder: nameOnly(found.seconder) } : {}),
  };
}

const numberWords: Record<string, number> = {
  no: 0,
  none: 0,
  nil: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const count = (word: string | undefined): number =>
  word === undefined ? 0 : /^\d+$/.test(word) ? Number(word) : (numberWords[word.toLowerCase()] ?? 0);
const N = String.raw`(\d{1,4}|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

const figurePatterns: { pattern: RegExp; order: ('for' | 'against' | 'abstain')[] }[] = [
  {
    // For: 6, Against: 3, Abstentions: 1   /  (For 6; Against 3; Abstain 1)
    pattern: new RegExp(
      String.raw`\bFor\s*[:–—-]?\s*${N}[\s,;]+Against\s*[:–—-]?\s*${N}(?:[\s,;]+(?:and\s+)?(?:Abstentions?|Abstained|Abstaining|Abstain)\s*[:–—-]?\s*${N})?`,
      'i',
    ),
    order: ['for', 'against', 'abstain'],
  },
  {
    // 8 for, 2 against, 1 abstention   /   6 votes in favour and 3 against
    pattern: new RegExp(
      String.raw`\b${N}\s+(?:votes?\s+)?(?:for|in favour)\b[\s,;]*(?:and\s+|with\s+)?${N}\s+(?:votes?\s+)?against\b(?:[\s,;]*(?:and\s+|with\s+)?${N}\s+abstentions?)?`,
      'i',
    ),
    order: ['for', 'against', 'abstain'],
  },
  {
    // carried by 6 votes to 3 (with 1 abstention)
    pattern: new RegExp(
      String.raw`\bby\s+${N}\s+votes?\s+to\s+${N}(?:[^.\d]{0,30}?${N}\s+abstentions?)?`,
      'i',
    ),
    order: ['for', 'against', 'abstain'],
  },
];

export function votesIn(text: string): ImportVotes | null {
  for (const { pattern } of figurePatterns) {
    const match = pattern.exec(text);
    if (match) return { for: count(match[1]), against: count(match[2]), abstain: count(match[3]) };
  }
  return null;
}

const recordedLine =
  /^(For|Against|Abstain(?:ed|ing)?|Abstentions?)(?:\s+the\s+(?:motion|recommendations?|amendment|proposal))?\s*(?:\(\d{1,4}\))?\s*[:–—-]\s*(.+)$/i;

/** "For: Councillors A, B and C" in a recorded vote: the side and the names. */
export function recordedVoteLine(
  text: string,
): { side: 'for' | 'against' | 'abstain'; names: string[] } | null {
  const match = recordedLine.exec(text);
  if (!match) return null;
  const side = /^for$/i.test(match[1]!) ? 'for' : /^against$/i.test(match[1]!) ? 'against' : 'abstain';
  const rest = match[2]!.trim();
  if (/^(?:\d+|none|nil|no one|nobody)\.?$/i.test(rest)) return { side, names: [] };
  const names = peopleFromList(rest).map((person) => person.name);
  return names.length ? { side, names } : null;
}

/** A paragraph that is only vote figures, which a decision block absorbs. */
export const onlyFigures = (text: string): boolean =>
  text.length < 160 &&
  votesIn(text) !== null &&
  !/\b(?:that|be|was|were)\b/i.test(text.replace(/\bthe vote\b/i, ''));

export interface DecisionBlock {
  decision: ImportDecision;
  /** The index after the block's last paragraph. */
  end: number;
}

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
  const votes: { figures: ImportVotes | null; recorded: ImportDecision['recorded'] } = {
    figures: null,
    recorded: null,
  };
  const people: { mover?: string; seconder?: string } = {};
  if (head.inline) {
    const split = inlineClauses(head.inline);
    if (split) {
      preamble = split.preamble;
      pushAll(clauses, split.clauses);
      style = styleOf(labelOf(`${split.clauses[0]!.label} x`)!);
    } else clauses.push({ label: '', text: head.inline, group: '' });
  }
  let j = start + 1;
  for (; j < paras.length; j++) {
    const text = paras[j]!.text;
    const recorded = recordedVoteLine(text);
    if (recorded) {
      votes.recorded ??= { for: [], against: [], abstain: [] };
      pushAll(votes.recorded[recorded.side], recorded.names);
      continue;
    }
    if (onlyFigures(text)) {
      votes.figures = votesIn(text);
      continue;
    }
    const named = moverAndSeconder(text);
    if (
      (named.mover || named.seconder) &&
      text.length < 200 &&
      /^\(?(?:Moved|Proposed|Mover|Proposer|Seconded|Seconder)\b/i.test(text)
    ) {
      Object.assign(people, named);
      continue;
    }
    if (head.inline && !clauses[0]!.label) break;
    const label = labelOf(text, lastLabel);
    if (label) {
      const first = clauses.length === 0 || !lastLabel;
      if (first) style = styleOf(label);
      const topFamily = style === '(1)' || style === '1.' ? 'number' : style === '(a)' ? 'alpha' : 'roman';
      if (!first && label.family !== topFamily) {
        // A sub-clause, "(a)" under "(1)": part of the clause above, on its own line.
        clauses.at(-1)!.text += `\n${label.raw} ${label.rest}`;
        continue;
      }
      clauses.push({ label: label.raw, text: label.rest, group });
      lastLabel = label;
      continue;
    }
    const bullet = bulletOf(text);
    if (bullet && (clauses.length === 0 || clauses.at(-1)!.label === '•')) {
      clauses.push({ label: '•', text: bullet.rest, group });
      continue;
    }
    const next = paras[j + 1]?.text ?? '';
    if (headingLike(text) && labelOf(next) && !readHead(text)) {
      group = text;
      continue;
    }
    if (clauses.length > 0 && /^[a-z]/.test(text)) {
      clauses.at(-1)!.text += ` ${text}`;
      continue;
    }
    if (clauses.length === 0 && !readHead(text) && !headingLike(text)) {
      // "RESOLVED:" then the decision as a sentence on the next line.
      clauses.push({ label: '', text, group: '' });
      if (!/^(?:that|to)\b/i.test(text)) {
        j++;
        break;
      }
      continue;
    }
    if (clauses.length > 0 && clauses.every((clause) => !clause.label) && /^(?:That|To)\b/.test(text)) {
      clauses.push({ label: '', text, group: '' });
      continue;
    }
    break;
  }
  if (clauses.length === 0) return null;
  if (clauses.some((clause) => clause.label === '•')) style = '(1)';
  return {
    decision: {
      keyword: head.keyword,
      qualifier: head.qualifier,
      preamble,
      clauseStyle: style,
      clauses,
      mover: people.mover ?? null,
      seconder: people.seconder ?? null,
      votes: votes.recorded
        ? {
            for: votes.recorded.for.length,
            against: votes.recorded.against.length,
            abstain: votes.recorded.abstain.length,
          }
        : votes.figures,
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
    owner: splitHonorific(owner).name,
    text: text.trim(),
  };
}

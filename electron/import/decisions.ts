// A decision as a grammar over classified paragraphs (clauses.ts classifies each one once):
//
//   decision  := formula [lead-in] clause* (vote | mover)*
//   formula   := "RESOLVED that …", "The Committee agreed:", "It was proposed by …, seconded by … and
//                resolved that …" (decisionHead.ts), with its text on the same line or not
//   lead-in   := a line ending in ":" or a dash ("That the Committee –"), or "That" alone, over labels
//   clause    := label text (wrapped lines, lower-case run-ons, sub-clauses of another label kind and
//                quotations nested in it) | bullet text | "That …"/"To …" paragraph | group heading
//                over labels | the formula's own sentence
//
// The first label's kind (number, letter, roman, capital) is the top level; a label of another kind
// is a sub-clause of the clause above. A decision of one sentence that has ended is one clause. The
// decision ends at the first paragraph that is none of these: narrative, the reasons or options for
// it, another formula. Vote figures, a recorded vote and the mover and seconder inside it are its own.
import type { ClauseStyle } from '../../shared/decisions';
import type { ImportClause, ImportDecision, ImportVotes } from '../../shared/importing';
import { headingLike } from './narrative';
import { sentencesOf, type Para } from './text';
import { pushAll } from '../../shared/arrays';
import { type DecisionHead } from './decisionHead';
import { moverAndSeconder, votesIn } from './votes';
import { classify, ends, endsLeadIn, endsList, inlineClauses, labelOf, styleOf, type Label } from './clauses';

export { readHead } from './decisionHead';
export { moverAndSeconder, recordedVoteLine, votesIn } from './votes';
export { labelOf, type Label } from './clauses';

export interface DecisionBlock {
  decision: ImportDecision;
  /** The index after the block's last paragraph. */
  end: number;
}

/** "… from Acme. Proposed Cllr A, seconded Cllr B, all in favour.": the decision without who moved it. */
function withoutMover(text: string): string {
  if (!/propos|moved|second/i.test(text)) return text;
  const sentences = sentencesOf(text);
  while (sentences.length > 1 && classify(sentences.at(-1)!).kind === 'mover') sentences.pop();
  return sentences.length > 0 ? sentences.join(' ') : text;
}

/**
 * Under a lead-in ("RESOLVED that:"), one paragraph holding a list whose lines were joined: "the plan be
 * approved; and the final report be made in May." — each part a clause where each reads as one (a
 * "be" or "to" clause), else the paragraph is one.
 */
function listParts(text: string): ImportClause[] {
  const parts = text.split(/(?<=;)\s*(?:and|or)?\s+(?=[a-z])/);
  const each = parts.length > 1 && parts.every((part) => /^to\b|\bbe\b/.test(part));
  return (each ? parts : [text]).map((part) => ({ label: '', text: part.trim(), group: '' }));
}

/** A clause's label alone on its line: "(1)", "2.", "(b)", "c)", "(iv)". */
const loneLabel = /^(?:\((?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})\)|(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[.)])$/;

const romans = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The label after `label` in its list, written the same way: "(b)" after "(a)", "B." after "A.", "(ii)" after "(i)". */
function nextRaw(label: Label): string | null {
  const value = label.value + 1;
  const token =
    label.family === 'number'
      ? String(value)
      : label.family === 'roman'
        ? romans[value]
        : String.fromCharCode((/[A-Z]/.test(label.raw) ? 64 : 96) + value);
  if (!token || /^\d+\.\d+$/.test(label.raw)) return null;
  const roman = label.family === 'roman' && /[IVX]/.test(label.raw) ? token.toUpperCase() : token;
  return label.raw.replace(/[\dA-Za-z]+/, roman);
}

/**
 * A labelled clause and the clauses joined onto its paragraph after a semicolon ("A. approves …; and
 * B. delegates …"), where the next label of the same list follows it.
 */
function joinedList(label: Label): Label[] {
  const parts: Label[] = [];
  let current = label;
  for (let guard = 0; guard < 20; guard++) {
    const next = nextRaw(current);
    const escaped = next?.replace(/[().]/g, '\\$&');
    // The pattern needs a ";": made (and tried) only where the clause has one.
    const at =
      escaped && current.rest.includes(';')
        ? new RegExp(`;\\s*(?:and\\s+|or\\s+)?(?=${escaped}\\s)`).exec(current.rest)
        : null;
    if (!at) break;
    const end = at.index + at[0].length;
    parts.push({ ...current, rest: current.rest.slice(0, end).trim() });
    current = {
      ...current,
      raw: next!,
      value: current.value + 1,
      rest: current.rest.slice(end + next!.length).trim(),
    };
  }
  parts.push(current);
  return parts;
}

/** Where a quotation that opens at `start` closes (its last paragraph), within 50 paragraphs. */
function quoteEnd(paras: Para[], start: number): number {
  for (let k = start; k < paras.length && k < start + 50; k++) {
    if (/[”"][.,;]?$/.test(paras[k]!.text.trim())) return k;
  }
  return start;
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
  let topFamily: Label['family'] | null = null;
  let bulletMark: string | undefined;
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
  const inline = withoutMover(head.inline.replace(/\s*\((?:Proposed|Moved)\b[^)]*\)\s*/i, ' ').trim());
  // Whether what is read so far is a lead-in that the clauses after it complete.
  let leadIn = false;
  if (inline) {
    const split = inlineClauses(inline);
    const next = paras[start + 1]?.text ?? '';
    if (split) {
      preamble = split.preamble;
      pushAll(clauses, split.clauses);
      const first = labelOf(`${split.clauses[0]!.label} x`)!;
      style = styleOf(first);
      topFamily = first.family;
    } else if (labelOf(inline)) {
      // "AGREED – (i) That officers proceed …;" with "(ii) …" on the lines after: the list starts
      // here, and a first clause ending in a colon has its sub-clauses below it.
      const first = labelOf(inline)!;
      clauses.push({ label: first.raw, text: first.rest, group: '' });
      lastLabel = first;
      topFamily = first.family;
      style = styleOf(first);
    } else if (
      /:-?$/.test(inline) ||
      (endsLeadIn(inline) && labelOf(next)) ||
      // "RESOLVED that the Committee" over "(a) notes the report;": a lead-in that has not ended.
      (!ends(inline) && inline.split(/\s+/).length <= 8 && labelOf(next))
    ) {
      preamble = inline.replace(/\s*(?::-?|[–—-])$/, '');
      leadIn = true;
    } else clauses.push({ label: '', text: inline, group: '' });
  } else leadIn = true;
  // The head's own paragraph number ("6.3 RESOLVED: …"), whose minute the next paragraph numbers go on.
  const headMatch = /^(\d{1,3})\.(\d{1,2})\.?\s/.exec(paras[start]?.text ?? '');
  const headNumber = headMatch ? { minute: Number(headMatch[1]) } : null;
  let j = start + 1;
  for (; j < paras.length; j++) {
    let text = paras[j]!.text;
    // "(1)" on a line of its own over its clause's words (a web page's or a PDF's layout): one clause.
    const below = paras[j + 1]?.text;
    if (loneLabel.test(text) && below && !labelOf(below) && !loneLabel.test(below)) {
      text = `${text} ${below}`;
      j++;
    }
    const line = classify(text, lastLabel);
    const last = clauses.at(-1);
    if (line.kind === 'recorded') {
      const recorded = line.vote;
      if (recorded.count !== null) votes.counts[recorded.side] = recorded.count;
      if (recorded.names.length > 0) {
        votes.recorded ??= { for: [], against: [], abstain: [] };
        pushAll(votes.recorded[recorded.side], recorded.names);
      }
      continue;
    }
    if (line.kind === 'figures') {
      votes.figures = votesIn(text);
      // "(Proposed Cllr X, seconded Cllr Y; 4 in favour, 1 against.)"
      const said = moverAndSeconder(text);
      people.mover ??= said.mover;
      people.seconder ??= said.seconder;
      continue;
    }
    if (line.kind === 'mover') {
      // A second mover is another motion's; "Moved by X, seconded by Y and" leads into what follows.
      if ((people.mover && line.mover) || /(?:[,;:]|\band)$/.test(text.trim())) break;
      people.mover ??= line.mover;
      people.seconder ??= line.seconder;
      continue;
    }
    if (line.kind === 'end' || line.kind === 'formula') break;
    // A single unlabelled sentence that ends is the decision; what follows it is narrative.
    if (last && !last.label && !leadIn && ends(last.text)) {
      // "RESOLVED – That the report be noted." then "That officers be thanked.": unlabelled clauses.
      const unlabelledList = endsList(last.text) || /^(?:that|to)\b/i.test(last.text);
      if (!/^(?:That|THAT)\b/.test(text) || !unlabelledList) break;
    }
    if (line.kind === 'label') {
      const label = line.label;
      // "6.4 The Chair thanked …" after "6.3 RESOLVED: (1) … (2) …": the minute's next paragraph.
      const paragraphNumber = /^\d+\.\d+$/.test(label.raw);
      if (paragraphNumber && headNumber && Number(label.raw.split('.')[0]) === headNumber.minute) break;
      if (topFamily === null || (clauses.length === 0 && !lastLabel)) {
        topFamily = label.family;
        style = styleOf(label);
      }
      // "1.1", "1.2" under "1.": the numbered parts of clause 1, not clauses of their own.
      const partOfLast =
        /^\d+\.\d+$/.test(label.raw) &&
        !!lastLabel &&
        /^\(?\d+[.)]?\)?$/.test(lastLabel.raw) &&
        Number(label.raw.split('.')[0]) === lastLabel.value;
      if ((label.family !== topFamily || partOfLast) && last) {
        // A sub-clause, "(a)" under "(1)": part of the clause above, on its own line.
        last.text += `\n${label.raw} ${label.rest}`;
        continue;
      }
      lastLabel = label;
      for (const part of joinedList(label)) {
        clauses.push({ label: part.raw, text: part.rest, group });
        lastLabel = part;
      }
      continue;
    }
    if (line.kind === 'bullet' && (clauses.length === 0 || last?.label === '•')) {
      // "o a review in a year" under "• the strategy be adopted, with:": another mark is a level below.
      bulletMark ??= line.mark;
      if (line.mark !== bulletMark && last) last.text += `\n${line.mark} ${line.rest}`;
      else clauses.push({ label: '•', text: line.rest, group });
      continue;
    }
    if (line.kind === 'quote') {
      // A quotation (a motion's text): one with the clause it sits in, its labels not the decision's.
      const close = quoteEnd(paras, j);
      const quoted = paras
        .slice(j, close + 1)
        .map((para) => para.text)
        .join('\n');
      if (last && (!ends(last.text) || /:-?$/.test(last.text))) last.text += `\n${quoted}`;
      else if (clauses.length === 0 && leadIn) clauses.push({ label: '', text: quoted, group: '' });
      else break;
      j = close;
      continue;
    }
    const next = paras[j + 1]?.text ?? '';
    if (headingLike(text) && labelOf(next) && !/[.:]$/.test(text)) {
      group = text;
      continue;
    }
    // A table cell left on its own line under a listed clause ("APPROVAL").
    if (last?.label && text.split(/\s+/).length <= 3 && line.kind !== 'that') {
      last.text += ` ${text}`;
      continue;
    }
    // A clause wrapped onto the next line: it had not ended.
    if (last && !ends(last.text) && !headingLike(text)) {
      last.text += ` ${text}`;
      continue;
    }
    if (last && last.label && line.kind === 'lower') {
      last.text += ` ${text}`;
      continue;
    }
    // Unlabelled clauses: "That …" paragraphs, or a list whose clauses end in ";".
    const thatClause = line.kind === 'that' || (line.kind === 'lower' && (!last || endsList(last.text)));
    // "That Cabinet:" under a bare "RESOLVED:": the lead-in to the clauses that follow.
    if (
      clauses.length === 0 &&
      leadIn &&
      (endsLeadIn(text) || /^(?:That|THAT)$/.test(text)) &&
      text.length < 200 &&
      labelOf(next)
    ) {
      preamble = [preamble, text.replace(/\s*(?::-?|[–—-])$/, '')].filter(Boolean).join(' ');
      continue;
    }
    if (
      (clauses.length === 0 || clauses.every((clause) => !clause.label)) &&
      (thatClause || (clauses.length === 0 && leadIn && !headingLike(text)))
    ) {
      pushAll(clauses, leadIn ? listParts(text) : [{ label: '', text, group: '' }]);
      continue;
    }
    break;
  }
  // "Resolved that the following payments be approved:" over an unlabelled list (a payee and sum a line,
  // or a table: "That, in accordance with Rule 4.1, the following Councillor be allowed to speak:"):
  // the lead-in is the decision, one clause.
  if (clauses.length === 0 && /^(?:that|to)\b,?\s+\S+\s+\S+\s+\S+/i.test(preamble)) {
    clauses.push({ label: '', text: preamble, group: '' });
    preamble = '';
    j = start + 1;
  }
  if (clauses.length === 0) return null;
  // "RESOLVED to award a grant (6 in favour, 0 against," over "1 abstention).": figures wrapped
  // onto the next line are read from the whole sentence.
  const whole = clauses[0]!.text;
  if (inline && whole.length > inline.length && whole.startsWith(inline) && votesIn(inline)) {
    votes.figures = votesIn(whole) ?? votes.figures;
  }
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

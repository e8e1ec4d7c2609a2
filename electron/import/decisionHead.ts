// Whether a paragraph opens a decision, by the formulas minutes use: the keyword in capitals anywhere
// in a sentence ("it was RESOLVED that", "UNANIMOUSLY RESOLVED", "RESOLVED - THAT", "The Council AGREED
// that"); resolved, agreed or recommended in any case opening the paragraph, alone or after the body
// that decided or "It was" ("Resolved – That", "Agreed:", "The Council resolved:-", "The Committee
// agreed to note", "It was proposed by …, seconded by … and agreed that", "Moved by …, Seconded by …,
// Resolved – That"); "Decided:". Quoted words decide nothing, and "The Board agreed that the pilot
// had been a success" reports an opinion: it stays narrative, with a note.
import type { DecisionKeyword } from '../../shared/decisions';
import { sentencesOf } from './text';

export interface DecisionHead {
  keyword: DecisionKeyword;
  qualifier: string;
  preamble: string;
  /** Text on the keyword's own line when it is the decision itself: "RESOLVED That the report be noted." */
  inline: string;
  /** What came before the keyword in the paragraph ("It was proposed by …, seconded by … and"). */
  lead: string;
}

const keywordOf: Record<string, DecisionKeyword> = {
  resolved: 'RESOLVED',
  agreed: 'AGREED',
  recommended: 'RECOMMENDED',
  decided: 'AGREED',
};

/** The body that decides: "The Committee", "The Health and Wellbeing Board", "Council", "Cabinet". */
const bodyWord =
  /^(?:The\s+|the\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s+){0,8}(?:Committee|Sub-Committee|Council|Cabinet|Board|Panel|Commission|Forum|Executive|Authority|Assembly|Group|Partnership|Trustees|Governors|Body|Party|Meeting|Conference|Members of the (?:Committee|Board|Panel|Council))$/iu;
const people =
  /^(?:I|We|He|She|They|Members?|Officers?|Minutes?|The (?:Chair|Chairman|Chairwoman|Convener|Mayor|Leader|Director|Officer|Clerk|Applicant|Agent|Police))\b/i;
/** "It was", "Following a vote it was", "After discussion, the Committee", "Having regard to the above, it was subsequently". */
const opening = String.raw`(?:(?:After|Following|Upon|On|Having|In)\b[^.:;]{0,80}?,?\s+)?`;
const keywordWords = String.raw`(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|Resolved|Agreed|Recommended|Decided|resolved|agreed|recommended|decided)`;
// "Moved by …, seconded by … and", only "Seconded by … and" where the mover's line came before,
// "It was proposed, seconded and", "Cllr A proposed, Cllr B seconded and it was".
const by = String.raw`(?:\s+by\s+[^;:]{2,80}?)?`;
const movedBy = String.raw`(?:(?:(?:It|it) was\s+)?(?:(?:moved|proposed|Moved|Proposed)${by},?\s+(?:and\s+)?)?(?:seconded|Seconded)${by},?\s+(?:and\s+)?(?:it\s+was\s+)?(?=${keywordWords}\b)|(?:Councillors?|Cllrs?\.?|Mrs?\.?|Ms|Dr)\s+[^;:.]{2,40}?\s+(?:proposed|moved),?\s+(?:and\s+)?(?:Councillors?|Cllrs?\.?|Mrs?\.?|Ms|Dr)\s+[^;:.]{2,40}?\s+seconded,?\s+(?:and\s+)?(?:it\s+was\s+)?(?=${keywordWords}\b))?`;
const keyword = `(${keywordWords.slice(3, -1)})`;
const headPattern = new RegExp(
  String.raw`^(?:(?:Decisions?|DECISIONS?)\s*[:–—-]\s*)?(${opening}${movedBy})(?:((?:It|it)\s+was|[\p{Lu}][^.:;]{0,80}?|the\s+[^.:;]{0,80}?)\s+(?:[a-z]+ly\s+|therefore\s+|then\s+|thereupon\s+|thus\s+|also\s+|further\s+)?)?${keyword}\b(.*)$`,
  'su',
);
const capitalKeyword =
  /(?<![\p{L}])(?:UNANIMOUSLY\s+)?(RESOLVED|AGREED|RECOMMENDED|DECIDED)(?![\p{L}])(.*)$/su;

export type HeadReading = { head: DecisionHead } | { doubt: string } | null;

/** A paragraph number ("21.4", "1.1"), sub-decision label ("(a)") or bullet ("• It was resolved") before the formula. */
export const leadingNumber = /^(?:\d{1,3}(?:\.\d{1,2}){1,2}\.?|\([a-z]\)|[a-z]\)|[•·▪◦‣*–-])\s+(?=\S)/;

/** Whether a paragraph opens a decision, and how. */
/** Words before a keyword that make it a report of another meeting's decision, not this one's. */
const reported =
  /\b(?:at its (?:last )?meeting|meeting (?:on|of|held)|noted that|reported that|advised that|had|previously|earlier|Minute\s+\d)\b|\(\s*$/i;

const quoted = /^[“"‘']/;
const subHeading =
  /^[\p{Lu}][\p{L}'’&\s-]{0,40}?:\s+(?=(?:RESOLVED|Resolved|AGREED|Agreed|RECOMMENDED|Recommended|DECIDED|Decided)\b)/u;
const anyKeyword = /resolved|agreed|recommended|decided/i;
/** Whether a paragraph has a decision's keyword at all: without one, `readHead` and `formulaSentenceAt` find nothing. */
export const mayDecide = (text: string): boolean => anyKeyword.test(text);

/** The Welsh formula before the English in bilingual minutes: "PENDERFYNWYD / RESOLVED", "Cytunwyd/Agreed". */
const welshFormula =
  /^(?:PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd|ARGYMHELLWYD|Argymhellwyd)\s*[/|]\s*(?=(?:RESOLVED|Resolved|AGREED|Agreed|RECOMMENDED|Recommended)\b)/;

export function readHead(raw: string): HeadReading {
  // "a) Payments: Resolved: to approve …": a sub-heading before the formula is not part of it.
  const text = raw.replace(leadingNumber, '').replace(subHeading, '').replace(welshFormula, '');
  if (quoted.test(text)) return null;
  // Both patterns below need a keyword: a paragraph without one is not tried against them.
  if (!anyKeyword.test(text)) return null;
  const match = headPattern.exec(text);
  if (match && !reported.test(match[2] ?? '')) {
    const [, lead = '', who = '', word = '', after = ''] = match;
    const capitals = word === word.toUpperCase();
    // "The Committee noted the report and agreed to …": the body, what it did first, and the decision.
    const first =
      /^(.+?)\s+(?:noted|considered|received|discussed|debated|welcomed)\b[^.;:]{0,80}\s+and$/.exec(
        who.trim(),
      );
    const bodyOk =
      !who ||
      /^(?:it|It)\s+was$/.test(who.trim()) ||
      bodyWord.test(who.trim()) ||
      (!!first && bodyWord.test(first[1]!));
    if (!(who && people.test(who.trim())) && (bodyOk || capitals)) {
      const reading = readKeyword(word, after, !!who || !!lead, capitals, text);
      // Everything before the keyword: "On the motion of X, seconded by Y, it was" names the mover.
      const before = text.slice(0, text.length - after.length - word.length).trim();
      if (reading && 'head' in reading) reading.head.lead = before || `${lead}${who ? ` ${who}` : ''}`.trim();
      if (reading) return reading;
    }
  }
  // A keyword in capitals later in the sentence: "Following the resignation …, it was RESOLVED that …".
  const late = capitalKeyword.exec(text);
  // Only the sentence the keyword is in says whose decision it reports.
  const sentenceBefore =
    text
      .slice(0, late?.index ?? 0)
      .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
      .at(-1) ?? '';
  // "Applications had been received … and it was RESOLVED that": only the clause with the keyword says whose decision it is.
  const clauseBefore = /\band\s+it\s+was\s+(?:\w+\s+)?$/.test(sentenceBefore)
    ? sentenceBefore.slice(sentenceBefore.search(/\band\s+it\s+was\s+(?:\w+\s+)?$/))
    : sentenceBefore;
  if (late && !insideQuotes(text, late.index) && !reported.test(clauseBefore)) {
    const after = late[2] ?? '';
    // "The recommendations were AGREED.": the keyword ends its sentence, which is the decision.
    if (/^\s*[.;]?\s*$/.test(after) || /^\s*\.\s+\p{Lu}/u.test(after)) {
      const sentence = `${sentenceBefore}${late[0].replace(/[.;]?\s.*$/s, '')}`.trim();
      if (sentence.split(/\s+/).length >= 3) {
        // "It was proposed by X and seconded by Y that …. On a show of hands 8 voted in favour. RESOLVED.":
        // the proposal the keyword closes, sentences before it, names the mover.
        const proposal = text.slice(0, (late.index ?? 0) - sentenceBefore.length).trim();
        return {
          head: {
            keyword: keywordOf[late[1]!.toLowerCase()]!,
            qualifier: '',
            preamble: '',
            inline: `${sentence}.`,
            lead: /^(?:It was\s+)?(?:proposed|moved)\b/i.test(proposal) ? proposal : '',
          },
        };
      }
    }
    if (!/^[\p{L}]/u.test(after)) {
      return {
        head: {
          keyword: keywordOf[late[1]!.toLowerCase()]!,
          ...splitRest(after),
          lead: text.slice(0, late.index).trim(),
        },
      };
    }
  }
  return null;
}

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = (before.match(/[“]/g)?.length ?? 0) + ((before.match(/"/g)?.length ?? 0) % 2);
  const closes = before.match(/[”]/g)?.length ?? 0;
  return opens > closes;
}

function readKeyword(
  word: string,
  after: string,
  hasWho: boolean,
  capitals: boolean,
  text: string,
): HeadReading {
  const keyword = keywordOf[word.toLowerCase()]!;
  const opens =
    /^\s*(?::-|:|[–—-]|\(|,?\s*(?:unanimously|by a majority|nem\.? con\.?|by all\b|by those present)\b|$)/i.test(
      after,
    );
  // "The Committee agreed the recommendations", "agreed the following:" — but not a correct record.
  const object =
    /^\s+(?:the\s+(?:[\w-]+\s+){0,3}(?:recommendations?|proposals?|following)|(?:all|both)\s+(?:the\s+)?recommendations)\b/i.test(
      after,
    ) && !/\b(?:correct|true|accurate) record\b/i.test(after);
  const that = /^\s+(?:that|to)\b/i.test(after);
  const under = /^,?\s+(?:under|in terms of|in accordance with|on the proposal|by\s+\d)/i.test(after);
  if (capitals) {
    // "The minutes were AGREED without division and it was RESOLVED:": the later formula, which
    // introduces the decision's words, is its keyword.
    const later = laterFormula.exec(after);
    if (later) {
      const rest = after.slice(later.index + later[0].length);
      return { head: { keyword: keywordOf[later[1]!.toLowerCase()]!, ...splitRest(rest), lead: '' } };
    }
    return { head: { keyword, ...splitRest(after), lead: '' } };
  }
  if (!(opens || that || under || object)) return null;
  // "The Board agreed that the pilot had been a success": an opinion, not a decision.
  if (keyword === 'AGREED' && /^\s+that\b/i.test(after) && hasWho) {
    const clause = after.replace(/^\s+that\s+/i, '');
    if (
      !/\bbe\b|\bshould\b|\bwould\b|\bshall\b|\bwill\b/.test(clause) &&
      /\b(?:had|has|was|were|is|are)\b/.test(clause)
    ) {
      return { doubt: text };
    }
  }
  return { head: { keyword, ...splitRest(after), lead: '' } };
}

/** "… and it was RESOLVED", "… and RESOLVED": a second formula in capitals in the same sentence. */
const laterFormula =
  /^[^.;:]{0,120}?\band\s+(?:it\s+was\s+)?(?:UNANIMOUSLY\s+)?(RESOLVED|AGREED|RECOMMENDED)\b/;

function splitRest(after: string): Omit<DecisionHead, 'keyword' | 'lead'> {
  let rest = after;
  let qualifier = '';
  // "(unanimously)", "(by 6 votes to 3)" — but "(i)" or "(a)" opens the first clause.
  const bracketed = /^\s*(?::-|:|[–—-]+)?\s*\((?!(?:\d{1,2}|[a-h]|[ivx]{1,4})\))([^)]{1,300})\)/.exec(rest);
  const worded =
    /^\s*,?\s*(unanimously|by a majority(?: vote)?|nem\.? con\.?|without dissent|by\s+\d+\s+votes?\s+to\s+\d+(?:[^.:]{0,40}?abstentions?)?)\b,?/i.exec(
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
  // "(a) That … subject to the following conditions:" is the first clause, not a lead-in.
  const labelled = /^(?:\((?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\)|(?:\d{1,2}|[a-hA-H])[.)])\s/.test(rest);
  if (/:-?$/.test(rest) && rest.length < 400 && !labelled && !/^(?:that|to)\b.*\.\s/i.test(rest)) {
    return { qualifier, preamble: rest.replace(/\s*:-?$/, ''), inline: '' };
  }
  if (/^(?:that|to)$/i.test(rest)) return { qualifier, preamble: rest, inline: '' };
  // "RECOMMENDED TO COUNCIL - THAT" over the clauses: the parent body and "that" are the lead-in.
  if (
    /^(?:to|TO)\s+(?:the\s+|THE\s+)?(?:Council|COUNCIL|Cabinet|CABINET|Executive|EXECUTIVE)\s*(?:[–—-]+\s*)?(?:that|THAT)$/.test(
      rest,
    )
  ) {
    return { qualifier, preamble: rest, inline: '' };
  }
  return { qualifier, preamble: '', inline: rest };
}

/** A sentence that opens with the bare formula, the minute-taker's own: "Resolved to …", "AGREED that …". */
const formulaOpening = /^(?:RESOLVED|AGREED|RECOMMENDED|Resolved|Agreed|Recommended)\b/;

/**
 * Where a decision starts inside a paragraph of narrative, as parish and town councils write them:
 * "Three quotes had been obtained. Resolved to accept the quote from … Proposed Cllr A, seconded Cllr
 * B, all in favour." — the offset of the sentence that opens with the formula, or -1. Only a sentence
 * after the first, and only where the paragraph as a whole opens no decision. A later sentence that
 * reports a body's view ("Council agreed that the clerk should respond") stays narrative.
 */
export function formulaSentenceAt(text: string): number {
  if (!anyKeyword.test(text) || quoted.test(text)) return -1;
  const sentences = sentencesOf(text);
  let from = 0;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    const at = text.indexOf(sentence, from);
    from = at + sentence.length;
    if (k === 0 || !formulaOpening.test(sentence)) continue;
    // Words in an open quotation decide nothing; nor does a report of another meeting's decision.
    if (insideQuotes(text, at)) return -1;
    const reading = readHead(text.slice(at));
    if (reading && 'head' in reading) return at;
  }
  return -1;
}

// Whether a paragraph opens a decision, by the formulas minutes use: the keyword in capitals anywhere
// in a sentence ("it was RESOLVED that", "UNANIMOUSLY RESOLVED", "RESOLVED - THAT", "The Council AGREED
// that"); resolved, agreed or recommended in any case opening the paragraph, alone or after the body
// that decided or "It was" ("Resolved – That", "Agreed:", "The Council resolved:-", "The Committee
// agreed to note", "It was proposed by …, seconded by … and agreed that", "Moved by …, Seconded by …,
// Resolved – That"); "Decided:". Quoted words decide nothing, and "The Board agreed that the pilot
// had been a success" reports an opinion: it stays narrative, with a note.
import type { DecisionKeyword } from '../../shared/decisions';

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
  /^(?:The\s+|the\s+)?(?:[\p{Lu}][\p{L}'’&-]*\s+){0,8}(?:Committee|Sub-Committee|Council|Cabinet|Board|Panel|Commission|Forum|Executive|Authority|Assembly|Group|Partnership|Members of the (?:Committee|Board|Panel))$/iu;
const people =
  /^(?:I|We|He|She|They|Members?|Officers?|Minutes?|The (?:Chair|Chairman|Chairwoman|Convener|Mayor|Leader|Director|Officer|Clerk|Applicant|Agent|Police))\b/i;
/** "It was", "Following a vote it was", "After discussion, the Committee", "Having regard to the above, it was subsequently". */
const opening = String.raw`(?:(?:After|Following|Upon|On|Having|In)\b[^.:;]{0,80}?,?\s+)?`;
const keywordWords = String.raw`(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|Resolved|Agreed|Recommended|Decided|resolved|agreed|recommended|decided)`;
const movedBy = String.raw`(?:(?:It was\s+)?(?:moved|proposed|Moved|Proposed)\s+by\s+[^;:]{2,80}?,?\s+(?:and\s+)?(?:seconded|Seconded)\s+by\s+[^;:]{2,80}?,?\s+(?:and\s+)?(?:it\s+was\s+)?(?=${keywordWords}\b))?`;
const keyword = `(${keywordWords.slice(3, -1)})`;
const headPattern = new RegExp(
  String.raw`^(?:Decisions?\s*[:–—-]\s*)?(${opening}${movedBy})(?:((?:It|it)\s+was|[\p{Lu}][^.:;]{0,80}?|the\s+[^.:;]{0,80}?)\s+(?:therefore\s+|then\s+|accordingly\s+|unanimously\s+|subsequently\s+|also\s+|further\s+)?)?${keyword}\b(.*)$`,
  'su',
);
const capitalKeyword =
  /(?<![\p{L}])(?:UNANIMOUSLY\s+)?(RESOLVED|AGREED|RECOMMENDED|DECIDED)(?![\p{L}])(.*)$/su;

export type HeadReading = { head: DecisionHead } | { doubt: string } | null;

/** A paragraph number ("21.4", "1.1") or sub-decision label ("(a)") before the formula. */
export const leadingNumber = /^(?:\d{1,3}\.\d{1,2}\.?|\([a-z]\)|[a-z]\))\s+(?=\S)/;

/** Whether a paragraph opens a decision, and how. */
/** Words before a keyword that make it a report of another meeting's decision, not this one's. */
const reported =
  /\b(?:at its (?:last )?meeting|meeting (?:on|of|held)|noted that|reported that|advised that|had|previously|earlier|Minute\s+\d)\b|\(\s*$/i;

const quoted = /^[“"‘']/;
const anyKeyword = /resolved|agreed|recommended|decided/i;

export function readHead(raw: string): HeadReading {
  const text = raw.replace(leadingNumber, '');
  if (quoted.test(text)) return null;
  // Both patterns below need a keyword: a paragraph without one is not tried against them.
  if (!anyKeyword.test(text)) return null;
  const match = headPattern.exec(text);
  if (match && !reported.test(match[2] ?? '')) {
    const [, lead = '', who = '', word = '', after = ''] = match;
    const capitals = word === word.toUpperCase();
    const bodyOk = !who || /^(?:it|It)\s+was$/.test(who.trim()) || bodyWord.test(who.trim());
    if (!(who && people.test(who.trim())) && (bodyOk || capitals)) {
      const reading = readKeyword(word, after, !!who || !!lead, capitals, text);
      if (reading && 'head' in reading) reading.head.lead = `${lead}${who ? ` ${who}` : ''}`.trim();
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
        return {
          head: {
            keyword: keywordOf[late[1]!.toLowerCase()]!,
            qualifier: '',
            preamble: '',
            inline: `${sentence}.`,
            lead: '',
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
  const opens = /^\s*(?::-|:|[–—-]|\(|,?\s*(?:unanimously|by a majority|nem\.? con\.?)\b|$)/i.test(after);
  const that = /^\s+(?:that|to)\b/i.test(after);
  const under = /^\s+(?:under|in terms of|in accordance with|on the proposal|by\s+\d)/i.test(after);
  if (capitals) {
    return { head: { keyword, ...splitRest(after), lead: '' } };
  }
  if (!(opens || that || under)) return null;
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

function splitRest(after: string): Omit<DecisionHead, 'keyword' | 'lead'> {
  let rest = after;
  let qualifier = '';
  const bracketed = /^\s*(?::-|:|[–—-]+)?\s*\(([^)]{1,300})\)/.exec(rest);
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
  if (/:-?$/.test(rest) && rest.length < 400 && !/^(?:that|to)\b.*\.\s/i.test(rest)) {
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

// Who moved and seconded, and how the vote went, as minutes say it: "moved by Councillor X and
// seconded by Councillor Y", "Councillor X, seconded by Councillor Y, moved that", "Councillor X moved
// and Councillor Y seconded", "(Proposed Cllr X, seconded Cllr Y, all in favour)", "On the proposal of
// …"; "For 6, Against 3, Abstain 1", "8 for, 0 against, 2 abstentions", "by 9 votes to 3", "with 20
// voting in favour, 1 against and 2 abstaining", "FOR: 6" / "AGAINST: 3" on lines of their own,
// "(Cllrs A, B and C voting for; Cllr D abstaining)", and recorded votes naming each side.
import type { ImportVotes } from '../../shared/importing';
import { HONORIFIC, NAME, peopleFromList, roleWords, splitHonorific } from './people';
import { sentencesOf } from './text';

const namePattern = String.raw`((?:${HONORIFIC}\s+)+${NAME})`;
/** After "proposed by" or "seconded by" a name needs no honorific: "Proposed by Isla Mackintosh". */
const byName = String.raw`((?:${HONORIFIC}\s+)*${NAME})`;
const moverPatterns = [
  new RegExp(
    String.raw`\b(?:moved|proposed|Moved|Proposed|MOVED|PROPOSED)\s+by\s*:?\s+(?:the\s+)?${byName}`,
    'u',
  ),
  new RegExp(String.raw`\b(?:moved|proposed|Moved|Proposed|MOVED|PROPOSED)\s*:?\s+${namePattern}`, 'u'),
  new RegExp(String.raw`\b(?:Mover|Proposer)\s*[:–—-]\s*${byName}`, 'u'),
  new RegExp(String.raw`\b[Oo]n the (?:proposal|motion) of\s+(?:the\s+)?${byName}`, 'u'),
];
const seconderPatterns = [
  new RegExp(String.raw`\b(?:seconded|Seconded|SECONDED)\s+by\s*:?\s+(?:the\s+)?${byName}`, 'u'),
  new RegExp(String.raw`\b(?:seconded|Seconded|SECONDED)\s*:?\s+${namePattern}`, 'u'),
  new RegExp(String.raw`\bSeconder\s*[:–—-]\s*${byName}`, 'u'),
];
/** "Councillor X introduced the report and moved …", "Councillor X, seconded by Y, moved that". */
const startsMover = new RegExp(
  String.raw`^${namePattern}\b[^.]*?\b(?:moved|proposed|Moved|Proposed|MOVED|PROPOSED)\b(?!\s+by)(?!\s+as an amendment)`,
  'u',
);
const openingPhrase = /^(?:Following|After|Upon|On|Having)\b[^,]{0,60},\s+(?=\p{Lu})/u;
/** "… and Councillor Y seconded": the name nearest before "seconded". */
const beforeSeconded = new RegExp(
  String.raw`${namePattern}\s*,?\s+(?:then\s+)?(?:seconded|Seconded|SECONDED)\b(?!\s+by)`,
  'gu',
);

const voteAfterName =
  /\s+(?:Unanimous(?:ly)?|UNANIMOUS(?:LY)?|Carried|CARRIED|Agreed|AGREED|All(?:\s+in\s+favour)?|For|FOR|Vote[sd]?)\b.*$/;
const office = /^(?:Chair|Chairman|Convener|Mayor|Leader)$/i;
const sentenceLabel = /^(?:\d{1,3}\.\d{1,2}\.?|\(?[a-z0-9]{1,3}[.)])\s+/i;
const amendment = /\bamendment\b/i;
const movingWords = /mov|propos|motion/i;
const secondingWord = /second/i;
const anyMoverWord = /mov|propos|second|motion/i;

/** A person's name, not an office ("the Convener", "the Mayor") or a body. */
const nameOnly = (match: string | undefined): string | undefined => {
  if (!match) return undefined;
  // "Seconded: Cllr. O'Neill   Unanimous": what the vote was is not the name.
  const { name } = splitHonorific(match.replace(voteAfterName, ''));
  return !name || roleWords.test(name) || office.test(name) ? undefined : name;
};

/** Who moved and who seconded, as a paragraph says. An amendment's mover is not the decision's. */
export function moverAndSeconder(text: string): { mover?: string; seconder?: string } {
  const found: { mover?: string; seconder?: string } = {};
  // Every pattern below needs one of these words: most paragraphs have none, and are not split.
  if (!anyMoverWord.test(text)) return found;
  for (const raw of sentencesOf(text)) {
    const sentence = raw.replace(sentenceLabel, '');
    if (amendment.test(sentence)) continue;
    // The mover's patterns all need moved/proposed/mover/proposer/proposal/motion, the seconder's "second…".
    const moving = movingWords.test(sentence);
    const seconding = secondingWord.test(sentence);
    if (moving) for (const pattern of moverPatterns) found.mover ??= nameOnly(pattern.exec(sentence)?.[1]);
    if (seconding)
      for (const pattern of seconderPatterns) found.seconder ??= nameOnly(pattern.exec(sentence)?.[1]);
    // "Following discussion, Councillor X, seconded by Councillor Y, moved that …".
    if (moving) found.mover ??= nameOnly(startsMover.exec(sentence.replace(openingPhrase, ''))?.[1]);
    if (!found.seconder && seconding) {
      const all = [...sentence.matchAll(beforeSeconded)];
      found.seconder = nameOnly(all.at(-1)?.[1]);
    }
  }
  return {
    ...(found.mover ? { mover: found.mover } : {}),
    ...(found.seconder ? { seconder: found.seconder } : {}),
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
const count = (word: string | undefined): number =>
  word === undefined ? 0 : /^\d+$/.test(word) ? Number(word) : (numberWords[word.toLowerCase()] ?? 0);
const N = String.raw`(\d{1,4}|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
const members = String.raw`(?:\s+(?:Members?|Councillors?|votes?))?`;
const abstaining = String.raw`(?:abstentions?|abstained|abstaining|abstain)`;

const figurePatterns: RegExp[] = [
  // For: 6, Against: 3, Abstentions: 1   /  (For 6; Against 3; Abstain 1)
  new RegExp(
    String.raw`\bFor\s*[:–—-]?\s*${N}[\s,;]+(?:and\s+)?Against\s*[:–—-]?\s*${N}(?:[\s,;]+(?:and\s+)?${abstaining}\s*[:–—-]?\s*${N})?`,
    'i',
  ),
  // 8 for, 2 against, 1 abstention / 6 votes in favour and 3 against / 20 voting in favour, 1 against and 2 abstaining
  new RegExp(
    String.raw`\b${N}${members}\s+(?:voted\s+|voting\s+)?(?:for|in favour)\b(?:\s+of\s+the\s+\w+)?[\s,;]*(?:and\s+|with\s+)?${N}${members}\s+(?:voted\s+|voting\s+)?against\b(?:[\s,;]*(?:and\s+|with\s+)?${N}${members}\s+(?:voted\s+)?${abstaining})?`,
    'i',
  ),
  // 5 in favour, 1 abstention
  new RegExp(
    String.raw`\b${N}${members}\s+(?:voting\s+)?in favour\b[\s,;]*(?:and\s+|with\s+)?${N}${members}\s+${abstaining}`,
    'i',
  ),
  // carried by 6 votes to 3 (with 1 abstention)
  new RegExp(String.raw`\bby\s+${N}\s+votes?\s+to\s+${N}(?:[^.\d]{0,30}?${N}\s+${abstaining})?`, 'i'),
];

export function votesIn(text: string): ImportVotes | null {
  // The figures' patterns each need "against", "in favour" or "vote": most paragraphs have none.
  const figures = /against|favour|vote/i.test(text);
  for (const [index, pattern] of figures ? figurePatterns.entries() : []) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (index === 2) return { for: count(match[1]), against: 0, abstain: count(match[2]) };
    return { for: count(match[1]), against: count(match[2]), abstain: count(match[3]) };
  }
  // "(Cllrs A, B and C voting for; Cllr D abstaining)": the names on each side, counted.
  // Only where those words are there at all: the pattern, tried on every paragraph, is slow.
  const sides = /voting (?:for|against)|abstain/i.test(text)
    ? [...text.matchAll(/([^;()]+?)\s+(voting for|voting against|abstaining|abstained)\b/gi)]
    : [];
  if (sides.length > 0) {
    const votes: ImportVotes = { for: 0, against: 0, abstain: 0 };
    for (const [, names = '', side = ''] of sides) {
      const n = peopleFromList(names).length;
      if (/for/i.test(side)) votes.for += n;
      else if (/against/i.test(side)) votes.against += n;
      else votes.abstain += n;
    }
    return votes.for + votes.against + votes.abstain > 0 ? votes : null;
  }
  return null;
}

const recordedLine =
  /^(For|Against|Abstain(?:ed|ing)?|Abstentions?)(?:\s+the\s+(?:motion|recommendations?|amendment|proposal))?\s*(?:\((\d{1,4})\))?\s*[:–—-]\s*(.+)$/i;

/** "For: Councillors A, B and C" in a recorded vote, or "FOR: 6" on its own line: the side and who or how many. */
export function recordedVoteLine(
  text: string,
): { side: 'for' | 'against' | 'abstain'; names: string[]; count: number | null } | null {
  const match = recordedLine.exec(text);
  if (!match) return null;
  // "For the motion" and "For the amendment" choose between two proposals; they are not for and against.
  if (/\b(?:motion|amendment)\b/i.test(match[0].slice(0, 40))) return null;
  const side = /^for$/i.test(match[1]!) ? 'for' : /^against$/i.test(match[1]!) ? 'against' : 'abstain';
  const rest = match[3]!.trim();
  const figure = /^(\d{1,4}|none|nil|no one|nobody)\.?$/i.exec(rest);
  if (figure) return { side, names: [], count: /^\d/.test(figure[1]!) ? Number(figure[1]) : 0 };
  // "For (41): Councillors A, B and others": the number printed counts, the names are as printed.
  const names = peopleFromList(rest.replace(/\s*(?:,|and)\s+others\b.*$/i, '')).map((person) => person.name);
  const count = match[2] ? Number(match[2]) : null;
  return names.length || count !== null ? { side, names, count } : null;
}

/** A paragraph that is only vote figures, which a decision block absorbs. */
export const onlyFigures = (text: string): boolean =>
  text.length < 160 &&
  votesIn(text) !== null &&
  !/\b(?:RESOLVED|AGREED|RECOMMENDED)\b/.test(text) &&
  !/\b(?:that|be|was|were)\b/i.test(text.replace(/\bthe vote\b/i, '')) &&
  !/voting (?:for|against)|abstaining/i.test(text);

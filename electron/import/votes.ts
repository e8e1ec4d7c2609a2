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
/** "the Lord Mayor (Councillor Hargey)", "the Deputy Mayor (Alderman Ives)": the office, then the name in brackets. */
const officeThenName = String.raw`(?:the\s+)?(?:Right\s+Honourable\s+the\s+)?(?:[\p{Lu}][\p{L}-]*\s+){1,4}\(((?:${HONORIFIC}\s+)+${NAME})\)`;
const moverPatterns = [
  new RegExp(String.raw`\b(?:moved|proposed|Moved|Proposed|MOVED|PROPOSED)\s+by\s+${officeThenName}`, 'u'),
  new RegExp(
    String.raw`\b(?:moved|proposed|Moved|Proposed|MOVED|PROPOSED)\s+by\s*:?\s+(?:the\s+)?${byName}`,
    'u',
  ),
  new RegExp(String.raw`\b(?:moved|proposed|Moved|Proposed|MOVED|PROPOSED)\s*:?\s+${namePattern}`, 'u'),
  new RegExp(String.raw`\b(?:Mover|Proposer)\s*[:–—-]\s*${byName}`, 'u'),
  // The clerk's short forms: "Prop: Cllr A   Sec: Cllr B", "Prop'd Cllr A".
  new RegExp(String.raw`\b(?:Prop|PROP)(?:'d|’d|\.)?\s*[:–—-]?\s*${namePattern}`, 'u'),
  new RegExp(String.raw`\b[Oo]n the (?:proposal|motion) of\s+(?:the\s+)?${byName}`, 'u'),
  // "On the motion of the Lord Mayor (Councillor X)", "On a motion by Councillor X", "a motion by Cllr X, seconded by …".
  new RegExp(String.raw`\b[Oo]n the (?:proposal|motion) of\s+${officeThenName}`, 'u'),
  new RegExp(String.raw`\b(?:[Oo]n\s+)?(?:a|the)\s+(?:motion|proposal)\s+(?:by|from)\s+${namePattern}`, 'u'),
];
const seconderPatterns = [
  new RegExp(String.raw`\b(?:seconded|Seconded|SECONDED)\s+by\s+${officeThenName}`, 'u'),
  new RegExp(String.raw`\b(?:seconded|Seconded|SECONDED)\s+by\s*:?\s+(?:the\s+)?${byName}`, 'u'),
  new RegExp(String.raw`\b(?:seconded|Seconded|SECONDED)\s*:?\s+${namePattern}`, 'u'),
  new RegExp(String.raw`\bSeconder\s*[:–—-]\s*${byName}`, 'u'),
  new RegExp(String.raw`\b(?:Sec|SEC)(?:'d|’d|\.)?\s*[:–—-]?\s*${namePattern}`, 'u'),
];
/**
 * "On the motion of Councillors Karr and Lyle", "moved by Cllrs Karr and Lyle": two names after a plural
 * honorific are the mover and then the seconder.
 */
const pairMoved = new RegExp(
  String.raw`\b(?:[Oo]n the (?:proposal|motion) of|(?:moved|proposed|Moved|Proposed)\s+by)\s+(?:Councillors|Cllrs\.?|Aldermen|Bailies)\s+(${NAME})\s+and\s+(${NAME})`,
  'u',
);
/** "Councillor X introduced the report and moved …", "Councillor X, seconded by Y, moved that". */
const startsMover = new RegExp(
  String.raw`^${namePattern}\b[^.]*?\b(?:moved|proposed|Moved|Proposed|MOVED|PROPOSED)\b(?!\s+by)(?!\s+as an amendment)`,
  'u',
);
const openingPhrase = /^(?:Following|After|Upon|On|Having)\b[^,]{0,60},\s+(?=\p{Lu})/u;
/** "Thereafter, Councillor X …", "The Leader of the Council, Councillor X, moved": words before the name. */
const beforeName = new RegExp(String.raw`^[^,]{2,60},\s+(?=(?:${HONORIFIC})\s)`, 'u');
/** "Easterby proposed refusal": a surname alone, then the verb. */
const surnameMover = new RegExp(
  String.raw`^(?!(?:Members?|Officers?|Councillors|Council|Committee|Cabinet|Board|Panel|It|This|He|She|They|We|Everyone|All)\b)(${NAME})\s+(?:proposed|moved)\b(?!\s+by)(?!\s+as an amendment)`,
  'u',
);
/** "Motion (Bailie C Rintoul):" — a motion's heading naming who moved it. */
const motionOf = new RegExp(String.raw`^Motion\s*\(\s*${byName}\s*\)`, 'u');
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
const movingWords = /mov|prop|motion/i;
const secondingWord = /sec/i;
const anyMoverWord = /mov|prop|sec|motion/i;
/** Words each pattern above needs, tested before it (a superset of what the pattern matches). */
const movedOrProposed = /moved|proposed/i;
const secondedWord = /seconded/i;
/** The rest of the words the patterns need, as they spell them: "Mover", "Proposer", "Prop", "Sec", "Seconder", "On the motion of", "Motion (…)". */
const casedMoverWord = /Mover|Prop|PROP|n the (?:proposal|motion) of|Sec|SEC|Motion/;
type Gate = (sentence: string, verb: boolean) => boolean;
const moverGates: Gate[] = [
  (_, verb) => verb,
  (_, verb) => verb,
  (_, verb) => verb,
  (sentence) => sentence.includes('Mover') || sentence.includes('Proposer'),
  (sentence) => sentence.includes('Prop') || sentence.includes('PROP'),
  (sentence) => sentence.includes('n the proposal of') || sentence.includes('n the motion of'),
  (sentence) => sentence.includes('n the proposal of') || sentence.includes('n the motion of'),
  (sentence) => / (?:motion|proposal) (?:by|from) /.test(sentence),
];
const seconderGates: Gate[] = [
  (_, seconded) => seconded,
  (_, seconded) => seconded,
  (_, seconded) => seconded,
  (sentence) => sentence.includes('Seconder'),
  (sentence) => sentence.includes('Sec') || sentence.includes('SEC'),
];

// Made once: esbuild writes a \p{…} pattern as `new RegExp(…)`, which in a function runs on every call.
const civicOffice =
  /^(?:(?:Metro|Lord|Deputy|City|Civic|Elected)\s+)?(?:Mayor|Provost|Lord Provost)\s+(?=\p{Lu})/u;
const fullStopAfterWord = /(?<=\p{L}{2})\.$/u;

/** A person's name, not an office ("the Convener", "the Mayor") or a body. */
const nameOnly = (match: string | undefined): string | undefined => {
  if (!match) return undefined;
  // "Seconded: Cllr. O'Neill   Unanimous": what the vote was is not the name.
  // "Seconded: Cllr Hall." — the sentence's full stop is not the name's (an initial's is: "A. B.").
  // A column gap, or the next label ("Prop: Cllr A   Sec: Cllr B"), ends the name.
  const own = match
    .replace(civicOffice, '')
    .split(/\s{2,}|\t|\s+(?=(?:Sec|Prop|SEC|PROP)(?:'d|’d|\.)?(?:\s*:|$))/)[0]!;
  const { name } = splitHonorific(own.replace(voteAfterName, '').replace(fullStopAfterWord, ''));
  return !name || roleWords.test(name) || office.test(name) ? undefined : name;
};

/** Who moved and who seconded, as a paragraph says. An amendment's mover is not the decision's. */
export function moverAndSeconder(text: string): { mover?: string; seconder?: string } {
  const found: { mover?: string; seconder?: string } = {};
  // Every pattern below needs one of these words: most paragraphs have none, and are not split.
  if (!anyMoverWord.test(text)) return found;
  // Nor is one without a word some pattern needs ("The proposal would …" has none).
  if (!movedOrProposed.test(text) && !secondedWord.test(text) && !casedMoverWord.test(text)) return found;
  for (const raw of sentencesOf(text)) {
    const sentence = raw.replace(sentenceLabel, '');
    if (amendment.test(sentence)) continue;
    // The mover's patterns all need moved/proposed/mover/proposer/proposal/motion, the seconder's "second…".
    const moving = movingWords.test(sentence);
    const seconding = secondingWord.test(sentence);
    // Each pattern is tried only where the words it needs are in the sentence ("moved" or "proposed",
    // "Mover", "Prop", "on the proposal of", "seconded", "Sec" …): "The proposal would …" meets none.
    const verb = moving && movedOrProposed.test(sentence);
    const seconded = seconding && secondedWord.test(sentence);
    const pair =
      !found.mover &&
      moving &&
      (verb || sentence.includes('n the motion of') || sentence.includes('n the proposal of'))
        ? pairMoved.exec(sentence)
        : null;
    if (pair) {
      found.mover = nameOnly(pair[1]);
      found.seconder ??= nameOnly(pair[2]);
    }
    if (moving) {
      for (let k = 0; k < moverPatterns.length; k++) {
        if (found.mover || !moverGates[k]!(sentence, verb)) continue;
        found.mover = nameOnly(moverPatterns[k]!.exec(sentence)?.[1]);
      }
    }
    if (seconding) {
      for (let k = 0; k < seconderPatterns.length; k++) {
        if (found.seconder || !seconderGates[k]!(sentence, seconded)) continue;
        found.seconder = nameOnly(seconderPatterns[k]!.exec(sentence)?.[1]);
      }
    }
    // "Following discussion, Councillor X, seconded by Councillor Y, moved that …".
    if (verb) {
      found.mover ??= nameOnly(startsMover.exec(sentence.replace(openingPhrase, ''))?.[1]);
      found.mover ??= nameOnly(startsMover.exec(sentence.replace(beforeName, ''))?.[1]);
      found.mover ??= nameOnly(surnameMover.exec(sentence)?.[1]);
    }
    if (moving && sentence.startsWith('Motion')) found.mover ??= nameOnly(motionOf.exec(sentence)?.[1]);
    if (!found.seconder && seconded) {
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
const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70 };
const count = (word: string | undefined): number => {
  if (word === undefined) return 0;
  if (/^\d+$/.test(word)) return Number(word);
  // "thirty-one": the tens and the unit.
  const [ten = '', unit] = word.toLowerCase().split(/[-\s]/);
  if (tens[ten] !== undefined) return tens[ten] + (unit ? (numberWords[unit] ?? 0) : 0);
  return numberWords[word.toLowerCase()] ?? 0;
};
const N = String.raw`(\d{1,4}|no|none|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const members = String.raw`(?:\s+(?:Members?|Councillors?|votes?))?`;
const abstaining = String.raw`(?:abstentions?|abstained|abstaining|abstain)`;

/** "For the motion: 20; Against the motion: 15" — one proposal's two sides (not a motion against its amendment). */
const side = String.raw`(?:\s+(?:of\s+)?the\s+(?:motion|recommendations?|proposals?))?`;

/** Between one side's figure and the next: ", ", "; and ", or another language's word ("Yn erbyn / "). */
const gap = String.raw`(?:[\s,;/|]+(?:and\s+)?|[\s,;]+[^\d:;,.]{1,20}?\/\s*)`;

const figurePatterns: RegExp[] = [
  // For: 6, Against: 3, Abstentions: 1   /  (For 6; Against 3; Abstain 1)  /  FOR - 18 Members; AGAINST - 5 Members
  // /  FOR (12)  AGAINST (8)  ABSTAINED (1),
  // a recorded vote's column heads
  new RegExp(
    String.raw`\b(?:For|In favour)${side}\s*[:–—-]?\s*\(?${N}\)?${members}${gap}Against${side}\s*[:–—-]?\s*\(?${N}\)?${members}(?:${gap}${abstaining}\s*[:–—-]?\s*\(?${N})?`,
    'i',
  ),
  // 8 for, 2 against, 1 abstention / 6 votes in favour and 3 against / 20 voting in favour, 1 against and 2 abstaining
  new RegExp(
    String.raw`\b${N}${members}\s+(?:voted\s+|voting\s+)?(?:for|in favour)\b(?:\s+(?:of\s+)?the\s+\w+)?[\s,;]*(?:and\s+|with\s+)?${N}${members}\s+(?:voted\s+|voting\s+)?against\b(?:[\s,;]*(?:and\s+|with\s+)?${N}${members}\s+(?:voted\s+)?${abstaining})?`,
    'i',
  ),
  // 5 in favour, 1 abstention
  new RegExp(
    String.raw`\b${N}${members}\s+(?:voting\s+)?in favour\b[\s,;]*(?:and\s+|with\s+)?${N}${members}\s+${abstaining}`,
    'i',
  ),
  // carried by 6 votes to 3 (with 1 abstention), "by a majority of 6 votes to 3", "carried 6 votes to 3"
  // "by 24 votes, to 10 votes, with 1 abstention": the second figure may repeat "votes", after a comma.
  new RegExp(
    String.raw`\b${N}\s+votes?,?\s+to\s+${N}(?:\s+votes?)?(?:[^.\d]{0,30}?${N}\s+${abstaining})?`,
    'i',
  ),
  // "the vote was 6 to 3 with 1 abstention", "carried 8 to 2": a vote's word before the two figures.
  new RegExp(
    String.raw`\b(?:vote|voting|carried|lost|defeated)\b[^.\d]{0,20}?\b${N}\s+to\s+${N}\b(?:[^.\d]{0,30}?${N}\s+${abstaining})?`,
    'i',
  ),
];

const voteWords = /against|favour|vot|carried|lost|defeated|abstain/i;

export function votesIn(text: string): ImportVotes | null {
  // Every way of giving a vote below says one of these words: a paragraph with none (most) gave none,
  // and is looked at once rather than by the figures' test and the sides' test in turn.
  if (!voteWords.test(text)) return null;
  // The figures' patterns each need "against", "in favour", "vote" or the outcome: most paragraphs have none.
  const figures = /against|favour|vote|carried|lost|defeated/i.test(text);
  for (const [index, pattern] of figures ? figurePatterns.entries() : []) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (index === 2) return { for: count(match[1]), against: 0, abstain: count(match[2]) };
    return { for: count(match[1]), against: count(match[2]), abstain: count(match[3]) };
  }
  // "(Cllrs A, B and C voting for; Cllr D abstaining)": the names on each side, counted.
  // Only where those words are there at all: the pattern, tried on every paragraph, is slow.
  const sides = /vot(?:ing|ed) (?:for|against)|abstain/i.test(text)
    ? [...text.matchAll(/([^;().:]+?)\s+(vot(?:ing|ed) for|vot(?:ing|ed) against|abstaining|abstained)\b/gi)]
    : [];
  // "Councillor X voted against the motion" alone is one member's stand, not the division: "voted"
  // counts only where the text names both sides.
  const past = sides.length > 0 && sides.every(([, , side = '']) => /^voted/i.test(side));
  if (past && new Set(sides.map(([, , side = '']) => side.toLowerCase())).size < 2) return null;
  // "(Councillor X abstained from voting on this item.)": one member's abstention is not the vote.
  if (sides.length > 0 && sides.every(([, , side = '']) => /^abstain/i.test(side))) return null;
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

/** "Those voting for", "Members who voted against", "Voting for", "In favour": a side of a recorded vote. */
// "There voted for the motion:", "There abstained from voting:": the older form of a recorded vote's sides.
const sideWords = String.raw`(?:(?:Those|Members|Councillors|Cllrs)\s+(?:voting|who\s+voted)\s+|Voting\s+|Votes?\s+|There\s+voted\s+|There\s+)?(For|In\s+favour|Against|Abstain(?:ed|ing)?(?:\s+from\s+voting)?|Abstentions?)`;
const sideHeading = new RegExp(
  String.raw`^${sideWords}\s*(?:\((\d{1,4})(?:\s+(?:Councillors|Members|votes))?\)|(\d{1,4}))\s*:?$`,
  'i',
);
/** What a side voted on: "For the motion", "Against the recommendation", "For refusal", "For approval". */
const proposalWords = String.raw`(?:\s+the\s+(?:motion|recommendations?|amendment|proposal|application|minutes?)|\s+(?:refusal|approval))?`;
const recordedLine = new RegExp(
  String.raw`^${sideWords}${proposalWords}\s*(?:\((\d{1,4})\))?\s*[:–—-]\s*(.+)$`,
  'i',
);
/** A side's heading alone, its names in the paragraph below: "For:", "There voted against the motion:". */
const sideAlone = new RegExp(String.raw`^${sideWords}${proposalWords}\s*(?::-?|[–—-])?$`, 'i');
/** "Councillors A, B and C ........ 3": the names, dots to the margin, and their count. */
const dotLeaders = /\s*(?:\.\s?){3,}\s*(\d{1,4})\.?$/;

/**
 * A recorded vote's side set as a heading over its names ("For:" / "Councillors A, B and C"): the
 * two paragraphs as one line, "For: Councillors A, B and C"; null where `text` is not such a heading.
 */
export function sideOverNames(text: string, next: string | undefined): string | null {
  if (text.length > 60 || !next || next.length > 2000 || !sideAlone.test(text)) return null;
  if (sideAlone.test(next) || !/^(?:Councillors?|Cllrs?\.?|Members?|None|Nil)\b/i.test(next)) return null;
  return `${text.replace(/\s*(?::-?|[–—-])$/, '')}: ${next}`;
}

const sideOf = (word: string): 'for' | 'against' | 'abstain' =>
  /^(?:for|in\s+favour)$/i.test(word) ? 'for' : /^against$/i.test(word) ? 'against' : 'abstain';

/** "For: Councillors A, B and C" in a recorded vote, or "FOR: 6" on its own line: the side and who or how many. */
export function recordedVoteLine(
  text: string,
): { side: 'for' | 'against' | 'abstain'; names: string[]; count: number | null } | null {
  // "For (51 Councillors)" on its own line over the names: the side and its count.
  const heading = sideHeading.exec(text);
  if (heading) {
    return { side: sideOf(heading[1]!), names: [], count: Number(heading[2] ?? heading[3]) };
  }
  const match = recordedLine.exec(text);
  if (!match) return null;
  // "For the motion" and "For the amendment" choose between two proposals; they are not for and against
  // ("There voted for the motion" and "… against the motion" are one motion's two sides).
  const opening = match[0].slice(0, 40);
  if (/\bamendment\b/i.test(opening) || (/\bmotion\b/i.test(opening) && !/^There\b/i.test(opening)))
    return null;
  const side = sideOf(match[1]!);
  const leaders = dotLeaders.exec(match[3]!);
  const rest = match[3]!.replace(dotLeaders, '').trim();
  const figure = /^(\d{1,4}|none|nil|no one|nobody)\.?$/i.exec(rest);
  if (figure) return { side, names: [], count: /^\d/.test(figure[1]!) ? Number(figure[1]) : 0 };
  // "For (41): Councillors A, B and others": the number printed counts, the names are as printed.
  const names = peopleFromList(rest.replace(/\s*(?:,|and)\s+others\b.*$/i, '')).map((person) => person.name);
  const count = match[2] ? Number(match[2]) : leaders ? Number(leaders[1]) : null;
  return names.length || count !== null ? { side, names, count } : null;
}

/** A paragraph that is only vote figures, which a decision block absorbs. */
export const onlyFigures = (text: string): boolean =>
  text.length < 160 &&
  votesIn(text) !== null &&
  !/\b(?:RESOLVED|AGREED|RECOMMENDED)\b/.test(text) &&
  !/\b(?:that|be|was|were)\b/i.test(text.replace(/\bthe vote\b/i, '')) &&
  !/voting (?:for|against)|abstaining/i.test(text);

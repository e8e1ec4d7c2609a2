// What a paragraph says, looked at once: which of the words the parser's slower patterns need are in
// it. Most of a meeting's paragraphs are narrative, and each used to be scanned by a dozen patterns,
// one for each rule that asks "does it say 'moved' (or 'against', 'resolved', 'declared') at all?".
// One scan now answers all of them, kept for the paragraph while the text is parsed, and a rule tries
// its own pattern only where its words are there. The answers are exact: a bit is set where, and only
// where, the rule's own guard (written beside each bit) would have matched.

/** Bits of `wordsIn`. */
export const WORDS = {
  /** /mov|propos|second|motion/i: a mover's or a seconder's words (votes.ts). */
  mover: 1,
  /** /against|favour|vote/i: vote figures (votes.ts). */
  figures: 2,
  /** /voting|abstain/i: sides of a vote (votes.ts, before /voting (?:for|against)|abstain/i). */
  sides: 4,
  /** /resolved|agreed|recommended|decided/i: a decision's keyword (decisionHead.ts). */
  keyword: 8,
  /** /action/i: an action (item.ts). */
  action: 16,
  /** /declared/i: a declaration of interest (declarations.ts). */
  declared: 32,
  /** /following/i: "the following declarations … were made" (declarations.ts, before its pattern). */
  following: 64,
  /** /apolog/i: apologies (itemAttendance.ts). */
  apolog: 128,
} as const;

// No word here is the start of another, so at each place at most one matches, and a scan that goes on
// from the character after each match's start finds every place each of them is.
const words =
  /mov|propos|second|motion|against|favour|vote|voting|abstain|resolved|agreed|recommended|decided|action|declared|following|apolog/gi;

const bitOf: Record<string, number> = {
  mov: WORDS.mover,
  propos: WORDS.mover,
  second: WORDS.mover,
  motion: WORDS.mover,
  against: WORDS.figures,
  favour: WORDS.figures,
  vote: WORDS.figures,
  voting: WORDS.sides,
  abstain: WORDS.sides,
  resolved: WORDS.keyword,
  agreed: WORDS.keyword,
  recommended: WORDS.keyword,
  decided: WORDS.keyword,
  action: WORDS.action,
  declared: WORDS.declared,
  following: WORDS.following,
  apolog: WORDS.apolog,
};

/** The answers for the paragraphs seen in this parse. */
let seen = new Map<string, number>();
/** A bound on what is kept, for callers outside a parse (which starts with `forgetWords`). */
const KEEP = 50_000;

/** Which of the words in `WORDS` a text contains: one scan, remembered for the same text. */
export function wordsIn(text: string): number {
  const known = seen.get(text);
  if (known !== undefined) return known;
  let found = 0;
  words.lastIndex = 0;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    found |= bitOf[match[0].toLowerCase()] ?? 0;
    words.lastIndex = match.index + 1;
  }
  if (seen.size >= KEEP) seen = new Map();
  seen.set(text, found);
  return found;
}

/** Whether a text contains any of the words of `bits` (an OR of `WORDS`). */
export const says = (text: string, bits: number): boolean => (wordsIn(text) & bits) !== 0;

/** Starts a parse afresh: the last text's paragraphs are not kept. */
export function forgetWords(): void {
  seen = new Map();
}

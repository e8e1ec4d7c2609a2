// Exempt items: an item marked so in its title ("(EXEMPT)", "(E)", "Part 2", "Exempt information –
// paragraph 14"), one "considered in private", and the items the resolution excluding the public
// covers — the ones it names ("during consideration of Item 9"), the next one ("the following item"),
// the next few ("the following two items"), or all that follow ("the following items", "the remainder
// of the meeting", a "PART 2" banner) until the public are readmitted. The resolution itself is public
// business. The Schedule 12A paragraph is the first the exclusion (or the title) cites; exclusions
// under Scottish, Northern Irish or 1960 Act law cite none.
import type { ImportItem } from '../../shared/importing';
import { exemptParagraphs } from '../../shared/domain';
import type { ExemptBasis } from '../../shared/exemptBasis';
import { citesScottishLaw, paragraph7A, paragraphsByItem, titleParagraph7A, valid7A } from './exemptLaw';

const numberWords: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
};
const spelledParagraph =
  /\b(paragraphs?|categor(?:y|ies)|and)(\s+)(one|two|three|four|five|six|seven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b/gi;
/** "paragraphs one and four", "paragraph three": a paragraph's number written as a word, as a figure. */
export const inFigures = (text: string): string =>
  /\bparagraph|\bcategor/i.test(text)
    ? text.replace(spelledParagraph, (_, word: string, space: string, n: string) => `${word}${space}${numberWords[n.toLowerCase()]}`)
    : text;

/** The first Schedule 12A paragraph a text cites, before or after the schedule's name. */
export function paragraphCited(given: string): number | null {
  const text = inFigures(given);
  // "paragraph 3", "paragraphs 1 and 3", "Category 3" (as some Welsh and English councils call them).
  const before =
    /(?:paragraphs?|categor(?:y|ies)),?\s+(\d{1,2})\b[^.]{0,160}?Sch(?:edule|\.)?\s*12\s*\(?A\)?/i.exec(text);
  const after =
    /Sch(?:edule|\.)?\s*12\s*\(?A\)?[^.]{0,240}?\(?\b(?:paragraphs?|categor(?:y|ies)),?\s+(\d{1,2})\b/i.exec(
      text,
    );
  return validParagraph((before ?? after)?.[1]);
}

/** Another law's exclusion: Scotland's Schedule 7A, Northern Ireland's Schedule 6, the 1960 Act. */
const otherLaw =
  /\bSch(?:edule|\.)\s*(?:7\s*\(?A\)?|6)\b|\b1960\b|\(Scotland\)|\(Northern Ireland\)|\bsection 42\b/i;

/**
 * The paragraph an exclusion cites without naming Schedule 12A: "paragraphs 1 and 2, Access to
 * Information Procedure Rules", "Category 3 of the Access to Information Procedure Rules" — never
 * where another law's schedule is named.
 */
export function paragraphLoose(given: string): number | null {
  if (otherLaw.test(given)) return null;
  const text = inFigures(given);
  return validParagraph(/\b(?:paragraphs?|categor(?:y|ies)),?\s+(\d{1,2})\b(?![.\d])/i.exec(text)?.[1]);
}

export const validParagraph = (text: string | undefined): number | null => {
  const n = Number(text);
  return (exemptParagraphs as readonly number[]).includes(n) ? n : null;
};

/** An exclusion under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, which has no paragraphs. */
const underAct1960 = /\bAdmission to Meetings\)?\s+Act,?\s+1960\b|\b1960 Act\b/i;

/** Words that resolve (or record) the exclusion of the public, however a council phrases it. */
// "the press and public", "the public and press", "public/press".
const who = String.raw`(?:(?:the\s+)?(?:members of the\s+)?(?:press|public)(?:(?:\s+and\s+|\s*[/&]\s*)(?:the\s+)?(?:members of the\s+)?(?:press|public))?)`;
export const excludes = new RegExp(
  [
    // "the press and public be excluded", "public were duly excluded", "to exclude the press and public"
    String.raw`\b${who}\s+(?:be|were|was|are|is|being)\s+(?:(?!not\b)\w+\s+)?excluded\b`,
    String.raw`\bexclude\s+${who}\b`,
    // "considered in the absence of the press and public", "taken with the press and public excluded"
    String.raw`\bin the absence of (?:the )?(?:members of the )?(?:press and (?:the )?public|public and (?:the )?press)\b`,
    // "be considered 'in committee'", "proceed to conduct the following business 'In Committee'"
    String.raw`\b(?:take|taken|consider|considered|conduct|conducted|deal with|dealt with|transact|transacted)\b[^.;]{0,60}?['‘’"]in committee\b`,
    String.raw`\bwith ${who} excluded\b`,
    // "were asked to leave", "be asked to withdraw", "they are instructed to withdraw"
    String.raw`\b(?:${who}|they)\s+(?:be|were|was|are|is)\s+(?:(?!not\b)\w+\s+)?(?:asked|invited|requested|instructed)\s+to\s+(?:leave|withdraw)\b`,
    // "be taken in private", "take the following item in private", "heard in closed session"
    String.raw`\b(?:take|taken|took|consider|considered|hear|heard|deal with|dealt with)\b[^.;]{0,60}?\bin (?:private|closed|confidential)(?: session)?\b`,
    String.raw`\b(?:be|were|was) (?:taken|considered|dealt with) (?:as confidential business|in confidence|as exempt business)\b`,
    // "moved 'In Committee'", "the Council went 'In Committee'", "proceeded in committee"
    String.raw`\b(?:move[sd]?|went|go|goes|going|proceed(?:ed)?)\s+['‘’"]?in committee\b`,
    String.raw`\b(?:go|goes|went|moved?|going) into (?:closed|private|confidential) session\b`,
    String.raw`\b(?:go|goes|went|moved?|going) into ['‘’"]?(?:in )?committee\b`,
    // "proceed to conduct the following business in committee" (Northern Ireland), quoted or not
    String.raw`\b(?:conduct|take|consider|deal with|transact)\b[^.;]{0,30}?\b(?:following|remaining|next)\s+(?:business|items?|matters?)\s+['‘’"]?in committee\b`,
    // "The press and public left the meeting", "press and public withdrew from the Chamber"
    String.raw`\b(?:the\s+)?(?:press and (?:the )?public|public and (?:the )?press)\s+(?:then\s+)?(?:left|withdrew from)\s+the\s+(?:meeting|chamber|room)\b`,
  ].join('|'),
  'i',
);
/**
 * A word every one of `excludes`' phrasings has ("excluded", "absence", "committee", "leave", "left",
 * "withdraw", "private", "closed", "confidential", "exempt"): the long pattern is tried only where one
 * is, and most items' text has none.
 */
const mayExclude = /exclu|absence|committee|leave|left|withdr|private|closed|confiden|exempt/i;
/** Both of `notExcluded`'s phrasings say "exclude", "excluded" or "exclusion". */
const saysExclu = /exclu/i;
/** Every banner `partTwo` and `partOne` read is a word of four capitals or more ("PART", "SESSION"). */
const fourCapitals = /[A-Z]{4}/;
const exclusionTitle =
  /\bexclusion of\b|\bexempt business\b|\baccess to information\b|\bpublic interest test\b|\brestricted items?\b|\bprivate business\b|\bitems? in private\b|^in committee$|\bopen session\b|\bconsidered in public\b/i;
const titleMarker =
  /\((?:exempt|e|confidential|private|restricted|in committee|not for publication)\)|\[(?:exempt|confidential|private|restricted|in committee|not for publication)\]|\bexempt information\b|\bpart (?:2|ii|two)\b|\bnot for publication\b|\bnon-public\b|\(?\bconfidential\b\)?$|^(?:exempt|confidential|restricted|private|in committee)(?:\s+item)?\s*[:–—-]|[–—-]\s*(?:exempt|confidential|restricted|private)$|\((?:exempt\s*[–—-]?\s*)?paragraphs?\s+\d{1,2}\b[^)]{0,30}\)\.?$/i;
/** "Restricted Item – Asset disposal", "Exempt business: sale of land": an item marked so, not the exclusion. */
const markedSubject =
  /^(?:exempt|confidential|restricted|private|in committee)(?:\s+(?:items?|business|report|information))?\s*[:–—-]\s*\S/i;
/** The exclusion's own item ("Exclusion of the public", "Restricted items"), never an item marked exempt. */
export const isExclusion = (title: string): boolean =>
  exclusionTitle.test(title) && !markedSubject.test(title);
/**
 * "EXCLUSION OF THE PRESS AND PUBLIC" alone on its line, over the resolution excluding them: the
 * exclusion's own (unnumbered) minute, never the text of the item above it.
 */
export function exclusionHeading(text: string, next: string): boolean {
  if (text.length > 80 || /[.;:,]$/.test(text)) return false;
  // "RE-ADMITTANCE OF PUBLIC/PRESS" over "… that the public/press be re-admitted": their return, a minute too.
  if (readmissionTitle.test(text)) return readmitted.test(next);
  return (
    /^(?:the\s+)?(?:exclusion of|excluding)\s+(?:the\s+)?(?:members of the\s+)?(?:press|public)\b(?:(?:\s+and\s+|\s*[/&]\s*)(?:the\s+)?(?:members of the\s+)?(?:press|public))?(?:\s*[–—(-].*)?$/i.test(
      text,
    ) &&
    excludes.test(next) &&
    !notExcluded.test(next)
  );
}
/**
 * A minute that is itself the exclusion, said as a sentence where its title would be: "LIC24/26 The
 * following item was considered in private. Exempt information – paragraph 1 …", "4 The Sub-Committee
 * resolved to exclude the press and public for the following item …". Public business, like an
 * "Exclusion of the public" minute; the items after it are the exempt ones. Not a subject's title
 * ("Decisions taken in private session": no verb of its own), nor an item saying it was itself
 * heard in private ("This item was considered in private").
 */
export const statesExclusion = (text: string): boolean =>
  text.length >= 30 &&
  /\b(?:was|were|be|being|is|are|resolved|agreed|decided)\b/i.test(text) &&
  // "considered in private" says so of the business after it only; "excluded" of any.
  (/\b(?:following|undernoted|next|remaining|remainder|subsequent)\b/i.test(text) ||
    /\bexclu/i.test(text) ||
    namesItem.test(text)) &&
  mayExclude.test(text) &&
  excludes.test(text) &&
  !notExcluded.test(text) &&
  !ownPrivate.test(text) &&
  !thisItem.test(text);
const readmissionTitle =
  /^(?:the\s+)?(?:re-?admi(?:ttance|ssion)|return)\s+of\s+(?:the\s+)?(?:members of the\s+)?(?:press|public)\b(?:(?:\s+and\s+|\s*[/&]\s*)(?:the\s+)?(?:press|public))?$/i;
const readmitted = /\b(?:re-?admitted|readmitted|returned to the meeting|invited back)\b/i;
/** A line under the title that marks the item: "Exempt information – paragraph 3 of Schedule 12A". */
const markLine =
  /(?:^|\n)(?:exempt|confidential|restricted|not for publication|reasons? for (?:exemption|confidentiality)|by virtue of|(?:this|the) (?:report|item|minute|matter)\b[^\n]{0,40}?\b(?:exempt|not for publication|confidential))\b(?![^\n]*\bappendi)[^\n]*\bparagraphs?\s+\d/i;
/** The meeting's own business, which holds no exempt information: the date of the next meeting, its close. */
const procedural =
  /^(?:(?:the\s+)?(?:date|time|dates)(?:,?\s+(?:time|and|venue|place))*\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?(?:next|future)\s+meetings?|close of (?:the )?meeting|closure)\b/i;
const ownPrivate = new RegExp(
  [
    // "This item was considered in private", "the report was taken in committee"
    String.raw`\b(?:this item|the item|this report|the report|this matter|this decision|it) (?:was|were) (?:being )?(?:considered|heard|taken|dealt with|made) (?:in private|in closed session|in private session|['‘"]?in committee\b)`,
    // "The Committee considered this item in closed session"
    String.raw`\b(?:considered|heard|took|dealt with|discussed) (?:this|the) (?:item|report|matter) in (?:private|closed session|confidential session)\b`,
  ].join('|'),
  'i',
);
/** The item's minute kept out of the published minutes: "The minute of this item is held separately". */
const minuteWithheld =
  /\b(?:the|this) minutes? (?:of|for|on|relating to) (?:this|the) (?:item|matter)\b[^.]{0,60}?\b(?:held|recorded|kept|filed|published|circulated) separately\b|\b(?:the|this) minutes? (?:of|for|on) (?:this|the) (?:item|matter) (?:is|was|are|were) (?:exempt|confidential|restricted|not for publication)\b|\bthis minute (?:contains|includes|is|records) [^.]{0,60}?\b(?:exempt|confidential|not for publication)\b|\b(?:recorded|minuted) in the confidential minute book\b/i;
const thisItem =
  /\b(?:for|during(?:\s+(?:the\s+)?consideration\s+of)?|in respect of)\s+(?:this|the present)\s+item\b/i;
export const readmits =
  /\b(?:normal business (?:was |be |being )?resumed|resum(?:ed|ption of) normal business|re-?admitted|public (?:returned|re-?joined|were invited back)|readmission|resumed in public|returned to (?:open|public) session|move[sd]? (?:in)?to ['‘’"]?open session|out of committee)\b/i;
/** A banner line over the private business: "PART 2", "IN COMMITTEE", "PRIVATE SESSION", "EXEMPT ITEMS". */
const partTwo =
  /(?:^|\n)\s*(?:PART\s+(?:2|II|TWO|B)\b|(?:IN COMMITTEE|PRIVATE|(?:PRIVATE|CLOSED|NON-PUBLIC) SESSION|(?:EXEMPT|CONFIDENTIAL|RESTRICTED|PRIVATE|NON-PUBLIC) (?:ITEMS?|BUSINESS))\s*(?:\n|$))/;
/**
 * A note that all that follows is private: "[Note: The remainder of the minutes is Part B – Not for
 * publication]", "The rest of the meeting was held in private session".
 */
const remainderPrivate =
  /\b(?:remainder|rest|balance) of (?:the|these|this) (?:meeting|minutes?|business|agenda)\b[^.\n]{0,40}?\b(?:part\s+(?:2|ii|two|b)\b|private|not for publication|exempt|confidential|closed session)/i;
/** The same banner in ordinary case, alone on its line: "Part 2 – Exempt Items", "Part II (Private)". */
const partTwoLine =
  /^\s*\(?(?:Closed|Private|Non-Public) (?:Session|Business|Items)\)?\s*$|^\s*Part\s+(?:2|II|Two|B)\s*(?:[-–—:(]\s*)?(?:(?:Exempt|Private|Confidential|Restricted|Closed)\s*)?(?:Items?|Business|Information|Session)?\)?\s*$/im;
/** The banner over public business again: "PART 1", "OUT OF COMMITTEE", "OPEN SESSION", "Part 1 – Public Items". */
const partOne =
  /(?:^|\n)\s*(?:PART\s+(?:1|I|ONE|A)\b|(?:OUT OF COMMITTEE|(?:OPEN|PUBLIC) SESSION)\s*(?:\n|$))/;
const partOneLine =
  /^\s*Part\s+(?:1|I|One|A)\s*(?:[-–—:(]\s*)?(?:(?:Open|Public)\s*)?(?:Items?|Business|Session)?\)?\s*$/im;
/** An exclusion that did not happen: "It was not necessary to exclude the press and public", a motion lost. */
const notExcluded =
  /\b(?:not|no need|without the need|neither|whether)\b[^.]{0,60}\b(?:exclude|excluded|exclusion)\b|\b(?:no|none of the)\s+(?:[\w-]+\s+)?(?:items?|business|matters?|reports?|reasons?|requirement)\b[^.]{0,80}\b(?:exclude|excluded|exclusion)\b|\b(?:exclude|excluded|exclusion)\b[^.]{0,120}\b(?:was|were) (?:not (?:required|necessary|needed)|lost|withdrawn|defeated)\b|\b(?:motion|it)\b[^.]{0,40}\b(?:was|were) (?:\w+ )?(?:lost|defeated|not carried)\b|\b(?:press|public)\s+(?:to|could|would|were able to)\s+(?:stay|remain)\b|\b(?:press|public)\s+(?:remained|stayed)\s+(?:in|for|present|throughout)\b/i;

const counts: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

/** An item its title (or the first lines of its text) mark as exempt; the paragraph where given. */
export function exemptionOf(item: ImportItem, opening: string): void {
  if (isExclusion(item.title)) return;
  const lines = opening.slice(item.title.length);
  if (
    titleMarker.test(item.title) ||
    ownPrivate.test(opening) ||
    markLine.test(lines) ||
    minuteWithheld.test(lines)
  ) {
    item.exempt = true;
    const mark = markLine.exec(lines)?.[0] ?? minuteWithheld.exec(lines)?.[0] ?? '';
    if (citesScottishLaw(opening)) {
      // "Exempt information – paragraph 9 of Part I of Schedule 7A": Scotland's schedule and paragraph.
      // Its paragraph is the exemption's: `exemptParagraph` is Schedule 12A's only.
      const paragraph = paragraph7A(opening) ?? titleParagraph7A(item.title) ?? titleParagraph7A(mark);
      item.exemptBasis = 'schedule 7A';
      item.exemption = { basis: 'schedule 7A', paragraph };
      return;
    }
    item.exemptParagraph ??=
      validParagraph(/\bparagraphs?\s+(\d{1,2})\b/i.exec(item.title)?.[1]) ??
      paragraphCited(opening) ??
      // "Exempt information – paragraph 3": Schedule 12A's, unless another law's schedule is named.
      (/\bSch(?:edule|\.)\s*(?:7A|6)\b|\b1960\b/i.test(mark)
        ? null
        : validParagraph(/\bparagraphs?\s+(\d{1,2})\b/i.exec(mark)?.[1]));
  }
}

/** What an item's text said, for reading an exclusion from it. */
function textOf(item: ImportItem): string {
  return decidedLines(item, [item.purpose, item.minutesText]).join('\n');
}

/**
 * What an item's decisions said, each preamble and its clauses, added to `lines`. A loop rather than
 * flatMap and spreads: it runs for every item, often before V8 has optimised it.
 */
function decidedLines(item: ImportItem, lines: string[]): string[] {
  for (const decision of item.decisions) {
    lines.push(decision.preamble);
    for (const clause of decision.clauses) lines.push(clause.text);
  }
  return lines;
}

const itemNumber = String.raw`[A-Z]{0,5}\d[\w./]*(?:-[A-Z]?\d[\w./]*)?`;
/** "Item 9", "Minute Nos. 46 and 47", "Item No. 10", "agenda item number 7". */
const itemWord = String.raw`\b(?:items?|articles?|minutes?)\s+(?:(?:nos?\.?|numbers?)\s*)?`;
const namedItems = new RegExp(
  String.raw`${itemWord}(${itemNumber}(?:\s*(?:,|and|&|to|[–—-])\s*${itemNumber})*)`,
  'gi',
);

const namesItem = new RegExp(String.raw`${itemWord}\d`, 'i');

/** "22 - 24", "22 to 24": the numbers from one to the other (plain numbers only), else the two. */
function expand(list: string): string[] {
  const parts = list.split(/\s*(?:,|\band\b|&)\s*/).map((n) => n.replace(/\.$/, ''));
  return parts.flatMap((part) => {
    const range = /^(\d{1,4})\s*(?:to|[–—-])\s*(\d{1,4})$/.exec(part);
    if (!range) return part.split(/\s+to\s+|\s+[–—-]\s+/);
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (to < from || to - from > 30) return [range[1]!, range[2]!];
    return Array.from({ length: to - from + 1 }, (_, k) => String(from + k));
  });
}

/** An exclusion for the agenda's private part, not for the items after it: "Part 2 of the agenda", "the items so marked". */
const bySchedule =
  /\b(?:part\s+(?:2|ii|two|b)\s+(?:of\s+the\s+)?(?:agenda|business|items?)|items?\s+(?:so\s+marked|marked\s+(?:as\s+)?(?:exempt|confidential|private)))\b/i;
/** Whether the text marks private business after item `at`: a "PART 2" banner, or a title marked exempt. */
function markedAfter(items: ImportItem[], at: number): boolean {
  for (let index = at; index < items.length; index++) {
    const item = items[index]!;
    if (index > at && titleMarker.test(item.title)) return true;
    const text = item.minutesText;
    if ((fourCapitals.test(text) && partTwo.test(text)) || partTwoLine.test(text)) return true;
  }
  return false;
}

/** Which items an exclusion in item `at` covers: their indices. */
function coveredBy(given: string, items: ImportItem[], at: number): number[] {
  // "items 9.1 (Council House Building Programme) and 9.2 (…)": the titles in brackets set aside, not
  // "(item 4 of these minutes)" or "(paragraph 9)", which say which item or paragraph.
  const sentence = given.includes('(')
    ? given.replace(/\s*\((?!\s*(?:items?|articles?|minutes?|paras?\.?|paragraphs?)\b)[^()]*\)/gi, '')
    : given;
  // "… during consideration of the items in Part 2 of the agenda", "… the items so marked": the items
  // the text marks (a "PART 2" banner, titles marked exempt), where it marks any after the resolution.
  if (bySchedule.test(sentence) && markedAfter(items, at)) return [];
  // "during Item 6 on the agenda (item 4 of these minutes)", "item 11.1 (article 10 of this minute
  // refers)": the minutes' own numbers where the sentence gives both, else every number it names.
  const mentions = [...sentence.matchAll(namedItems)].map((match) => ({
    numbers: expand(match[1]!),
    own: /^\s*(?:of|in) (?:these|this) minutes?\b/i.test(sentence.slice(match.index + match[0].length)),
  }));
  if (mentions.length > 0) {
    const own = mentions.filter((mention) => mention.own);
    const numbers = (own.length > 0 ? own : mentions).flatMap((mention) => mention.numbers);
    return items.flatMap((item, index) => (index > at && numbers.includes(item.number) ? [index] : []));
  }
  const few = /\bfollowing\s+(two|three|four|five|\d)\s+items\b/i.exec(sentence);
  const one =
    /\b(?:following|undernoted|next)\s+(?:item|report|matter)\b/i.test(sentence) &&
    !/\bitems\b/i.test(sentence);
  const reach = few ? counts[few[1]!.toLowerCase()]! : one ? 1 : Infinity;
  const covered: number[] = [];
  let counted = 0;
  for (let index = at + 1; index < items.length && counted < reach; index++) {
    // "RE-ADMITTANCE OF THE PUBLIC": the minute of their return is public business, and the end.
    if (readmissionTitle.test(items[index]!.title)) break;
    covered.push(index);
    // "8. EXEMPT / CONFIDENTIAL BUSINESS" with nothing under it but "8.1 …": a heading over the
    // business, which "the following item" does not count.
    const item = items[index]!;
    if (item.minutesText.trim() || item.decisions.length > 0) counted++;
    if (readmits.test(textOf(item))) break;
  }
  return covered;
}

/** After the resolution to exclude the public, the items it covers are exempt. */
export function applyExclusion(items: ImportItem[], notes: string[]): void {
  let banner = false;
  // The last exclusion's paragraph and law: an item under a "Part B" banner after it is exempt under them
  // where its own text cites nothing.
  let excluded: { paragraph: number | null; basis: ExemptBasis | null } | null = null;
  const underBanner = new Map<ImportItem, { paragraph: number | null; basis: ExemptBasis | null }>();
  items.forEach((item, at) => {
    if (banner && !isExclusion(item.title) && !procedural.test(item.title)) {
      item.exempt = true;
      if (excluded) underBanner.set(item, excluded);
    }
    const said = textOf(item);
    // Split into sentences only where an exclusion is said at all (most items say none).
    const sentences = mayExclude.test(said) && excludes.test(said)
      ? said
          .split(/\n|(?=\s)(?<=[.;])\s+(?=[\p{Lu}(])/u)
          .filter((part) => excludes.test(part) && !notExcluded.test(part))
      : [];
    const decided = sentences.length > 0 ? decidedLines(item, []).join('\n') : '';
    // Where the item says the public were not excluded after all ("Members did not resolve to
    // exclude the public", "it was agreed not to exclude"), only a resolution excludes them.
    const made = saysExclu.test(said) && notExcluded.test(said)
      ? sentences.filter((part) => decided.includes(part.slice(0, 40)))
      : sentences;
    // The resolution (or the sentence naming the items) over the agenda's or the narrative's wording.
    const sentence =
      made.find((part) => namesItem.test(part)) ??
      made.find((part) => decided.includes(part.slice(0, 40))) ??
      made[0];
    if (sentence && !ownPrivate.test(sentence)) {
      // Scotland's exclusion (section 50A(4), Schedule 7A) cites its own paragraphs, maybe item by item.
      const scottish = citesScottishLaw(sentence) || citesScottishLaw(said);
      const byItem = scottish ? paragraphsByItem(sentence) : new Map<string, number>();
      const paragraph = scottish
        ? (paragraph7A(sentence) ?? paragraph7A(said))
        : (paragraphCited(sentence) ?? paragraphCited(said) ?? paragraphLoose(sentence));
      const basis: ExemptBasis | null = scottish
        ? 'schedule 7A'
        : paragraph === null && underAct1960.test(`${sentence}\n${said}`)
          ? '1960 Act'
          : null;
      excluded = { paragraph, basis };
      // "… to exclude the public from the meeting for this item": the item the resolution is in.
      const here = thisItem.test(sentence) && !isExclusion(item.title);
      if (here) cover(item, paragraph, basis);
      for (const index of here ? [] : coveredBy(sentence, items, at)) {
        const covered = items[index]!;
        // "8. EXEMPT BUSINESS" with nothing under it is the private business's heading, not an exclusion.
        const said = covered.minutesText.trim() !== '' || covered.decisions.length > 0;
        if ((isExclusion(covered.title) && said) || procedural.test(covered.title)) continue;
        cover(covered, byItem.get(covered.number) ?? paragraph, basis);
      }
    }
    const text = item.minutesText;
    const capitals = fourCapitals.test(text);
    if ((capitals && partTwo.test(text)) || partTwoLine.test(text) || remainderPrivate.test(text)) banner = true;
    if ((capitals && partOne.test(text)) || partOneLine.test(text) || readmits.test(text)) banner = false;
  });
  lawOfScotland(items);
  for (const item of items) {
    // The item's own text may give the paragraph ("… as defined in paragraph 3 of Schedule 12A").
    if (item.exempt && item.exemptParagraph === null && !item.exemptBasis) {
      item.exemptParagraph = paragraphCited(textOf(item));
      if (item.exemptParagraph === null && underAct1960.test(textOf(item))) item.exemptBasis = '1960 Act';
      const before = underBanner.get(item);
      if (item.exemptParagraph === null && !item.exemptBasis && before) cover(item, before.paragraph, before.basis);
    }
    if (item.exempt && item.exemptBasis === '1960 Act') item.exemptParagraph = null;
    else if (item.exempt && item.exemptParagraph !== null) item.exemptBasis ??= 'schedule 12A';
    const paragraph = item.exemptBasis === 'schedule 7A' ? item.exemption?.paragraph : item.exemptParagraph;
    if (item.exempt && paragraph == null && item.exemptBasis !== '1960 Act') {
      const schedule = item.exemptBasis === 'schedule 7A' ? 'Schedule 7A' : 'Schedule 12A';
      notes.push(
        `${item.number ? `Item ${item.number}` : `“${item.title}”`} is exempt, but the text does not say under which paragraph of ${schedule}; choose it before importing.`,
      );
    }
  }
}

/**
 * In minutes that exclude the public under Scotland's law, every exempt item is exempt under Schedule
 * 7A, whatever marked it ("(Exempt – paragraph 9)" in its title, a "PART 2" banner), with the paragraph
 * its own text or title gives where the exclusion gave none.
 */
function lawOfScotland(items: ImportItem[]): void {
  const unsettled = items.filter(
    (item) => item.exempt && (item.exemptBasis === 'schedule 7A' || item.exemptBasis == null),
  );
  if (unsettled.length === 0) return;
  const scottish =
    unsettled.some((item) => item.exemptBasis === 'schedule 7A') ||
    items.some((item) => citesScottishLaw(`${item.title}\n${textOf(item)}`));
  if (!scottish) return;
  for (const item of unsettled) {
    const paragraph =
      item.exemption?.paragraph ??
      valid7A(item.exemptParagraph === null ? undefined : String(item.exemptParagraph)) ??
      paragraph7A(textOf(item)) ??
      titleParagraph7A(item.title);
    item.exemptBasis = 'schedule 7A';
    item.exemptParagraph = null;
    item.exemption = { basis: 'schedule 7A', paragraph };
  }
}

/** An item the exclusion covers: exempt, under its law; Scotland's paragraph is the exemption's. */
function cover(item: ImportItem, paragraph: number | null, basis: ExemptBasis | null): void {
  item.exempt = true;
  item.exemptBasis ??= basis;
  if (item.exemptBasis === 'schedule 7A') item.exemption ??= { basis: 'schedule 7A', paragraph };
  else item.exemptParagraph ??= paragraph;
}

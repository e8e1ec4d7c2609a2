// Whether a line reads as a minute's title, and the title as printed: joined when wrapped over lines,
// without a trailing dash, full stop or "*" marker, and without the minute's text where it runs on
// after a dash on the same line ("21. EMPTY HOMES – PROGRESS REPORT – The Manager reported …").
import { findDate } from './dates';

/** A planning application's reference: "25/04122/FUL", "PF/24/0817", "LA07/2024/0612/O". */
export const applicationReference =
  /\b(?:\d{2}\/\d{4,5}\/[A-Z]{2,5}|[A-Z]{1,4}\/\d{2}\/\d{3,5}|[A-Z]{2}\d{2}\/\d{4}\/\d{4}\/[A-Z]{1,3}|\d{8})\b/;

/** Whether every run of white space in a text is one plain space (so /\s+/g → ' ' changes nothing). */
export const singleSpaced = (text: string) => !/[^\S ]| {2}/.test(text);

const smallWords = /^(?:and|of|the|for|on|in|to|a|an|at|by|with|from|or|&|-|–|—|\/)$/i;

/** Verbs that make a line a sentence of the minutes rather than a heading. */
export const finiteVerbs =
  /\b(?:was|were|is|are|has|have|had|noted|agreed|asked|requested|considered|received|resolved|be|been|will|would|should|shall|must|can|could|declared|reported|presented|advised|confirmed|explained|stated|welcomed|thanked|informed|introduced|moved|seconded|proposed|gave|made|took|left|returned|attended|spoke|outlined|highlighted|updated|submitted|approved|referred|invited|added|sought|did|does)\b/i;

/** Labels and keywords that open a part of an item, never a title. */
export const labelLine =
  /^(?:RESOLVED|AGREED|RECOMMENDED|Resolved|Agreed|Recommended|DECIDED|Decided|Decisions?\s*:?$|DECISION\b|Minutes\s*:|Present\b|PRESENT\b|Apologies\s*:|Supporting documents|Reasons?\s+for\b|Motion$|Amendment$|(?:Proposed|Seconded|Moved)(?:\s+by\b|\s*[:–—-]|\s+(?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Dr)\b|$)|Members present|In attendance|Officers\b|Also\b)/;

const months =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/** The words that count for case: a title's words, less those in brackets and the small ones. */
function caseWords(title: string): string[] {
  return title
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((word) => word && !smallWords.test(word) && /[\p{L}\d]/u.test(word));
}

export function inCapitals(title: string): boolean {
  const unbracketed = title.includes('(') ? title.replace(/\([^)]*\)/g, '') : title;
  // A lower-case letter outside brackets is answer enough (most lines of minutes have one early on).
  if (/[a-z]/.test(unbracketed)) return false;
  // Plain ASCII with no a–z: its letters are A–Z, so only their number is in question.
  if (!/[^\u0020-\u007E]/.test(unbracketed)) {
    let count = 0;
    for (let i = 0; i < unbracketed.length && count < 3; i++) {
      const code = unbracketed.charCodeAt(i);
      if (code >= 65 && code <= 90) count++;
    }
    return count >= 3;
  }
  // Otherwise the same question a character at a time, without a copy of the letters and another of
  // them in capitals: with no a–z, only a non-ASCII letter can be in lower case ("É" is, "é" is not).
  // A letter counts as its length in UTF-16 units, as the copy's length did.
  let count = 0;
  for (const char of unbracketed) {
    const code = char.charCodeAt(0);
    if (code < 128) {
      if (code >= 65 && code <= 90) count++;
      continue;
    }
    if (!aLetter.test(char)) continue;
    if (char.toUpperCase() !== char) return false;
    count += char.length;
  }
  return count >= 3;
}

const aLetter = /^\p{L}$/u;

export function inTitleCase(title: string): boolean {
  const words = caseWords(title);
  if (words.length === 0) return false;
  const capital = words.filter((word) => /^[\p{Lu}\d"“‘'(£]/u.test(word)).length;
  return capital / words.length >= 0.66;
}

// Patterns with \p{…} outside a class are written by esbuild (and so tsx) as `new RegExp(…)`: inside a
// function, one was made on every call. Made once here instead.
/** "The Sub-Committee withdrew …", "The Clerk reported …": who acted, then a verb in lower case. */
const actorThenVerb =
  /^The\s+(?:Sub-?[Cc]ommittee|Chair(?:man|person)?|Convener|Provost|Clerk|Leader|Executive|Authority|Forum|Group|Commission|Director|Officer|Applicant|Members?)\s+\p{Ll}/u;
const monthThenYear = /^\p{L}+,?\s+\d{4}\b/u;
const participle = /^\p{Lu}\p{Ll}+ed\s/u;
/** A title in capitals at a line's start, before words in ordinary case. */
const capitalsFirst = /^((?:[^\s\p{Ll}]+\s+)+?)(?=\p{Lu}[^\s]*\p{Ll})/u;

/** The longest a title can be: a longer line is no title. */
const MAX_TITLE_CHARS = 260;

/**
 * How much a line reads as a minute's title: below zero it is not one (a sentence, a clause, a
 * keyword, a date); 0.5 for agenda wording or a short heading in sentence case ("Apologies for
 * absence", "To receive apologies."); 1.5 in title case; 2 in capitals.
 */
export function titleScore(raw: string): number {
  const title = raw.trim();
  if (!title || title.length > MAX_TITLE_CHARS) return -1;
  if (!/^[\p{Lu}\d"“‘'(£]/u.test(title)) return -1;
  if (/^(?:That|THAT|It|The\s+(?:Committee|Council|Board|Cabinet|Panel|Chair|Mayor))\b/.test(title))
    return -1;
  // "The Sub-Committee withdrew …", "The Clerk reported …": who acted, then a verb in lower case.
  if (actorThenVerb.test(title)) return -1;
  if (labelLine.test(title)) return -1;
  if (/;$/.test(title) || /:-?$/.test(title) || (/,$/.test(title) && title.length < 40)) return -1;
  // "December 2026" or "December 2026 10.00 am - 1.25 pm" after a day's number: a date line, not a title.
  if (months.test(title) && (/\d{4}$/.test(title) || monthThenYear.test(title))) return -1;
  if (/^\d[\d\s.,/:-]*$/.test(title)) return -1;
  // The number of words, counted (a split's array was made on every call and only its length read).
  const words = wordCount(title);
  if (inCapitals(title)) return /[.!?]$/.test(title) && words > 14 ? -1 : 2;
  // "Proposed Police Precept", "Approved Premises Policy": a participle opening a title in title case qualifies it.
  const qualified = participle.test(title) && inTitleCase(title) ? title.replace(/^\S+\s+/, '') : title;
  const sentence = finiteVerbs.test(withoutBy(qualified.replace(/\([^)]*\)/g, '')));
  // A planning application's reference leads its title: "25/04122/FUL – erection of 12 houses".
  if (applicationReference.test(title) && !sentence && !/^[a-z]/.test(title)) return 1;
  if (/^To\s+[a-z]/.test(title)) {
    return words <= 16 && !/\bbe\b/.test(title) && !/[;]/.test(title) ? 0.5 : -1;
  }
  if (/[.!?]$/.test(title) && (words > 8 || sentence)) return -1;
  if (sentence) return -1;
  if (words > 30) return -1;
  if (inTitleCase(title)) return 1.5;
  // Agenda wording in sentence case runs long ("Review of the corporate plan and the medium term
  // financial strategy for the period 2026/27 to 2029/30"): with no verb and no full stop, a title.
  // One that opens as a sentence does ("The Sub-Committee withdrew with …") is a sentence cut by the page.
  const long = words <= 24 && !/[.!?]$/.test(title) && !sentenceSubject.test(title);
  return words <= 9 || long ? 0.5 : -1;
}

/** How many words `text.split(/\s+/)` gives for a trimmed, non-empty text, without the array. */
function wordCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** JavaScript's \s, by code: the white space and line ends `trim` takes off too. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0xa0 ||
  c === 0x1680 ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** How a sentence of the minutes opens: an article, a pronoun, or the people who acted. */
const sentenceSubject =
  /^(?:The|A|An|This|That|These|Those|It|There|He|She|They|We|Members|Councillors?|Cllrs?|Officers)\b/;

/** Trailing marks that are not part of a title: a dash, a full stop, a "*" (not delegated), a colon. */
export function cleanTitle(title: string): string {
  const spaced = (singleSpaced(title) ? title : title.replace(/\s+/g, ' ')).trim();
  // Trimmed, it can only end in dashes or a "*" where it ends in one: the pattern is tried only then.
  // "(Pages 5 - 32)": where the report is in the agenda pack, furniture like a file's size.
  const paged = /\)$/.test(spaced)
    ? spaced.replace(/\s*\((?:Pages?|pp?\.)\s*\d+(?:\s*[–—-]\s*\d+)?\)$/i, '')
    : spaced;
  const marked = /[–—*-]$/.test(paged) ? paged.replace(/(?:\s*[–—-]\s*|\s+\*|\s*\*$)+$/, '') : paged;
  // "212.0  Agenda Item 1: Record of those Present": the agenda's label after the minute's number.
  // (Only the agenda's: "ITEM 8.1 – Disposal of Land" under minute ES139/26 keeps its words.)
  const labelled = /^(?:Agenda\s+Item|Eitem\s+Agenda)\s/i.test(marked)
    ? marked.replace(agendaLabel, '')
    : marked;
  return labelled.replace(/[.:]$/, '').trim();
}

/** "Agenda Item 7:", "Agenda Item No. 4 –", "Eitem Agenda 3." before the title's words. */
const agendaLabel =
  /^(?:Agenda\s+Item|Eitem\s+Agenda)\s+(?:No\.?\s*)?\d{1,3}[a-z]?(?:\.\d{1,2})?\s*[:.–—-]\s+(?=\S)/i;

const runOnDash = /\s[–—-]+\s*/g;
const titleStop = /(?=[.:])(?<!\b\p{Lu}|\b(?:St|No|Mr|Mrs|Ms|Dr|Cllr))(?:\.\s+(?=[\p{Lu}"“(])|:\s+(?=\S))/gu;
/** Where `titleStop` could match: a full stop or colon, then white space. */
const stopThenSpace = /[.:]\s/;

/**
 * A title with the minute's text run on after it ("DECLARATIONS OF INTEREST – None.", "Apologies
 * for Absence – Cllr Luscombe had work commitments.") split into the title and that text. A dash
 * inside a title ("Notice of Motion – Bus Franchising") stays.
 */
export function splitRunOn(line: string): { title: string; rest: string } {
  const text = line.trim();
  if (inCapitals(text)) {
    // "DECLARATIONS OF INTEREST – NONE": only the word that says there was nothing is run on.
    const nothing = /\s[–—-]+\s*((?:NONE|NIL)(?:\s+\w+)?\.?)$/.exec(text);
    if (nothing && nothingToReport.test(nothing[1]!.replace(/\.$/, '')))
      return { title: cleanTitle(text.slice(0, nothing.index)), rest: nothing[1]! };
    return { title: cleanTitle(text), rest: '' };
  }
  // What follows a dash is the minute when it ends as a sentence, runs on with a verb, or says there
  // was nothing ("– None", "- Nil", "– No declarations").
  // A part in title case with no verb, full stop or not, is the title's own ("… Trust – Governance
  // Review.", "… Restructure - Place Directorate (Paragraph 14)."), unless it names people.
  const sentence = (rest: string) =>
    (/[.!?:]["”’)]?$/.test(rest) && !titlePart(rest)) ||
    nothingToReport.test(rest) ||
    (rest.split(/\s+/).length > 6 && finiteVerbs.test(withoutBy(rest)));
  // Only a text with a dash has dashes to split at, and only one with ". " or ": " a title ended by either.
  const separators =
    text.includes('-') || text.includes('–') || text.includes('—') ? [...text.matchAll(runOnDash)] : [];
  // Capitals up to a dash, then the minute in ordinary case: "EMPTY HOMES – PROGRESS REPORT – The Manager …".
  for (const match of separators) {
    const head = text.slice(0, match.index);
    // No title is longer (titleScore): past it, the line is no title run into its minute.
    if (head.trimEnd().length > MAX_TITLE_CHARS) break;
    const rest = text.slice(match.index + match[0].length).trim();
    if (!inCapitals(head)) break;
    const dash = /\s[–—-]+\s/.exec(rest);
    const nextPart = dash ? rest.slice(0, dash.index) : rest;
    if (inCapitals(nextPart)) continue;
    if (rest && sentence(rest)) return { title: cleanTitle(head), rest };
    break;
  }
  // "Apologies. Councillors A and B.", "Grants: Applications had been received …", "Open forum:
  // two residents …": a title ended by a full stop or a colon, then the minute.
  for (const match of stopThenSpace.test(text) ? text.matchAll(titleStop) : []) {
    const head = text.slice(0, match.index);
    // Heads only grow along the line, and one longer than a title never is one (titleScore): without
    // this a long numbered line was read again at every full stop, its work the square of its length.
    if (head.trimEnd().length > MAX_TITLE_CHARS) break;
    const rest = text.slice(match.index + match[0].length).trim();
    const colon = match[0].startsWith(':');
    // What follows must read as the minute: a sentence, names ("Councillors A and B."), or "None.".
    const minute =
      finiteVerbs.test(withoutBy(rest)) ||
      /^(?:Cllrs?|Councillors?|None|Nil|No)\b/.test(rest) ||
      /^RESOLVED|^AGREED/.test(rest) ||
      (colon && /[.]$/.test(rest) && rest.split(/\s+/).length >= 2);
    if (titleScore(head) < 0.5 || !minute) continue;
    return { title: cleanTitle(head), rest };
  }
  for (const match of separators) {
    const head = text.slice(0, match.index);
    if (head.trimEnd().length > MAX_TITLE_CHARS) break;
    const rest = text.slice(match.index + match[0].length).trim();
    if (!rest || titleScore(head) < 0.5) continue;
    if (sentence(rest)) return { title: cleanTitle(head), rest };
  }
  // "APOLOGIES FOR ABSENCE Apologies were received …": a title in capitals run into the minute's first
  // sentence in ordinary case with no mark between. One short word in capitals ("NHS") is an acronym.
  const capitals = capitalsFirst.exec(text);
  if (capitals && inCapitals(capitals[1]!) && capitals[1]!.trim().replace(/[^\p{L}]/gu, '').length >= 6) {
    const rest = text.slice(capitals[1]!.length);
    if (
      rest.split(/\s+/).length > 3 &&
      finiteVerbs.test(withoutBy(rest)) &&
      !inCapitals(rest.split(/\s[–—-]\s/)[0]!)
    )
      return { title: cleanTitle(capitals[1]!), rest };
  }
  // "Election of Chairman It was resolved that …": a title in title case run into the minute's first
  // sentence with no mark between, as text copied from a PDF leaves it.
  for (const match of sentenceOpener.test(text) ? text.matchAll(sentenceOpeners) : []) {
    const head = text.slice(0, match.index);
    const rest = text.slice(match.index + match[0].length).trim();
    if (titleScore(head) >= 1.5 && rest.split(/\s+/).length > 4 && finiteVerbs.test(withoutBy(rest)))
      return { title: cleanTitle(head), rest };
  }
  return { title: cleanTitle(text), rest: '' };
}

/** Words in title case without a verb that carry on a title after a dash. */
const titlePart = (rest: string): boolean =>
  inTitleCase(rest) &&
  !finiteVerbs.test(withoutBy(rest)) &&
  !/^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|None|Nil)\b/.test(rest) &&
  // "Date of Next Meeting – Tuesday 18th March 2025 at 7.30pm.": a date is what the minute says.
  !/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i.test(rest) &&
  !findDate(rest) &&
  rest.split(/\s+/).length <= 10;

/** A minute that says there was nothing: "None", "Nil", "None received", "No declarations". */
const nothingToReport =
  /^(?:(?:None|NONE|none|Nil|NIL|nil)\b(?:\s+(?:received|declared|made|reported))?|(?:No|NO)\s+(?:apologies|declarations|interests|matters|questions|items|business|other business)\b.*)$/i;

/** How a minute's first sentence opens: "It was", "There were", "The Clerk reported", "Members noted". */
const openerWords = String.raw`(?:It\s+(?:was|is|had)|There\s+(?:was|were|is|are|had)|The\s+(?:Clerk|Chair(?:man)?|Mayor|Committee|Council|Board|Panel|Cabinet)\s+\p{Ll}|Members\s+\p{Ll}|RESOLVED\b)`;
const sentenceOpener = new RegExp(String.raw`\S\s+${openerWords}`, 'u');
const sentenceOpeners = new RegExp(String.raw`\s+(?=${openerWords})`, 'gu');

/** "submitted by", "proposed by": a participle in a noun phrase, not a sentence's verb. */
export const withoutBy = (text: string) => text.replace(/\b\w+ed\s+by\b/gi, ' ');

/** A translation line printed under a title (Gaelic, Welsh): not part of the English title. */
export function translationLine(text: string): boolean {
  if (/[àèìòùÀÈÌÒÙŵŷŴŶ]/.test(text)) return true;
  const words = text.toLowerCase().split(/\s+/);
  const foreign = words.filter((word) =>
    /^(?:agus|a'|nan|na|ann|air|gu|mu|bho|le|am|an|y|yr|ac|ar|i'r|o'r|gan|a'r|chomhairle|pwyllgor|cyngor)$/.test(
      word,
    ),
  );
  // Welsh words a committee's titles use, none of them English.
  const welsh = words.filter((word) =>
    /^(?:ymddiheuriadau|datganiadau|datganiad|buddiant|buddiannau|fuddiant|fuddiannau|personol|blaenorol|ceisiadau|cofnodion|cofnod|adroddiad|cyfarfod|rhaglen|gwaith|cyllideb|cynllun|diweddariad|cyhoeddus|cynnig|materion|eraill|cyhoeddi|penderfyniad|gwahardd|aelodau|swyddogion|blynyddol|ariannol|craffu|polisi|cymuned|cymunedol|addysg|iechyd|tai|priffyrdd|cynllunio|cymru|heddlu|tân|achub|awdurdod|gwasanaeth|bwrdd|sir|bwrdeistref|dinas|tref|cenedlaethol|gogledd|gorllewin|dwyrain|canolbarth)$/.test(
      word.replace(/[^a-zâêîôûŵŷ]/g, ''),
    ),
  );
  return foreign.length >= 2 || (welsh.length >= 1 && welsh.length >= words.length / 3);
}

/** A line carrying on a wrapped title: capitals after capitals, or a short fragment after a long line. */
export function continuesTitle(title: string, next: string): boolean {
  const text = next.trim();
  if (!text || text.length > 160 || labelLine.test(text) || translationLine(text)) return false;
  // "Item 6: Mrs J Nicolson (non-financial)" under "Declarations of Interest": a line of the minute.
  if (/^(?:(?:Agenda\s+)?Item|Minute)\s+\S+\s*[:–—-]/i.test(text)) return false;
  // "Restricted" under a committee website's title: the item's marking, not its words.
  if (/^(?:Restricted|RESTRICTED|Exempt|EXEMPT|Confidential|CONFIDENTIAL)$/.test(text)) return false;
  // "***IN CONFIDENCE***", "** NOT FOR PUBLICATION **": words framed in asterisks mark the item.
  if (/^\*{2,}.*\*{2,}$/.test(text)) return false;
  if (/^\(?(?:\d{1,4}|[a-z]{1,2}|[ivx]{1,5})[.)]\s/.test(text)) return false;
  const lastLine = title.split('\n').at(-1)!;
  // A year or a financial year alone ("2026", "2025/26"): the end of a title wrapped before it.
  if (/^(?:19|20)\d{2}(?:[/–-](?:\d{2}|(?:19|20)\d{2}))?[.,]?$/.test(text))
    return /(?:[A-Za-z]{3,}|\d{1,2}(?:st|nd|rd|th)?|,)$/.test(title);
  if (/^[\d.]+$/.test(text)) return false;
  if (/[.:;]$/.test(lastLine.trim()) && !/\b[A-Z]\.$/.test(lastLine.trim())) return false;
  if (inCapitals(title) && inCapitals(text)) return lastLine.length >= 30 && !/[.!?]$/.test(text);
  if (inCapitals(title) !== inCapitals(text)) return false;
  return (
    lastLine.length >= 40 &&
    text.length <= 60 &&
    text.split(/\s+/).length <= 7 &&
    !/[.!?:;]$/.test(text) &&
    !finiteVerbs.test(text) &&
    (months.test(text) || inTitleCase(text) || /^[a-z]/.test(text))
  );
}

// The numbered minute headings of a meeting, in the forms councils print them: the number and title
// on one line ("45. MINUTES", "CAB38  APOLOGIES", "Minute 249: …", "(139) …", "5.1 Prayers", "IV …"),
// the number alone on its line and the title on the next ("31." / "Declarations of Interest"), the
// title then the number ("APOLOGIES" / "PLA146/24"), or a title in capitals with the number opening
// its first paragraph ("DECLARATIONS OF INTEREST" / "1.  There were none."). A line may look like a
// heading and be a clause or a page number; what decides is the sequence: minute numbers rise one
// after another, so the headings are the longest run of candidates that follow on from each other.
import {
  baseScheme,
  follows,
  numberToken,
  numberWords,
  readNumber,
  romanToken,
  type MinuteNumber,
} from './minuteNumbers';
import { cleanTitle, continuesTitle, inCapitals, labelLine, splitRunOn, titleScore } from './titles';
import type { Para } from './text';

export interface Heading {
  index: number;
  span: number;
  number: string;
  title: string;
  /** The minute's own text that ran on after the title or number, to read as its first paragraph. */
  lead?: string;
  /** Agenda wording printed between the title and the minutes. */
  purpose?: string;
}

interface Candidate extends Heading {
  minute: MinuteNumber;
  strength: number;
}

/** A planning application's reference opening a line, then a dash: "25/04122/FUL – …", "LA07/2024/1031/F - …". */
const applicationRef = /^(?:[A-Z]{1,4}\d{0,2}\/)?\d{2,4}\/\d{3,6}(?:\/[A-Z]{1,5})+\s+[–—-]\s+\S/;

/** A number in brackets, or bare: "(139)", "143", "PLA146/24". */
const token = String.raw`(?:\(${numberToken}\)|${numberToken})`;
const alone = new RegExp(String.raw`^(${numberWords}?${token})[.:)]?$`);
const withTitle = new RegExp(String.raw`^(${numberWords}?${token})(?:([.:)])\s*|\s*[–—-]\s+|\s+)(\S.*)$`);
const romanWithTitle = new RegExp(String.raw`^(${romanToken})\.?\s+(\S.*)$`);
const numberedParagraph = /^(\d{1,5})\.?\s+(\S.*)$/s;

function minuteOf(raw: string, closing = ''): MinuteNumber | null {
  const minute = readNumber(raw);
  if (!minute) return null;
  // "1)" and "1." are different styles: a list of clauses is not the minutes' numbering.
  return closing === ')' && !raw.startsWith('(') ? { ...minute, scheme: `${minute.scheme})` } : minute;
}

/** The readings of paragraph `i` as a heading, with how strongly each reads as one. */
function candidatesAt(paras: Para[], i: number): Candidate[] {
  const text = paras[i]!.text;
  const next = paras[i + 1]?.text ?? '';
  const found: Candidate[] = [];
  const worded = /^(?:Minute|MINUTE|Item|ITEM|Agenda Item|Article)/.test(text);
  const only = alone.exec(text);
  if (only) {
    const minute = minuteOf(only[1]!, text.trim().endsWith(')') ? ')' : '');
    // A number alone, a line, then a section label ("Minutes:", "Decision:"), as a committee web
    // page prints its items: the line is the item's title whatever it says.
    const section = /^(?:Minutes|Decision|Minute|Resolved)\s*:?$/i.test(paras[i + 2]?.text ?? '');
    const score =
      section && /^[\p{Lu}\d]/u.test(next) && next.length <= 300
        ? Math.max(titleScore(next), 0.5)
        : titleScore(next);
    if (minute && score > -1 && next) {
      found.push({ index: i, span: 2, number: minute.text, title: next, minute, strength: 2 + score });
    }
    // "APOLOGIES" then "PLA146/24": the title before the number.
    const before = paras[i - 1]?.text ?? '';
    if (minute && /[A-Za-z/]/.test(minute.text) && titleScore(before) >= 1.5) {
      found.push({ index: i - 1, span: 2, number: minute.text, title: before, minute, strength: 2.5 });
    }
    return found;
  }
  const titled = withTitle.exec(text);
  // A number that is not a minute's heads nothing: its title is not read.
  const titledMinute = titled ? minuteOf(titled[1] ?? '', titled[2] ?? '') : null;
  if (titled && titledMinute) {
    const [, raw = '', closing = '', rest = ''] = titled;
    const minute = titledMinute;
    const { title, rest: lead } = splitRunOn(rest);
    const coded = /[A-Za-z/:]/.test(minute.text);
    // A minute reference with letters in it ("F01:06/25", "CAB38") heads agenda wording of any length.
    const score =
      coded &&
      titleScore(title) < 0.5 &&
      /^[\p{Lu}\d]/u.test(title) &&
      !labelLine.test(title) &&
      title.length <= 300
        ? 0.5
        : titleScore(title);
    // "5.1 25/04122/FUL – erection of 12 houses": a sub-item headed by an application's reference.
    const application = /^\d+\.\d+$/.test(minute.text) && applicationRef.test(title);
    const separated =
      closing !== '' || raw.startsWith('(') || /^\S+\s*[–—-]\s/.test(text) || coded || worded || application;
    if ((score >= 0.5 || application) && (separated || score >= 1.5)) {
      const strength = score + (worded ? 2 : 0) + (coded ? 1 : 0) + (closing ? 0.5 : 0);
      found.push({ index: i, span: 1, number: minute.text, title, lead, minute, strength });
    }
  }
  const roman = romanWithTitle.exec(text);
  if (roman && roman[1] && inCapitals(roman[2]!)) {
    const minute = readNumber(roman[1], true)!;
    const { title, rest: lead } = splitRunOn(roman[2]!);
    found.push({ index: i, span: 1, number: minute.text, title, lead, minute, strength: 1.5 });
  }
  // "DECLARATIONS OF INTEREST" then "1.  There were none.": the number opens the first paragraph.
  const opening = numberedParagraph.exec(next);
  if (
    !titled &&
    !only &&
    opening &&
    inCapitals(text) &&
    titleScore(text) >= 2 &&
    titleScore(opening[2]!) < 0
  ) {
    const minute = readNumber(opening[1]!)!;
    found.push({
      index: i,
      span: 2,
      number: minute.text,
      title: cleanTitle(text),
      lead: opening[2]!,
      minute,
      strength: 2,
    });
  }
  return found;
}

/** How far back a heading looks for the one before it: enough for many false candidates between. */
const WINDOW = 400;

/**
 * The minute headings: of all the lines that read as headings, the run whose numbers follow on from
 * each other with the most weight. A table of contents (the same numbers, one line after another,
 * before the minutes) loses to the minutes themselves, whose headings have text under them.
 */
export function findHeadings(paras: Para[], skip: (index: number) => boolean = () => false): Heading[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < paras.length; i++) {
    if (skip(i)) continue;
    for (const candidate of candidatesAt(paras, i)) candidates.push(candidate);
  }
  const starts = new Set(candidates.map((candidate) => candidate.index));
  for (const candidate of candidates) {
    // A heading with text under it, rather than another heading straight after (a contents list).
    const after = candidate.index + candidate.span;
    if (after < paras.length && !starts.has(after)) candidate.strength += 1;
  }
  const best: number[] = [];
  const back: number[] = [];
  // A number can only follow one of its own scheme, or one scheme up or down ("5" → "5.1" → "6"):
  // compared as strings first, `follows` is asked only about those.
  const schemes = candidates.map((candidate) => candidate.minute.scheme);
  const bases = schemes.map(baseScheme);
  let top = -1;
  candidates.forEach((candidate, i) => {
    best[i] = candidate.strength;
    back[i] = -1;
    const scheme = schemes[i]!;
    const base = bases[i]!;
    for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
      const previous = candidates[j]!;
      if (previous.index + previous.span > candidate.index) continue;
      if (schemes[j] !== scheme && schemes[j] !== base && bases[j] !== scheme) continue;
      const link = follows(previous.minute, candidate.minute);
      if (link === null) continue;
      const score = best[j]! + link + candidate.strength;
      if (score > best[i]) {
        best[i] = score;
        back[i] = j;
      }
    }
    if (top < 0 || best[i] > best[top]!) top = i;
  });
  const chain: Candidate[] = [];
  for (let i = top; i >= 0; i = back[i]!) chain.unshift(candidates[i]!);
  return shapeTitles(paras, chain);
}

/** Titles wrapped over lines joined again, up to the text under them or the next heading. */
function shapeTitles(paras: Para[], chain: Candidate[]): Heading[] {
  const starts = new Set(chain.map((heading) => heading.index));
  return chain.map((heading, n) => {
    const limit = chain[n + 1]?.index ?? paras.length;
    let { index, span, title } = heading;
    // A title before its number ("… LAND NORTH OF" / "STANBRIDGE LANE" / "PLA151/24"): earlier lines.
    if (span === 2 && title === paras[index]?.text && index + 1 < paras.length && !heading.lead) {
      const previousEnd = n > 0 ? chain[n - 1]!.index + chain[n - 1]!.span : 0;
      while (
        index - 1 >= previousEnd &&
        inCapitals(paras[index - 1]!.text) &&
        paras[index - 1]!.text.length >= 30 &&
        !/[.;:]$/.test(paras[index - 1]!.text) &&
        titleScore(paras[index - 1]!.text) > 0
      ) {
        index--;
        span++;
        title = `${paras[index]!.text}\n${title}`;
      }
    }
    if (!heading.lead) {
      let at = heading.index + heading.span;
      while (at < limit && !starts.has(at) && continuesTitle(title, paras[at]!.text)) {
        // "… PENTRE -" over "MR J. HOWELLS": the dash the line ended with is inside the title after all.
        const dash = /\s([–—-])$/.exec(paras[at - 1]!.text.trim());
        if (dash && !/[–—-]$/.test(title)) title = `${title} ${dash[1]}`;
        title = `${title}\n${paras[at]!.text}`;
        span++;
        at++;
      }
    }
    const shaped = splitRunOn(title.replace(/\n/g, ' '));
    const lead = [shaped.rest, heading.lead ?? ''].filter(Boolean).join(' ');
    return {
      index,
      span,
      number: heading.number,
      title: shaped.title,
      ...(lead ? { lead } : {}),
    };
  });
}

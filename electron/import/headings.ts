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
import { readHead } from './decisionHead';

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
  /**
   * How the heading is set: its layout (the number and title on one line; the number alone over
   * its title; the title over its number), the word before the number ("Minute", "Item") and the
   * mark after it (".", ")", ":", a dash, a space). A document sets all its headings one way.
   */
  form: string;
  /**
   * A line that reads as a heading only within the document's numbering: a short title in sentence
   * case after a bare number ("8 Any other business", "21.45 Apologies for absence"), or a roman
   * numeral over a title in ordinary case. It never starts the numbering; it is accepted only as
   * the very next number after a heading set the same way, or as the first sub-item after its parent.
   */
  weak?: boolean;
}

/** The mark between a number and its title, as a form's part: ".", ")", ":", "-" or " ". */
function markOf(closing: string, between: string): string {
  if (closing) return closing;
  return /[–—-]/.test(between) ? '-' : ' ';
}

/** The word before a number, as a form's part: "minute", "item", or "". */
const wordOf = (text: string): string =>
  /^(?:(?:Cofnod|COFNOD|Eitem|EITEM)\s+\d{1,5}\s*\/\s*)?(?:Minutes?|MINUTES?|Min\b|Cofnod|COFNOD)/.test(text)
    ? 'minute'
    : /^(?:Item|ITEM|Agenda|AGENDA)/.test(text)
      ? 'item'
      : /^(?:Article|ARTICLE)/.test(text)
        ? 'article'
        : '';

/** A planning application's reference opening a line, then a dash: "25/04122/FUL – …", "LA07/2024/1031/F - …". */
const applicationRef = /^(?:[A-Z]{1,4}\d{0,2}\/)?\d{2,4}\/\d{3,6}(?:\/[A-Z]{1,5})+\s+[–—-]\s+\S/;

/** A number in brackets, or bare: "(139)", "143", "PLA146/24". */
const token = String.raw`(?:\(${numberToken}\)|${numberToken})`;
const alone = new RegExp(String.raw`^(${numberWords}?${token})[.:)]?$`);
const withTitle = new RegExp(String.raw`^(${numberWords}?${token})(?:([.:)])\s*|(\s*[–—-]\s+)|\s+)(\S.*)$`);
const romanWithTitle = new RegExp(String.raw`^(${romanToken})(\.?)\s+(\S.*)$`);
const numberedParagraph = /^(\d{1,5})\.?\s+(\S.*)$/s;
/** "3 December 2026  10.00 am": the meeting's date, whose day is not a minute's number. */
const dateLine =
  /^\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}\b/i;

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
  const worded = /^(?:Minute|MINUTE|Item|ITEM|Agenda Item|Article|Cofnod|COFNOD|Eitem|EITEM)/.test(text);
  const word = worded ? wordOf(text) : '';
  const only = alone.exec(text);
  if (only) {
    // "1)" is closed by its bracket; "6(a)" ends in its own.
    const closed = text.trim().length > only[1]!.length && text.trim().endsWith(')');
    const minute = minuteOf(only[1]!, closed ? ')' : '');
    // A number alone, a line, then a section label ("Minutes:", "Decision:"), as a committee web
    // page prints its items: the line is the item's title whatever it says.
    const section = /^(?:Minutes|Decision|Minute|Resolved)\s*:?$/i.test(paras[i + 2]?.text ?? '');
    const score =
      section && /^[\p{Lu}\d]/u.test(next) && next.length <= 300
        ? Math.max(titleScore(next), 0.5)
        : titleScore(next);
    if (minute && score > -1 && next) {
      const form = `below|${word}`;
      found.push({ index: i, span: 2, number: minute.text, title: next, minute, strength: 2 + score, form });
    }
    // "APOLOGIES" then "PLA146/24" (or "Minute 249", or "1" over the minute's text): the title
    // before the number. A bare number so must have a title in capitals above it, itself unnumbered.
    const before = paras[i - 1]?.text ?? '';
    const bare = inCapitals(before) && !/^\(?\d/.test(before) && titleScore(next) < 0.5;
    // Not where the line below reads as the title ("Minute 62" / "Declaration of Interest"): a name or
    // the last line of the minute before stands above it.
    const titleBelow = worded && titleScore(next) >= 1;
    if (
      minute &&
      (worded || bare || /[A-Za-z/]/.test(minute.text)) &&
      titleScore(before) >= 1.5 &&
      !titleBelow
    ) {
      const form = `above|${word}`;
      found.push({ index: i - 1, span: 2, number: minute.text, title: before, minute, strength: 2.5, form });
    }
    return found;
  }
  // A line carrying on the one before ("… THE LANTERN ROOMS," over "14 CHANDLERS YARD"): not a heading.
  const carried = /(?:,|\b(?:and|of|the|for|to|at|in|on|with))$/i.test(paras[i - 1]?.text ?? '');
  const titled = carried ? null : withTitle.exec(text);
  // A number that is not a minute's heads nothing: its title is not read.
  const titledMinute = titled ? minuteOf(titled[1] ?? '', titled[2] ?? '') : null;
  if (titled && titledMinute) {
    const [, raw = '', closing = '', dash = '', rest = ''] = titled;
    const minute = titledMinute;
    const { title, rest: lead } = splitRunOn(rest);
    // Scored as printed too where nothing ran on: the full stop a sentence ends with counts.
    // "6. Motion": a label over a motion's text where it stands alone, a minute's title where numbered.
    // (The same text is not scored twice: most lines' title is their text as printed.)
    const asPrinted = lead ? '' : rest.replace(/:$/, '');
    const printed =
      /^(?:Motions?|Amendments?)$/.test(title) && closing
        ? 1.5
        : lead
          ? titleScore(title)
          : asPrinted === title
            ? titleScore(title)
            : Math.min(titleScore(title), titleScore(asPrinted));
    const coded = /[A-Za-z/:]/.test(minute.text);
    // A minute reference with letters in it ("F01:06/25", "CAB38") heads agenda wording of any length.
    const score =
      coded && printed < 0.5 && /^[\p{Lu}\d]/u.test(title) && !labelLine.test(title) && title.length <= 300
        ? 0.5
        : printed;
    // "5.1 25/04122/FUL – erection of 12 houses": a sub-item headed by an application's reference.
    const application = /^\d+\.\d+$/.test(minute.text) && applicationRef.test(title);
    const separated =
      closing !== '' || raw.startsWith('(') || /^\S+\s*[–—-]\s/.test(text) || coded || worded || application;
    const form = `line|${word}|${markOf(closing, dash)}`;
    if ((score >= 0.5 || application) && (separated || score >= 1.5)) {
      const strength = score + (worded ? 2 : 0) + (coded ? 1 : 0) + (closing ? 0.5 : 0);
      found.push({ index: i, span: 1, number: minute.text, title, lead, minute, strength, form });
    } else if (score >= 0.5) {
      // "8 Any other business": a heading only where the numbering says so.
      found.push({
        index: i,
        span: 1,
        number: minute.text,
        title,
        lead,
        minute,
        strength: score,
        form,
        weak: true,
      });
    }
  }
  const roman = romanWithTitle.exec(text);
  if (roman && roman[1] && (inCapitals(roman[3]!) || titleScore(roman[3]!) >= 0.5)) {
    const minute = readNumber(roman[1], true)!;
    const { title, rest: lead } = splitRunOn(roman[3]!);
    const form = `line|roman|${roman[2] || ' '}`;
    // In capitals it reads as a heading alone; in ordinary case ("II. Declarations of Interest")
    // only as the next numeral after one.
    const weak = !inCapitals(roman[3]!);
    found.push({ index: i, span: 1, number: minute.text, title, lead, minute, strength: 1.5, form, weak });
  }
  // "DECLARATIONS OF INTEREST" then "1.  There were none.": the number opens the first paragraph.
  const opening = dateLine.test(next) ? null : numberedParagraph.exec(next);
  if (
    !titled &&
    !only &&
    !carried &&
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
      form: 'opening',
    });
  }
  return found;
}

/**
 * "REASONS" over "3. The Sub-Committee was satisfied …" reads as a heading with its number opening its
 * text, unless the text numbers its paragraphs: where "2." opens a paragraph with no heading over it,
 * 3 is the next paragraph's number, not a minute's.
 */
function withoutParagraphNumbers(paras: Para[], candidates: Candidate[]): Candidate[] {
  if (!candidates.some((candidate) => candidate.form === 'opening')) return candidates;
  const opened = new Set(
    candidates.filter((c) => c.form === 'opening').map((candidate) => candidate.index + 1),
  );
  const bare = new Set<number>();
  paras.forEach((para, index) => {
    const numbered = numberedParagraph.exec(para.text);
    if (numbered && !opened.has(index) && titleScore(numbered[2]!) < 0) bare.add(Number(numbered[1]));
  });
  return candidates.filter((candidate) => {
    if (candidate.form !== 'opening') return true;
    const n = candidate.minute.parts[0]!;
    return !bare.has(n - 1) && !bare.has(n + 1);
  });
}

/**
 * "RESOLVED:", "RESOLVED", "The Committee agreed:-" or "DECISION" over "1. To approve the plan.": a
 * numbered line straight after a decision's formula with nothing after it, or its lead-in ending in a
 * colon, is the first of its clauses, never a minute's heading.
 */
function afterLeadIn(paras: Para[], candidate: Candidate): boolean {
  if (candidate.form.includes('|minute') || candidate.form.includes('|item')) return false;
  const before = paras[candidate.index - 1]?.text.trim() ?? '';
  if (/^(?:DECISIONS?|Decisions?)\s*:?$/.test(before)) return true;
  if (!/[:–—-]$|^\S+(?:\s+\S+){0,3}$/.test(before)) return false;
  const reading = readHead(before);
  return !!reading && 'head' in reading && (reading.head.inline === '' || /:-?$/.test(before));
}

/** How far back a heading looks for the one before it: enough for many false candidates between. */
const WINDOW = 400;

/**
 * The minute headings, read as a grammar of the document's numbering. A heading is a line of one of
 * the forms above; the numbering is a sequence of them in which each number follows the one before
 * in the same scheme (46 after 45, PLA147/24 after PLA146/24, 5.1 after 5, 6 after 5.2, IV after
 * III), and the document sets its headings one way (one layout, one word before the number, one mark
 * after it). Accepted: the run of headings whose numbers follow on with the most weight, where
 *   - a line that reads as a heading on its own (a title in capitals or title case, a number with a
 *     mark after it, a coded reference, "Minute 249") may start the run or continue it after a gap;
 *   - a line that reads as a heading only in sequence (a bare number and a short title in sentence
 *     case, a roman numeral and a title in ordinary case) is accepted only as the very next number
 *     after a heading set the same way, or as the first sub-item ("4.1", "4a", "4(a)") after its parent;
 *   - a step to the next number, and a heading set as the one before it, weigh more.
 * Not accepted: a number that does not rise (a clause "(1)", "2." inside a minute, a page number), a
 * line that reads as a sentence, and a table of contents (the same numbers, one line after another,
 * before the minutes), which loses to the minutes themselves, whose headings have text under them.
 */
export function findHeadings(paras: Para[], skip: (index: number) => boolean = () => false): Heading[] {
  const candidates = withoutParagraphNumbers(paras, candidatesIn(paras, skip)).filter(
    (candidate) => !afterLeadIn(paras, candidate),
  );
  const starts = new Set(
    candidates.filter((candidate) => !candidate.weak).map((candidate) => candidate.index),
  );
  for (const candidate of candidates) {
    // A heading with text under it, rather than another heading straight after (a contents list).
    const after = candidate.index + candidate.span;
    if (after < paras.length && !starts.has(after)) candidate.strength += 1;
  }
  const back: number[] = [];
  const top = bestLinks(candidates, back);
  const chain: Candidate[] = [];
  for (let i = top; i >= 0; i = back[i]!) chain.unshift(candidates[i]!);
  return shapeTitles(paras, chain);
}

// The two long loops are functions of their own, each with nothing after its loop. V8 optimises a
// long loop while it runs (on-stack replacement), before the code after it has run; that code then
// deoptimised once a parse, with no type feedback, where findHeadings held the loops itself.

function candidatesIn(paras: Para[], skip: (index: number) => boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < paras.length; i++) {
    if (skip(i)) continue;
    for (const candidate of candidatesAt(paras, i)) candidates.push(candidate);
  }
  return candidates;
}

/** For each candidate, the one before it in the best run (`back`, -1 for none); the best run's last. */
function bestLinks(candidates: Candidate[], back: number[]): number {
  const best: number[] = [];
  // A number can only follow one of its own scheme, or one scheme up or down ("5" → "5.1" → "6"):
  // only those are visited, from lists kept by scheme and by base scheme. Plain loops, not map and
  // forEach: an array from an inlined map had another hidden class, and the code deoptimised on it.
  const schemes: string[] = [];
  const bases: string[] = [];
  for (const candidate of candidates) {
    schemes.push(candidate.minute.scheme);
    bases.push(baseScheme(candidate.minute.scheme));
  }
  const byScheme = new Map<string, Visited>();
  const byBase = new Map<string, Visited>();
  let top = -1;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    const weak = candidate.weak === true;
    best[i] = weak ? -Infinity : candidate.strength;
    back[i] = -1;
    const scheme = schemes[i]!;
    const base = bases[i]!;
    const low = Math.max(0, i - WINDOW);
    // The three lists, each walked back from its end; a candidate in two of them is visited once.
    const own = byScheme.get(scheme) ?? noneVisited;
    const up = base === scheme ? noneVisited : (byScheme.get(base) ?? noneVisited);
    const down = byBase.get(scheme) ?? noneVisited;
    let a = own.at.length - 1;
    let b = up.at.length - 1;
    let c = down.at.length - 1;
    for (;;) {
      const j = Math.max(a >= 0 ? own.at[a]! : -1, b >= 0 ? up.at[b]! : -1, c >= 0 ? down.at[c]! : -1);
      if (j < low) break;
      // No link scores more than 3 and no form 0.5: when even the best run so far among those left
      // could not beat this candidate's best, none of them can (the same sums, so the same rounding).
      const peak = Math.max(
        a >= 0 ? own.peak[a]! : -Infinity,
        b >= 0 ? up.peak[b]! : -Infinity,
        c >= 0 ? down.peak[c]! : -Infinity,
      );
      if (peak + 3 + 0.5 + candidate.strength <= best[i]!) break;
      if (a >= 0 && own.at[a] === j) a--;
      if (b >= 0 && up.at[b] === j) b--;
      if (c >= 0 && down.at[c] === j) c--;
      const previous = candidates[j]!;
      if (previous.index + previous.span > candidate.index) continue;
      if (best[j] === -Infinity) continue;
      const sameForm = previous.form === candidate.form;
      // A sub-item may be set apart from its parent ("4." over "4(a) Tariff review"): the first one
      // after its parent is accepted however it is set.
      const firstSub = schemes[j] === base && base !== scheme && candidate.minute.parts.at(-1) === 1;
      if (weak && !sameForm && !firstSub) continue;
      const link = follows(previous.minute, candidate.minute);
      if (link === null || (weak && link < 3)) continue;
      const score = best[j]! + link + (sameForm ? 0.5 : 0) + candidate.strength;
      if (score > best[i]!) {
        best[i] = score;
        back[i] = j;
      }
    }
    visit(byScheme, scheme, i, best[i]!);
    visit(byBase, base, i, best[i]!);
    if (best[i] !== -Infinity && (top < 0 || best[i]! > best[top]!)) top = i;
  }
  return top;
}

/** Candidates of one scheme (or base scheme) in order, and the best score among them up to each. */
interface Visited {
  at: number[];
  peak: number[];
}
const noneVisited: Visited = { at: [], peak: [] };

function visit(lists: Map<string, Visited>, key: string, index: number, score: number): void {
  let list = lists.get(key);
  if (!list) {
    list = { at: [], peak: [] };
    lists.set(key, list);
  }
  const peak = list.peak.length > 0 ? Math.max(list.peak[list.peak.length - 1]!, score) : score;
  list.at.push(index);
  list.peak.push(peak);
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

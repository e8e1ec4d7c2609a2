// Plain text as published minutes arrive (copied from a web page, or a Word file's text) made
// regular: one paragraph per entry, page debris gone, lines wrapped by the page joined again.
import { AppError } from '../../shared/result';
import { numberToken, numberWords } from './minuteNumbers';
import { titleScore } from './titles';

/** More than this is not one meeting's minutes (a year of a busy committee is about 2 MB). */
export const MAX_IMPORT_CHARS = 20_000_000;
/** Nor is more than this many lines (some 2,000 pages). */
export const MAX_IMPORT_LINES = 100_000;

export interface Para {
  text: string;
  /** Leading spaces on the line the paragraph started on. */
  indent: number;
  /**
   * The text with its column gaps kept as tabs ("Janet Ward<TAB>Cabinet Member") and its lines apart
   * (each a row), where a line had a gap of two or more spaces between words (not after a sentence's
   * or a label's mark); absent when none did. Only the attendance lists read it: a gap there parts one
   * cell from the next.
   */
  cells?: string;
}

/** Word's Symbol and Wingdings bullets come through as private-use characters. */
const privateBullets = /[\uF0A7\uF0B7\uF0D8\uF076\uF0FC\uF06E\uF0A8]/g;
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/** A character neither white space nor a control character. */
// eslint-disable-next-line no-control-regex
const visible = /[^\s\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** "pdf icon PDF 129 KB" and its kin: what a web page's file links leave in copied text. */
const debris =
  /\s*\b(?:pdf|doc|docx|xls|xlsx|ppt|pptx|html?)\s+icon\s+(?:PDF|DOC|DOCX|XLS|XLSX|PPT|PPTX|HTML?)\s+[\d.,]+\s*[KMG]B\b/gi;
/** "Minutes of the previous meeting  PDF 210 KB": a file link's type and size after a title. */
const sizeDebris = /\s+(?:PDF|DOCX?|XLSX?|PPTX?|HTML?|RTF|ODT)\s+[\d.,]+\s*[KMG]B$/;
const debrisLine =
  /^(?:(?:PDF|DOC|DOCX)\s+[\d.,]+\s*[KMG]B|[._…\-\s]{4,}|Page \d+(?: of \d+)?|Public Document Pack)$/i;

/** Refuses what cannot be minutes before any work is done on it. */
export function checkImportText(raw: string): void {
  if (raw.length > MAX_IMPORT_CHARS) {
    throw new AppError(
      'invalid_input',
      `The text is too long to import (${(raw.length / 1e6).toFixed(0)} million characters; at most ${MAX_IMPORT_CHARS / 1e6} million). Split it into one meeting a file.`,
    );
  }
  let lines = 1;
  for (let at = raw.indexOf('\n'); at !== -1 && lines <= MAX_IMPORT_LINES; at = raw.indexOf('\n', at + 1))
    lines += 1;
  if (lines > MAX_IMPORT_LINES) {
    throw new AppError(
      'invalid_input',
      `The text has more than ${MAX_IMPORT_LINES.toLocaleString('en-GB')} lines, more than any one meeting’s minutes. Split it into one meeting a file.`,
    );
  }
  const sample = raw.slice(0, 65_536);
  const junk = (sample.match(controls)?.length ?? 0) + (sample.match(/\uFFFD/g)?.length ?? 0);
  if (sample.length > 0 && junk / sample.length > 0.05) {
    throw new AppError(
      'invalid_input',
      'This does not look like text: it is mostly unreadable characters. Open the file in Word and save it as .docx or .txt.',
    );
  }
  // Empty once control characters and white space are gone: found without copying the text.
  if (!visible.test(raw)) {
    throw new AppError('invalid_input', 'There is no text to import: the file or paste is empty.');
  }
}

/**
 * Every character normalise's replacements change, in one class: a text with none of them (most
 * pasted or .txt minutes) is looked at once instead of by each replacement in turn. Not the
 * surrogates, which have their own test: in the class they made the scan twice as slow as all six.
 */
const changed =
  // eslint-disable-next-line no-control-regex
  /[\uFEFF\r\f\u2028\u2029\u00A0\u2007\u202F\t\u200B-\u200D\u2060\u00AD\uF0A7\uF0B7\uF0D8\uF076\uF0FC\uF06E\uF0A8\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

export function normalise(raw: string): string {
  const text = !changed.test(raw)
    ? raw
    : raw
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?|\f|\u2028|\u2029/g, '\n')
        .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
        .replace(/[\u200B-\u200D\u2060\u00AD]/g, '')
        .replace(privateBullets, '•')
        .replace(controls, '');
  // The lone-surrogate pattern looks behind at every character: only where there are surrogates at all.
  return /[\uD800-\uDFFF]/.test(text) ? text.replace(loneSurrogates, '') : text;
}

/** A keyword or label set in bold ("**RESOLVED**", "**1.**") is read as the keyword or label. */
const boldLead =
  /^\*\*((?:RESOLVED|AGREED|RECOMMENDED|Resolved|Agreed|Recommended)\b[^*]*|\(?[0-9a-z]{1,3}[.)])\*\*\s*/;

/** A line set in bold ("**5. Apologies**") or as a markdown heading ("## 5. Apologies") as its words. */
function markedLine(line: string): string {
  const heading = /^#{1,6}\s+(\S.*)$/.exec(line);
  if (heading) return heading[1]!.replace(/^\*\*([^*]+)\*\*$/, '$1');
  const bold = /^\*\*([^*]+)\*\*$/.exec(line);
  if (bold) return bold[1]!.trim();
  return line.replace(boldLead, '$1 ').trim();
}

const terminal = /[.!?:;”"’)\]]$/;
const functionWords =
  /\b(?:the|a|an|to|of|and|or|in|on|for|with|by|during|from|at|as|that|which|be|is|are|was|were|its|their|this|these|under|into|between)$/;

/** Whether a line starts something new: a list marker, a label, a keyword the parser reads. */
const startsSomething =
  /^(?:[·•Ø▪◦§➢►✓*o\-–—]\s|\(?\d{1,3}[.)]\s|\(?[a-z]{1,2}[.)]\s|\(?[ivx]{1,5}[.)]\s|\(?[A-Z][:)]\s|RESOLVED|AGREED|RECOMMENDED|Minutes:|Supporting documents|Present\b|Apologies\b|[A-Z][A-Z ]{2,30}:|(?:In attendance|Officers?|Also present|Also in attendance|Other Members|Members present|In the Chair|Presiding|Absent|Substitutes?)\b)/;

/**
 * Paragraphs from text: blank lines end one. A line carried over by the page (the previous one
 * unfinished and long, this one starting in lower case or after a word like "the") joins the one
 * before it, across a blank line too, as copying from a PDF leaves them (seed 004, paragraph 35).
 */
export function paragraphs(text: string): Para[] {
  return paragraphsOfLines(text.split('\n'));
}

/** `paragraphs` of a text given as its lines (none holding a "\n"), as readFurniture leaves them. */
export function paragraphsOfLines(given: string[]): Para[] {
  const out: Growing[] = [];
  let gap = false;
  // What split('\n') of the lines joined would give: an empty text is one empty line.
  const lines = given.length > 0 ? given : [''];
  const width = wrapWidth(lines);
  // File links' debris always says "icon": a text without the word has none to take out.
  const links = lines.some((line) => /icon/i.test(line));
  // Nor has a text without a size in kilobytes or megabytes any file sizes to take out. The figure
  // may end the line before ("12" / "KB"), so where a line has the unit the lines are joined to look.
  const sizes = lines.some((line) => unitOfSize.test(line)) && /\d\s*[KMG]B\b/.test(lines.join('\n'));
  for (const rawLine of lines) {
    const unlinked = (links ? rawLine.replace(debris, '') : rawLine).trimEnd();
    const line = sizes && sizeDebris.test(unlinked) ? unlinked.replace(sizeDebris, '') : unlinked;
    const trimmed = line.trim();
    if (!trimmed) {
      gap = true;
      continue;
    }
    if (debrisLine.test(trimmed)) continue;
    const indent = line.length - line.trimStart().length;
    const gapped = trimmed.includes('  ');
    const spaced = gapped ? trimmed.replace(/ {2,}/g, ' ') : trimmed;
    const clean = spaced.startsWith('**') || spaced.startsWith('#') ? markedLine(spaced) : spaced;
    // The line's column gaps as tabs, for the attendance lists (a marked line has none).
    const celled = gapped && clean === spaced ? cellsOfLine(trimmed) : null;
    const previous = out.at(-1);
    if (previous && continues(previous, clean, gap, width)) {
      if (celled !== null || previous.cells !== null)
        (previous.cells ??= [...previous.lines]).push(celled ?? clean);
      previous.lines.push(clean);
      previous.end = `${previous.end} ${clean}`.slice(-END);
      previous.length += 1 + clean.length;
      previous.lastLine = trimmed.length;
      previous.capitals &&= allCapitals(clean);
    } else {
      out.push({
        lines: [clean],
        cells: celled === null ? null : [celled],
        end: clean.slice(-END),
        length: clean.length,
        indent,
        lastLine: trimmed.length,
        capitals: allCapitals(clean),
      });
    }
    gap = false;
  }
  // A loop, not map: the array is then made one way whether or not V8 has optimised this function
  // (an inlined map's array had another hidden class, and every loop over paragraphs deoptimised).
  const paras: Para[] = [];
  for (const para of out)
    // A paragraph of columns keeps its lines apart too: each is a row.
    paras.push({ text: para.lines.join(' '), indent: para.indent, cells: para.cells?.join('\n') });
  return paras;
}

/**
 * The width text was wrapped at, when it was (an e-mail, a copy from a PDF): most long lines end
 * within a few characters of the same length. Zero when the lines are paragraphs.
 */
function wrapWidth(lines: string[]): number {
  // Two loops over the lines' lengths, without the arrays a map and two filters made.
  const lengths: number[] = [];
  let widest = 0;
  for (const line of lines) {
    const length = line.trim().length;
    if (length === 0) continue;
    lengths.push(length);
    if (length <= 120 && length > widest) widest = length;
  }
  let nearWidest = 0;
  for (const length of lengths) if (length >= widest - 15 && length <= widest) nearWidest++;
  return widest >= 40 && nearWidest >= Math.max(3, lengths.length * 0.3) ? widest : 0;
}

/**
 * A paragraph being built, kept as its lines (joined once at the end) with what `continues` asks
 * of it: how it ends, its length, its last line's length, whether it is all capitals so far. Asking
 * the whole text at every line would make a long text take quadratic time.
 */
interface Growing {
  lines: string[];
  /** The lines with their column gaps as tabs, once one of them had a gap; null before. */
  cells: string[] | null;
  end: string;
  length: number;
  indent: number;
  lastLine: number;
  capitals: boolean;
}

/**
 * A line's column gaps as tabs: two or more spaces between words, not after a sentence's or a label's
 * mark ("Apologies.  Councillor …", "Present:   Cllr …", "45.   Minutes" are one cell each side).
 */
const columnGap = /(?<=[^\s.:;,!?]) {2,}(?=\S)/g;
function cellsOfLine(line: string): string | null {
  const cells = line.replace(columnGap, '\t');
  return cells.includes('\t') ? cells.replace(/ {2,}/g, ' ') : null;
}

/** The unit of a file's size, which a size (`\d\s*[KMG]B\b`) ends with on one line. */
const unitOfSize = /[KMG]B\b/;

/** Unchanged in capitals: a lower-case a–z answers at once, without a copy of the line in capitals. */
const allCapitals = (line: string) => !/[a-z]/.test(line) && line === line.toUpperCase();

/** How much of a paragraph's end `continues` looks at: it only asks how the paragraph ends. */
const END = 80;

/** A line ending in a title or initials ("seconded by Councillor Mrs L M"): the name is on the next line. */
const nameBroken =
  /\b(?:by|and|from)\s+(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman)(?:\s+(?:Mr|Mrs|Ms|Miss|Dr))?\.?(?:\s+[A-Z]\.?){0,3}$/;

/** A numbered heading's number, with the word before it and the mark after it: "45.", "Agenda Item 2:", "PLA146/24 –". */
const headingNumber = new RegExp(
  String.raw`^(?:${numberWords}\s*)?\(?${numberToken}\)?[.):]?\s+(?:[–—-]\s+)?(?=[\p{Lu}\d])`,
  'u',
);

/** Made once: esbuild writes a \p{…} pattern as `new RegExp(…)`, which in a function runs on every call. */
const lowerFirst = /^\p{Ll}/u;

function continues(previous: Growing, line: string, gap: boolean, width: number): boolean {
  const { end, length } = previous;
  if (startsSomething.test(line) || terminal.test(end)) return false;
  if (
    previous.lines.length === 1 &&
    headingNumber.test(previous.lines[0]!) &&
    !lowerFirst.test(line) &&
    titleScore(previous.lines[0]!.replace(headingNumber, '')) >= 0.5
  )
    return false;
  if (previous.capitals) return false; // a heading in capitals
  const lower = /^[a-z]/.test(line);
  const open = length >= 50 && (lower || functionWords.test(end));
  if (!gap) return lower || open || (width > 0 && previous.lastLine >= width - 15) || nameBroken.test(end);
  return length >= 60 && (lower || functionWords.test(end));
}

/** Inline markdown a copied page may carry: **bold** and [link text](address). */
export function inlineMarkdown(text: string): { text: string; bold: boolean }[] {
  // Most paragraphs have neither a link nor bold: the patterns are tried only where they could match.
  const plain = text.includes('](') ? text.replace(/\[([^\]]+)\]\([^)\s]*\)/g, '$1') : text;
  const runs: { text: string; bold: boolean }[] = [];
  const parts = plain.includes('**') ? plain.split(/\*\*(.+?)\*\*/g) : [plain];
  parts.forEach((part, index) => {
    if (part) runs.push({ text: part, bold: index % 2 === 1 });
  });
  return runs;
}

export const withoutMarkdown = (text: string): string =>
  inlineMarkdown(text)
    .map((run) => run.text)
    .join('');

/** (?=\s) first: the look-behinds are tried only where white space is, not at every character. An initial
 * ("R.", or a Welsh digraph's "Ll.", "Rh.") ends no sentence. */
const sentenceBreak =
  /(?=\s)(?<=[.!?]["”’)]?)(?<!\b(?:\p{Lu}|Ll|Ch|Dd|Ff|Ng|Ph|Rh|Th)\.)(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Rev|Revd|St|No|Prof|Fr|Sgt|Supt|Co|Ltd|approx|cf|al)\.)\s+(?=[\p{Lu}“"(])|\n+/u;
/** Where `sentenceBreak` could first match: white space after a sentence's end. */
const sentenceEndInside = /[.!?]["”’)]?\s/;

/**
 * A text's sentences: a full stop, question or exclamation mark (a closing quotation with it) and a
 * capital after. An initial ("S. Westcott") or an abbreviated title ("Cllr. Baxter", "Mr.") ends none.
 */
export function sentencesOf(text: string): string[] {
  // A text with no full stop (or ? or !) before white space inside it, and no line break, is one
  // sentence: most clauses, headings and list lines. The splitting pattern's look-behinds are then
  // never tried.
  if (!text.includes('\n') && !sentenceEndInside.test(text)) {
    const sentence = text.trim();
    return sentence ? [sentence] : [];
  }
  const parts = text.split(sentenceBreak);
  // Trimmed, without the empty ones, in one loop (a map and a filter were deoptimised on the split's array).
  const sentences: string[] = [];
  for (const part of parts) {
    const sentence = part.trim();
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}

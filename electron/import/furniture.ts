import { pushAll } from '../../shared/arrays';
import { singleSpaced, titleScore } from './titles';

// What surrounds published minutes but is not part of them, taken away line by line before the text
// is read: a web page's navigation and file links, a PDF's running headers and footers and page
// numbers, words broken at line ends by hyphens, and headings set in spaced-out capitals. The rules
// are a reader's: a line that only names the page it is on, or repeats beside a page number on every
// page, is not the minutes.

/** Lines a committee website puts round the minutes: navigation, tabs, links to files and webcasts. */
const webLine = new RegExp(
  String.raw`^(?:${[
    String.raw`skip to (?:main )?content`,
    'home',
    'menu',
    'search',
    String.raw`agenda,? (?:decisions? and )?(?:draft )?minutes`,
    String.raw`agendas?,? reports and minutes`,
    String.raw`agendas?, meetings and minutes`,
    String.raw`(?:meetings?, )?agendas? and minutes`,
    'councillors and committees',
    String.raw`council and democracy`,
    String.raw`councillors, committees and meetings`,
    String.raw`how can we help you.*`,
    'media',
    'items',
    String.raw`no\.? *\|? *item *\|?`,
    String.raw`-{3}\|-{3}\|`,
    String.raw`[•·]? *share this item`,
    String.raw`additional documents:?`,
    String.raw`attendance details`,
    String.raw`issue - (?:meetings|decisions|items at meetings.*)`,
    String.raw`meeting details`,
    String.raw`decision details`,
    String.raw`meeting documents`,
    // Committee Explorer's pages: the system's name, and its table's header run together.
    String.raw`committee explorer`,
    String.raw`item *description *resolution`,
    String.raw`related documents:?`,
    String.raw`agenda for these minutes`,
    String.raw`accompanying documents:?`,
    String.raw`meeting summary`,
    String.raw`view directions`,
    String.raw`webcast for .*`,
    String.raw`view the webcast.*`,
    String.raw`click (?:here|the following link) .*`,
    String.raw`agenda frontsheet.*`,
    String.raw`agenda reports? pack.*`,
    String.raw`printed (?:decisions|minutes).*`,
    String.raw`this page is intentionally (?:left )?blank`,
    String.raw`public document pack`,
    String.raw`agenda item \d{1,3}`,
    String.raw`\|+`,
    // A page's own controls, alone on their line.
    String.raw`back to top`,
    String.raw`top of page`,
    String.raw`print(?: this page| version)?`,
    String.raw`printable version`,
    String.raw`share(?: this page)?`,
    String.raw`browse meetings`,
    String.raw`rss feed`,
  ].join('|')})$`,
  'i',
);

/** "Council and democracy > Agenda and draft minutes": a breadcrumb trail. */
const breadcrumb = /^[^>]{2,60}(?:\s+>\s+[^>]{2,80})+$/;

/** A line that only says which page it is: "Page 3 of 12", "- 2 -", "2./", "Page 4". */
const pageMark =
  /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}\s*\.\/|\(?continued\)?|cont(?:inued|'d)?\.{0,3})$/i;
/** A running header or footer that ends by saying which page it is: "Cabinet – 3 March 2025   Page 2 of 9". */
const endsWithPagePattern = /\S.*?\s(?:[–—-]\s*)?page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i;
/** The full pattern only where the line ends in a page number: tried on every long line, it is slow. */
const endsWithPage = {
  test: (line: string) =>
    endsInDigit(line) && /page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i.test(line) && endsWithPagePattern.test(line),
};
const endsInDigit = (line: string) => {
  const last = line.charCodeAt(line.length - 1);
  return last >= 48 && last <= 57;
};
const bareNumber = /^\d{1,4}$/;

/** "S e d e r u n t :" and "T H A T": a word set in spaced-out capitals, closed up. */
export function closeLetterSpacing(line: string): string {
  return line.replace(/\b(?:[A-Za-z] ){3,}[A-Za-z]\b(?: ?:)?/g, (spaced) => spaced.replace(/ /g, ''));
}
const spacedLetters = /\b(?:[A-Za-z] ){3,}[A-Za-z]\b/;

/** The shape of a line for spotting repeats: case, runs of spaces and the numbers in it ignored. */
const shapeOf = (line: string) => {
  const lower = line.trim().toLowerCase();
  // Each replace only where it changes something: most lines have no digits and single spaces.
  const numbered = /\d/.test(lower) ? lower.replace(/\d+/g, '#') : lower;
  return singleSpaced(numbered) ? numbered : numbered.replace(/\s+/g, ' ');
};

/**
 * The minutes' lines without page furniture: web navigation, page numbers, and running headers and
 * footers (a line repeated on several pages next to a page number or a page mark). Words hyphenated
 * at a line's end are joined to their ending on the next line.
 */
export function withoutFurniture(text: string): string {
  return readFurniture(text).text;
}

/**
 * The text without its furniture, and the running headers and footers taken out of it ("Cabinet –
 * 3 March 2026   Page 2 of 9"): where the minutes have no title block, they name the meeting.
 */
export function readFurniture(text: string): { text: string; running: string[] } {
  const { lines, running } = furnitureLines(text);
  return { text: lines.join('\n'), running };
}

/**
 * readFurniture's lines, not joined: the parser reads them as lines, and joining them into one text
 * only to split it again cost a copy of the whole text. No line holds a "\n".
 */
export function furnitureLines(text: string): { lines: string[]; running: string[] } {
  const lines = text.split('\n');
  const running: string[] = [];
  const drop = new Array<boolean>(lines.length).fill(false);
  const trimmed = lines.map((line) => line.trim());
  // Each line's shape and how often each shape comes, made once and only when first asked for:
  // a text with no page numbers or page marks never asks.
  let shapes: string[] = [];
  let counts: Map<string, number> | null = null;
  const countShapes = (): Map<string, number> => {
    const found = new Map<string, number>();
    shapes = trimmed.map((line) => (line && line.length <= 120 ? shapeOf(line) : ''));
    trimmed.forEach((line, i) => {
      if (line && line.length <= 120 && /[A-Za-z]/.test(line)) {
        const shape = shapes[i]!;
        found.set(shape, (found.get(shape) ?? 0) + 1);
      }
    });
    return found;
  };
  const repeated = (i: number) => {
    const line = trimmed[i];
    if (!line || line.length > 120) return false;
    counts ??= countShapes();
    return (counts.get(shapes[i]!) ?? 0) >= 2 && !isLabel(line) && !shortReply(line);
  };
  // A minute's number alone on its line over its title ("2" / "Declarations of Interest"), not a page's.
  const overTitle = (i: number) => {
    const next = nearby(trimmed, i, 1).find((j) => j > i);
    if (next === undefined) return false;
    const title = trimmed[next]!;
    return !repeated(next) && !/^[\d(]/.test(title) && !/[.:;,]$/.test(title) && titleScore(title) >= 0.5;
  };
  const marks = new Set<number>();
  trimmed.forEach((line, i) => {
    if (!line) return;
    const trail = line.includes('>') && breadcrumb.test(line);
    // "Agenda item 4" over its item's title is the item's number; over a page number, an agenda pack's stamp.
    const itemNumber = /^agenda item \d/i.test(line) && overTitle(i);
    if ((webLine.test(line) && !itemNumber) || trail || pageMark.test(line) || endsWithPage.test(line)) {
      drop[i] = true;
      if (pageMark.test(line) || endsWithPage.test(line)) marks.add(i);
      if (endsWithPage.test(line)) running.push(line);
    }
    // A page number set far to the right, where no minute number stands.
    if (bareNumber.test(line) && lines[i]!.length - line.length >= 20) {
      drop[i] = true;
      marks.add(i);
    }
  });
  // Minutes that set their numbers alone over their titles do so for every minute: two or more such
  // numbers are the minutes', and one alone (a page number over a sub-heading) proves nothing.
  const overTitles = new Set<number>();
  trimmed.forEach((line, i) => {
    if (bareNumber.test(line) && !drop[i] && overTitle(i)) overTitles.add(i);
  });
  if (overTitles.size < 2) overTitles.clear();
  // A bare number beside a line that repeats from page to page is that page's number.
  trimmed.forEach((line, i) => {
    if (!bareNumber.test(line) || drop[i] || overTitles.has(i)) return;
    const neighbours = nearby(trimmed, i, 2);
    if (neighbours.some((j) => repeated(j) || marks.has(j))) {
      drop[i] = true;
      marks.add(i);
    }
  });
  // Lines that repeat from page to page beside a page number or mark: the running header or footer.
  for (const i of marks) {
    for (const j of nearby(trimmed, i, 2)) {
      if (repeated(j) && !looksLikeMinute(trimmed[j]!) && !drop[j]) {
        drop[j] = true;
        running.push(trimmed[j]!);
      }
    }
  }
  // An ACTION column at the right margin: its heading, and the owner at the end of a line ("Clerk", "AH", "SF/Clerk").
  // The heading's words first: a text that never says "Action" has no such column (and is not scanned line by line for one).
  const actions = /ACTION|Action/.test(text) && actionHeading.test(text);
  // Letters spaced out ("T H A T") only where some line has them: most texts have none.
  const spacedOut = spacedLetters.test(text);
  // Rows parted by a line of two bars or more, one a column ("||||||"): a web page's table as text.
  const barRows = /^[ \t]*\|{2,}[ \t]*$/m.test(text);
  const kept: string[] = [];
  lines.forEach((rawLine, i) => {
    if (drop[i]) return;
    // The heading, and an owner wrapped onto a line of its own at the margin ("Director of" / "Finance").
    if (actions && (actionHeading.test(rawLine) || /^\s{40,}\S.{0,24}$/.test(rawLine))) return;
    const line = actions ? rawLine.replace(actionOwner, '') : rawLine;
    const closed = spacedOut ? closeLetterSpacing(line) : line;
    // Only a line that opens with "|" can be a table's row; where rows are parted by lines of bars
    // (a web page's table copied as text, which loses each row's opening bar), so can one that
    // closes with it: "1. | APOLOGIES FOR ABSENCE |", "RESOLVED: |".
    if (closed.includes('|') && (closed.trimStart().startsWith('|') || (barRows && /\|\s*$/.test(closed))))
      pushAll(kept, tableRow(closed));
    else kept.push(closed);
  });
  return { lines: joinHyphenated(kept), running };
}

// Spaces, not \s: a run of blank lines before the heading is not scanned again from each line's start.
const actionHeading = /^ {20,}(?:ACTIONS?|Actions?|ACTION BY|Action by) *$/m;
const actionOwner = /(?<=\S)\s{6,}[A-Za-z]{1,12}(?:[ /,&]{1,3}[A-Za-z]{1,12}){0,3}\s*$/;

/**
 * "| 25/087 | Apologies: Cllr K Gale. | Clerk |": a table row saved as text, as the minute (its
 * number and text together) and its other cells as lines of their own. A header row is dropped.
 */
function tableRow(line: string): string[] {
  const trimmed = line.trim();
  if (!/^\|.*\|.*\|?$/.test(trimmed) && !/\|$/.test(trimmed)) return [line];
  const cells = trimmed
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (cells.length === 0 || cells.every((cell) => /^[-:\s]*$/.test(cell))) return [];
  if (cells.every((cell) => /^[\p{L} .]{1,30}$/u.test(cell) && !/\d/.test(cell)) && cells.length > 1)
    return [];
  const [first, second, ...rest] = cells;
  const numbered =
    second !== undefined && /^\(?[A-Z]{0,6}\/?\d{1,5}(?:[/.:]\d{1,4}){0,2}\)?\.?$/.test(first!);
  const out = numbered ? [`${first} ${second}`, ...rest] : cells;
  return out.flatMap((cell) => ['', cell]).concat('');
}

/** Indices of the non-blank lines within `distance` non-blank lines of `i`, either side. */
function nearby(lines: string[], i: number, distance: number): number[] {
  const found: number[] = [];
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < lines.length && seen < distance; j += step) {
      if (!lines[j]) continue;
      found.push(j);
      seen++;
    }
  }
  return found;
}

/** "None.", "Noted.", "Agreed.": a minute's whole text, which repeats from minute to minute, not from page to page. */
const shortReply = (line: string) => /\p{Ll}\.$/u.test(line) && line.split(/\s+/).length <= 4;

/** Labels and keywords repeat on every page of minutes, and are not furniture; nor is "The Board resolved:-". */
const isLabel = (line: string) =>
  /^(?:RESOLVED|AGREED|RECOMMENDED|Resolved|Agreed|Decision|DECISION|Minutes?|Present|Apologies|Reasons?|Supporting documents|Officers?|In attendance)\b/.test(
    line,
  ) || /\b(?:resolved|agreed|RESOLVED|AGREED)\s*(?::-?|[–—-])?$/.test(line);

/** A line that reads as the start of a minute: a number with a title, or a decision. */
const looksLikeMinute = (line: string) =>
  !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/i.test(
    line,
  ) && /^(?:\(?\d{1,4}[.)]?\s+[A-Za-z]|[A-Z]{1,6}[\s.]?\/?\d{1,4}\b)/.test(line);

/**
 * "re-" at a line's end and "spect" at the next line's start are "respect": a word broken by the
 * page, joined again, and "FINAN-" over "CIAL" in a title in capitals. A dash after a space, or
 * before a capital after a word in lower case, is left alone.
 */
export function joinHyphenated(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (
      line.includes('-') &&
      /[a-z]-$/i.test(line.trimEnd()) &&
      !/\s-$/.test(line.trimEnd()) &&
      i + 1 < lines.length
    ) {
      const next = lines[i + 1]!;
      // "FINAN-" over "CIAL STRATEGY": a word in capitals broken the same way.
      const capitals = /[A-Z]{2}-$/.test(line.trimEnd()) && /\b[A-Z]+-$/.test(line.trimEnd());
      const match = (capitals ? /^(\s*)([A-Z]{2,}\b[^\s]*)(.*)$/ : /^(\s*)([a-z][^\s]*)(.*)$/).exec(next);
      if (!match) break;
      // "Ab-" over "stain: 1).": a remainder that short ("1).") ends the same sentence, not a new line.
      const short =
        match[3]!.trim().length > 0 && match[3]!.trim().length <= 4 && !/[A-Za-z]/.test(match[3]!);
      line = `${line.trimEnd().slice(0, -1)}${match[2]}${short ? match[3] : ''}`;
      lines[i + 1] = match[3]!.trimStart() && !short ? `${match[1]}${match[3]!.trimStart()}` : '';
      if (!lines[i + 1]!.trim()) {
        i++;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

// A PDF's pages as the text a reader sees, from where each piece of text sits on the page: pieces on
// one baseline make a line (a paragraph number in the margin stays with its paragraph, a table's
// cells with their row), lines repeated at the top or bottom of most pages (running headers and
// footers) and page numbers are dropped, lines wrapped by the page are joined again (a word broken
// by a hyphen too), and a wider gap between lines becomes a blank line, as between paragraphs.
// Values in, values out: the reading of the file itself is in pdf.ts.
import { largest } from '../../shared/arrays';

/** A piece of text as the PDF places it: its left edge and baseline (points, y upwards), width and size. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfRun[];
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** A line that only numbers its page: "3", "Page 3", "Page 3 of 12", "- 3 -", "3 | Page". */
const pageNumber = /^(?:page\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*\|\s*page)?$/i;
/** A line that begins something new: a list marker, a clause's label, a keyword or a label with a colon. */
const startsSomething =
  /^(?:[•·▪◦●o\-–—*]\s|\(?(?:\d{1,3}|[a-z]{1,2}|[ivx]{1,5})[.)]\s|\d{1,4}(?:[./]\d{1,4})*[.:]?$|\d{1,3}(?:\.\d{1,3})+\s|\(?[A-Z][.):]\s|(?:RESOLVED|AGREED|RECOMMENDED|DECISION|Resolved|Agreed|Decision)\b)/;

/** The pieces of a page in lines, top to bottom, each line's pieces left to right. */
function linesOf(page: PdfPage): Line[] {
  // Spaces round a piece are dropped, its left edge moved past those before it.
  const runs = page.runs
    .filter((run) => run.text.trim() !== '')
    .map((run) => {
      const lead = run.text.length - run.text.trimStart().length;
      const text = run.text.trim();
      const perCharacter = run.width / run.text.length;
      return { ...run, text, x: run.x + lead * perCharacter, width: text.length * perCharacter };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of runs) {
    const group = groups.at(-1);
    const size = Math.max(run.size, 1);
    // Pieces whose baselines are within half a line's height share a line (a number set a little
    // higher or lower than its paragraph, a superscript).
    if (group && Math.abs(group[0]!.y - run.y) <= 0.5 * Math.min(size, Math.max(group[0]!.size, 1))) {
      group.push(run);
    } else groups.push([run]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of group) {
      const gap = run.x - end;
      const size = Math.max(run.size, 1);
      if (text && !/\s$/.test(text) && !/^\s/.test(run.text)) {
        // A gap as wide as a few characters separates columns; a narrow one, words.
        // A paragraph number set in a margin column of its own stays with its paragraph.
        if (gap > 2 * size && !/^\(?[\dA-Za-z]{1,3}(?:\.\d{1,3})*[.)]?$/.test(text)) text += '  ';
        else if (gap > 0.12 * size) text += ' ';
      }
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    text = text.replace(/\s+$/, '').replace(/^\s+/, '');
    if (!text) continue;
    lines.push({
      text,
      x: group[0]!.x,
      right: end,
      y: group[0]!.y,
      size: largest(
        group.map((run) => run.size),
        1,
      ),
    });
  }
  return lines;
}

/** A line's text with its numbers made alike, to find the same header on every page. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** How many lines at a page's top or bottom may be running headers or footers. */
const EDGE_LINES = 3;

/** The running headers and footers: edge lines of the same shape on most pages, and page numbers. */
function withoutRunningLines(pages: { page: PdfPage; lines: Line[] }[]): Line[][] {
  const counts = new Map<string, number>();
  const edges = pages.map(({ page, lines }) => {
    const band = page.height * 0.15;
    const top = lines.slice(0, EDGE_LINES).filter((line) => line.y >= page.height - band);
    const bottom = lines.slice(-EDGE_LINES).filter((line) => line.y <= band);
    return new Set([...top, ...bottom]);
  });
  for (const edge of edges) {
    for (const key of new Set([...edge].map((line) => shape(line.text)))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const repeated = (line: Line) => {
    const seen = counts.get(shape(line.text)) ?? 0;
    return pages.length >= 2 && seen >= 2 && seen >= pages.length / 2;
  };
  return pages.map(({ lines }, index) =>
    lines.filter((line) => !(edges[index]!.has(line) && (pageNumber.test(line.text) || repeated(line)))),
  );
}

/** The most common of `values`, rounded to a tenth, or `none`. */
function usual(values: number[], none: number): number {
  const counts = new Map<number, number>();
  for (const value of values) {
    const key = Math.round(value * 10) / 10;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = none;
  let most = 0;
  for (const [value, count] of counts) {
    if (count > most || (count === most && value < best)) {
      best = value;
      most = count;
    }
  }
  return best;
}

/**
 * Whether `next` carries on the paragraph `line` ends: `next`'s first word would not have fitted at
 * the end of `line` (so the page wrapped it), and `next` starts nothing new.
 */
function wraps(line: Line, next: Line, margin: number): boolean {
  // A line ending a sentence or a label is left for the text's reader to join or not.
  if (/[.:;!?]["”’)]?$/.test(line.text) || startsSomething.test(next.text)) return false;
  if (Math.abs(next.size - line.size) > 1) return false;
  // A row of a table (cells apart by a column's gap) is not a wrapped paragraph.
  if (line.text.includes('  ') || next.text.includes('  ')) return false;
  const perCharacter = (line.right - line.x) / Math.max(line.text.length, 1);
  const firstWord = (/^\S+/.exec(next.text)?.[0].length ?? 0) + 1;
  return line.right + firstWord * perCharacter >= margin - 0.1 * line.size;
}

/** Joins a wrapped line to the one before: a word broken by a hyphen is mended. */
function join(text: string, next: string): string {
  if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(next)) return text.slice(0, -1) + next;
  // "Vice-" then "Chair": a hyphenated name or word broken at its hyphen.
  if (/[A-Za-z]-$/.test(text) && /^[A-Z]/.test(next)) return text + next;
  return `${text} ${next}`;
}

/** The text of a PDF's pages, paragraphs apart by blank lines, lines wrapped by the page joined. */
export function pdfPagesToText(pages: PdfPage[]): string {
  const kept = withoutRunningLines(pages.map((page) => ({ page, lines: linesOf(page) })));
  const all = kept.flat();
  // The usual distance from one line to the next, and the right margin text reaches.
  const steps: number[] = [];
  for (const lines of kept) {
    for (let i = 1; i < lines.length; i++) {
      const step = lines[i - 1]!.y - lines[i]!.y;
      if (step > 0) steps.push(step);
    }
  }
  // The step between single-spaced lines (a wrapped paragraph's lines are this far apart): a gap
  // well over it is a blank line between paragraphs. A document spaced wider throughout has its
  // usual step instead.
  const size = usual(
    all.map((line) => line.size),
    10,
  );
  const close = steps.filter((gap) => gap >= 0.9 * size && gap <= 1.6 * size);
  const single = close.length >= steps.length / 10 ? usual(close, 1.2 * size) : usual(steps, 1.2 * size);
  // The right margin: where the longest lines end (the odd overhanging line aside).
  const rights = all.map((line) => line.right).sort((x, y) => x - y);
  const rightMargin = rights[Math.min(rights.length - 1, Math.floor(rights.length * 0.99))] ?? 0;
  const out: string[] = [];
  let previous: Line | null = null;
  for (const lines of kept) {
    lines.forEach((line, index) => {
      if (previous) {
        const sameParagraph = index > 0 ? previous.y - line.y <= single * 1.3 : true;
        if (sameParagraph && wraps(previous, line, rightMargin)) {
          out[out.length - 1] = join(out.at(-1)!, line.text);
          previous = line;
          return;
        }
        // A wider gap than the usual step, or a new page after a paragraph that ended: a new paragraph.
        if (index === 0 || previous.y - line.y > single * 1.45) out.push('');
      }
      out.push(line.text);
      previous = line;
    });
  }
  return out.join('\n');
}

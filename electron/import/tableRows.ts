// A committee website's table view of a meeting, copied: each item one row, "Title [purpose]
// [Additional documents:] [Decision: the decision] Minutes: the minutes |", with no numbers. A row
// may run over several lines (its decision and minutes keep their line breaks); rows are then
// parted by a line of "|" alone. Each row is an item: its title, then its minutes as sentences (a
// decision starts a sentence of its own). A decision printed under "Decision:" and again under
// "Minutes:" is read once, from the minutes.
import type { Heading } from './headings';
import { paragraphs, sentencesOf, type Para } from './text';
import { cleanTitle } from './titles';

const row = /^(.+?)\s+(?:Additional documents:\s*)?Minutes:\s*(.*?)\s*\|?\s*$/;
/** A row over several lines: its head, then "Decision:" or "Minutes:" and the rest. */
const longRow = /^([\s\S]+?)\s+(Decision|Minutes):\s*([\s\S]*?)\s*\|?\s*$/;
const fileSize = /\s*\b(?:pdf icon\s+)?PDF\s+[\d.,]+\s*[KMG]B\b/gi;
/** Where agenda wording (the purpose) begins after a row's title. */
const purposeStart =
  /\s(?=To (?:receive|consider|note|approve|confirm|agree|appoint|elect|determine|adopt)\b)/;
/** A title in capitals, then the agenda's wording in ordinary case: "DISCLOSABLE INTERESTS Members are …". */
const capitalsThenWording = /^((?:[^\sa-z]+\s+)*?[^\sa-z]*[A-Z0-9)][^\sa-z]*)\s+(?=[A-Z][a-z])/;
/** A separator line between rows: "|" alone (or a run of them). */
const separator = /^\|[|\s]*$/;

function titleAndPurpose(head: string): [string, string] {
  const text = head.replace(/\s*\bAdditional documents:\s*/g, ' ').trim();
  const [title, purpose = ''] = text.split(purposeStart, 2);
  const capitals = purpose ? null : capitalsThenWording.exec(title!);
  // Two words in capitals, or one of five letters or more: not an acronym opening a title ("CCTV Policy").
  if (capitals && /[A-Z]{5}|[A-Z]{2}\S*\s+\S*[A-Z]{2}/.test(capitals[1]!)) {
    return [capitals[1]!, title!.slice(capitals[0].length)];
  }
  return [title!, purpose];
}

interface Row {
  index: number;
  head: string;
  body: string;
}

/** Rows that end on their own line ("Title … Minutes: … |"). */
function lineRows(lines: string[]): Row[] {
  return lines.flatMap((line, index) => {
    const match = row.exec(line.trim());
    return match && !/^Minutes:/i.test(line.trim()) ? [{ index, head: match[1]!, body: match[2]! }] : [];
  });
}

/** Rows over several lines, each ending in "|" (the separators between them are furniture); null when no row runs over a line. */
function longRows(lines: string[]): Row[] | null {
  // The first row starts on the line of the first label; those before are the meeting's header.
  const start = lines.findIndex((line) => /\s(?:Decision|Minutes):(?:\s|$)/.test(line));
  if (start < 0) return null;
  const rows: Row[] = [];
  let multiLine = false;
  let first = -1;
  let gathered: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (gathered.length === 0 && (separator.test(line) || !line)) continue;
    if (gathered.length === 0) first = i;
    gathered.push(line);
    if (!line.endsWith('|') && i + 1 < lines.length) continue;
    if (gathered.length > 1) multiLine = true;
    const match = longRow.exec(gathered.join('\n'));
    gathered = [];
    if (!match) continue;
    const rest = match[3]!;
    // "Decision: … Minutes: …": the minutes, which repeat the decision among what was said.
    const minutes = match[2] === 'Decision' ? /(?:^|\s)Minutes:\s*([\s\S]*)$/.exec(rest) : null;
    rows.push({ index: first, head: match[1]!, body: minutes ? minutes[1]! : rest });
  }
  return multiLine && rows.length >= 2 ? rows : null;
}

/** The rows of a table view as paragraphs and their headings; null when the text is not one. */
export function tableView(text: string): { paras: Para[]; headings: Heading[] } | null {
  // Every row says "Minutes:"; a text that never does is not a table view (and is not split to find out).
  if (!text.includes('Minutes:')) return null;
  return tableViewOfLines(text.split('\n'));
}

/** `tableView` of a text given as its lines (none holding a "\n"), as readFurniture leaves them. */
export function tableViewOfLines(lines: string[]): { paras: Para[]; headings: Heading[] } | null {
  if (!lines.some((line) => line.includes('Minutes:'))) return null;
  // A line that ends in neither "|" nor white space, with a line after it: a row may run over lines.
  const runsOn = lines.some((line, i) => i + 1 < lines.length && /[^|\s]$/.test(line));
  const rows = (runsOn ? longRows(lines) : null) ?? lineRows(lines);
  if (rows.length < 2) return null;
  const paras: Para[] = paragraphs(lines.slice(0, rows[0]!.index).join('\n'));
  const headings: Heading[] = [];
  for (const { head: rawHead, body: rawBody } of rows) {
    const head = rawHead.replace(fileSize, '').trim();
    const [title, purpose] = titleAndPurpose(head);
    const at = paras.length;
    paras.push({ text: cleanTitle(title), indent: 0 });
    const body = sentencesOf(rawBody.replace(fileSize, ''));
    for (const sentence of body) paras.push({ text: sentence, indent: 0 });
    headings.push({ index: at, span: 1, number: '', title: cleanTitle(title), purpose: purpose.trim() });
  }
  return { paras, headings };
}

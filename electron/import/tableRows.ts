// A committee website's table view of a meeting, copied: each item one row, "Title [purpose]
// [Additional documents:] Minutes: the minutes |", with no numbers. Each row is an item: its title,
// then its minutes as sentences (a decision starts a sentence of its own).
import type { Heading } from './headings';
import { paragraphs, sentencesOf, type Para } from './text';
import { cleanTitle } from './titles';

const row = /^(.+?)\s+(?:Additional documents:\s*)?Minutes:\s*(.*?)\s*\|?\s*$/;
const fileSize = /\s*\b(?:pdf icon\s+)?PDF\s+[\d.,]+\s*[KMG]B\b/gi;
/** Where agenda wording (the purpose) begins after a row's title. */
const purposeStart =
  /\s(?=To (?:receive|consider|note|approve|confirm|agree|appoint|elect|determine|adopt)\b)/;

/** The rows of a table view as paragraphs and their headings; null when the text is not one. */
export function tableView(text: string): { paras: Para[]; headings: Heading[] } | null {
  // Every row says "Minutes:"; a text that never does is not a table view (and is not split to find out).
  if (!text.includes('Minutes:')) return null;
  const lines = text.split('\n');
  const rows = lines.flatMap((line, index) => {
    const match = row.exec(line.trim());
    return match && !/^Minutes:/i.test(line.trim()) ? [{ index, match }] : [];
  });
  if (rows.length < 2) return null;
  const paras: Para[] = paragraphs(lines.slice(0, rows[0]!.index).join('\n'));
  const headings: Heading[] = [];
  for (const { match } of rows) {
    const head = match[1]!.replace(fileSize, '').trim();
    const [title, purpose = ''] = head.split(purposeStart, 2);
    const at = paras.length;
    paras.push({ text: cleanTitle(title!), indent: 0 });
    const body = sentencesOf(match[2]!.replace(fileSize, ''));
    for (const sentence of body) paras.push({ text: sentence, indent: 0 });
    headings.push({ index: at, span: 1, number: '', title: cleanTitle(title!), purpose: purpose.trim() });
  }
  return { paras, headings };
}

// Published minutes as text, to the structure a careful reader sees in them: a single agenda item
// page (Modern.gov, seeds 000–003), an issue's or a decision's page, a whole meeting's minutes, or an
// item's report (seed 004). The rules come from how minutes are written. Where a rule cannot tell,
// the text stays narrative and a note says so, for the preview.
import type { ImportStructure } from '../../shared/importing';
import { MAX_IMPORT_ITEMS } from '../../shared/importing';
import { AppError } from '../../shared/result';
import { checkImportText, normalise, paragraphsOfLines, type Para } from './text';
import { furnitureLines } from './furniture';
import { issueMinutesAt, itemPage, meetingOfLine } from './itemPage';
import { meetingFrom, meetingMinutes } from './meetingPage';
import { looksLikeReport, reportPage } from './reportPage';
import { tableViewOfLines } from './tableRows';
import { withExemptSigns } from './exemptSigns';

const minutesLabel = /^Minutes\s*:$/i;
const decisionLabel = /^Decision\s*:$/i;

/** Where a single item's heading ends and its minutes start: its one "Minutes:" label, or an issue page's item line. */
function singleItemAt(paras: Para[], agendaItemPage: boolean): { headEnd: number; bodyStart: number } | null {
  // One pass over the paragraphs for both labels; only a short one ending in ":" can be either.
  const labels: number[] = [];
  const decisions: number[] = [];
  for (let index = 0; index < paras.length; index++) {
    const text = paras[index]!.text;
    if (text.length > 40 || !text.endsWith(':')) continue;
    if (minutesLabel.test(text)) labels.push(index);
    else if (decisionLabel.test(text)) decisions.push(index);
  }
  if (labels.length === 1) return { headEnd: labels[0]!, bodyStart: labels[0]! + 1 };
  if (labels.length > 0) return null;
  // A decision's page: "Decision Maker: …", "Decision:" and the decision, "Decided at meeting: …".
  if (
    decisions.length === 1 &&
    paras.some((para) => /^(?:Decision maker|Decided at meeting|Decision status)\s*:/i.test(para.text))
  ) {
    return { headEnd: decisions[0]!, bodyStart: decisions[0]! + 1 };
  }
  // An item's page without a "Minutes:" label: its title, then its minutes.
  if (agendaItemPage) {
    const title = paras.findIndex((para) => !meetingOfLine(para.text) && !/^Agenda item$/i.test(para.text));
    if (title >= 0) return { headEnd: title + 1, bodyStart: title + 1 };
  }
  const at = issueMinutesAt(paras);
  return at < 0 ? null : { headEnd: at, bodyStart: at };
}

/** The structure, with the words that say an item not marked exempt may be (exemptSigns.ts). */
export function parseImportText(raw: string): ImportStructure {
  return withExemptSigns(structureOf(raw));
}

function structureOf(raw: string): ImportStructure {
  checkImportText(raw);
  // The text's lines, read as lines: never joined into one text to be split again.
  const { lines, running } = furnitureLines(normalise(raw));
  const notes: string[] = [];
  const table = tableViewOfLines(lines);
  if (table) return { kind: 'meeting', ...meetingFrom(table.paras, table.headings, notes, running), notes };
  const paras = paragraphsOfLines(lines);
  // A committee website's item page starts "Agenda item" (the line itself is furniture, dropped).
  const agendaItemPage = /^(?:[^\n]*\n){0,10}?\s*Agenda item\s*$/im.test(raw.slice(0, 2000));
  const single = singleItemAt(paras, agendaItemPage);
  const structure = single
    ? itemPage(paras, single, notes)
    : looksLikeReport(paras)
      ? reportPage(paras, notes)
      : meetingMinutes(paras, notes, running);
  if (structure.items.length > MAX_IMPORT_ITEMS) {
    throw new AppError(
      'invalid_input',
      `The text has ${structure.items.length.toLocaleString('en-GB')} numbered items, more than any one meeting (at most ${MAX_IMPORT_ITEMS.toLocaleString('en-GB')}). Split it into one meeting a file.`,
    );
  }
  return structure;
}

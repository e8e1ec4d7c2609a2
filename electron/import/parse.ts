// Published minutes as text, to the structure a careful reader sees in them: a single agenda item
// page (Modern.gov, seeds 000–003), a whole meeting's minutes, or an item's report (seed 004).
// The rules come from how minutes are written. Where a rule cannot tell, the text stays narrative
// and a note says so, for the preview.
import type { ImportStructure } from '../../shared/importing';
import { MAX_IMPORT_ITEMS } from '../../shared/importing';
import { AppError } from '../../shared/result';
import { checkImportText, normalise, paragraphs } from './text';
import { itemPage } from './itemPage';
import { meetingMinutes } from './meetingPage';
import { looksLikeReport, reportPage } from './reportPage';

export function parseImportText(raw: string): ImportStructure {
  checkImportText(raw);
  const paras = paragraphs(normalise(raw));
  const notes: string[] = [];
  const minutesAt = paras.findIndex((para) => /^Minutes\s*:$/i.test(para.text));
  const structure =
    minutesAt >= 0
      ? itemPage(paras, minutesAt, notes)
      : looksLikeReport(paras)
        ? reportPage(paras, notes)
        : meetingMinutes(paras, notes);
  if (structure.items.length > MAX_IMPORT_ITEMS) {
    throw new AppError(
      'invalid_input',
      `The text has ${structure.items.length.toLocaleString('en-GB')} numbered items, more than any one meeting (at most ${MAX_IMPORT_ITEMS.toLocaleString('en-GB')}). Split it into one meeting a file.`,
    );
  }
  return structure;
}

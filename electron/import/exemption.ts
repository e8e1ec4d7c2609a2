// Exempt items: an item that says it is exempt and under which Schedule 12A paragraph, and the
// items after the resolution excluding the public, until the public are readmitted.
import type { ImportItem } from '../../shared/importing';
import { exemptParagraphs } from '../../shared/domain';
import { excludesPublic } from '../../shared/exemption';

export const schedule12A =
  /paragraphs?\s+(\d{1,2})(?:\s*(?:,|and|&)\s*\d{1,2})*\s+of\s+(?:Part\s+(?:1|I|4|IV)\s+of\s+)?Schedule\s+12\s*A/i;
export const exemptWords = /\b(?:exempt|not for publication|confidential|private)\b|\bpart\s+(?:2|II|B)\b/i;

/** An item that says it is exempt, and under which paragraph. */
export function exemptionOf(item: ImportItem, opening: string): void {
  // The resolution to exclude the public cites the paragraph, but is itself public business.
  if (excludesPublic.test(opening)) return;
  const paragraph = schedule12A.exec(opening);
  if (
    /\((?:exempt|confidential|private)\)|\bexempt\b/i.test(item.title) ||
    (paragraph && exemptWords.test(opening))
  ) {
    item.exempt = true;
  }
  if (item.exempt && paragraph) item.exemptParagraph = validParagraph(paragraph[1]);
}

export const validParagraph = (text: string | undefined): number | null => {
  const n = Number(text);
  return (exemptParagraphs as readonly number[]).includes(n) ? n : null;
};

export const readmits = /\b(?:re-?admitted|public returned|readmission)\b/i;

/** After the resolution to exclude the public, the items are exempt until the public are readmitted. */
export function applyExclusion(items: ImportItem[], notes: string[]): void {
  let paragraph: number | null = null;
  let excluded = false;
  for (const item of items) {
    const said = [
      item.title,
      item.minutesText,
      ...item.decisions.flatMap((decision) => [decision.preamble, ...decision.clauses.map((c) => c.text)]),
    ].join('\n');
    if (excluded && !excludesPublic.test(said)) {
      item.exempt = true;
      item.exemptParagraph ??= paragraph;
    }
    if (excludesPublic.test(said)) {
      excluded = true;
      paragraph = validParagraph(schedule12A.exec(said)?.[1]) ?? paragraph;
    }
    if (readmits.test(item.minutesText)) excluded = false;
  }
  for (const item of items) {
    if (item.exempt && item.exemptParagraph === null) {
      notes.push(
        `${item.number ? `Item ${item.number}` : `“${item.title}”`} is exempt, but the text does not say under which paragraph of Schedule 12A; choose it before importing.`,
      );
    }
  }
}

// Scotland's exclusions: under section 50A(4) of the Local Government (Scotland) Act 1973 the public
// are excluded for "exempt information as defined in paragraph 6 of Part I of Schedule 7A", whose
// paragraphs run 1–15 (not Schedule 12A's 1–7 and 12–18). Councils write the schedule "Schedule 7A",
// "Schedule 7(A)" or "Sch. 7A", the paragraphs before it ("paragraphs 6 and 9 of Part 1 of Schedule 7A")
// or after ("Schedule 7A, paragraph 8"), and some give each item its own ("paragraphs 6 (Items 10.2 and
// 10.3) and 8 (Item 10.1)", "article 18 (paragraph 9), article 19 (paragraphs 6 and 9)").
import { paragraphsUnder } from '../../shared/exemptBasis';

const schedule7A = /\bSch(?:edule|\.)?\s*7\s*\(?A\)?(?![\w(])/i;
const scottishAct = /\bLocal Government\s+\(Scotland\)\s+Act,?\s+1973\b|\bsection\s+50\s*\(?A\)?\s*\(4\)/i;

/** Whether a text excludes the public (or marks an item) under Scotland's law. */
export const citesScottishLaw = (text: string): boolean => schedule7A.test(text) || scottishAct.test(text);

/** A number that is one of Schedule 7A's paragraphs, else null. */
export const valid7A = (text: string | undefined): number | null => {
  const n = Number(text);
  return text !== undefined && paragraphsUnder['schedule 7A'].includes(n) ? n : null;
};

const paragraphWord = String.raw`(?:paragraphs?|paras?\.?)`;
/** "paragraph 6", "paragraphs 6 and 9", "paras 8 & 9": the first number after the word. */
const paragraphFirst = new RegExp(String.raw`\b${paragraphWord}\s*(\d{1,2})\b(?![.\d])`, 'i');

/**
 * The first Schedule 7A paragraph a text cites: the number after "paragraph(s)" in the same sentence
 * as the schedule, before it ("paragraph 6 of Part I of Schedule 7A") or after it ("Schedule 7(A),
 * paragraph 8"). Only where Scotland's law is named; else null.
 */
export function paragraph7A(text: string): number | null {
  if (!citesScottishLaw(text)) return null;
  for (const sentence of text.split(/(?<=[.;])\s+(?=[\p{Lu}(])|\n\s*\n/u)) {
    if (!citesScottishLaw(sentence)) continue;
    const at = sentence.search(schedule7A);
    // Before the schedule's name first ("paragraph 6 of Part I of Schedule 7A"), else anywhere.
    const before = at > 0 ? paragraphFirst.exec(sentence.slice(0, at)) : null;
    const found = valid7A(before?.[1]) ?? valid7A(paragraphFirst.exec(sentence)?.[1]);
    if (found !== null) return found;
  }
  return null;
}

const itemRef = String.raw`[A-Z]{0,5}\d[\w./]*`;
/** "article 18 (paragraph 9)", "item 11.1 (paragraphs 6 and 8)": an item, then its paragraph. */
const itemThenParagraph = new RegExp(
  String.raw`\b(?:items?|articles?|minutes?)\s+(${itemRef})\s*\(\s*${paragraphWord}\s*(\d{1,2})\b`,
  'gi',
);
/** "6 (Items 10.2 and 10.3)": a paragraph, then the items it covers. */
const paragraphThenItems = new RegExp(
  String.raw`\b(\d{1,2})\s*\(\s*(?:items?|articles?)\s+(${itemRef}(?:\s*(?:,|and|&)\s*${itemRef})*)\s*\)`,
  'gi',
);

/** Each item's own Schedule 7A paragraph where the exclusion gives them item by item; empty if not. */
export function paragraphsByItem(sentence: string): Map<string, number> {
  const byItem = new Map<string, number>();
  if (!citesScottishLaw(sentence)) return byItem;
  for (const match of sentence.matchAll(itemThenParagraph)) {
    const paragraph = valid7A(match[2]);
    if (paragraph !== null && !byItem.has(match[1]!)) byItem.set(match[1]!.replace(/\.$/, ''), paragraph);
  }
  // Only inside the list of paragraphs ("paragraphs 6 (Items …) and 8 (Item …)"), never a page's number.
  if (
    new RegExp(String.raw`\b${paragraphWord}\s*\d{1,2}\s*\(\s*(?:items?|articles?)\b`, 'i').test(sentence)
  ) {
    for (const match of sentence.matchAll(paragraphThenItems)) {
      const paragraph = valid7A(match[1]);
      if (paragraph === null) continue;
      for (const item of match[2]!.split(/\s*(?:,|\band\b|&)\s*/)) {
        const number = item.replace(/\.$/, '');
        if (number && !byItem.has(number)) byItem.set(number, paragraph);
      }
    }
  }
  return byItem;
}

/** "(Exempt – paragraph 9)", "Exempt information: paras 6 & 9": a paragraph the item's title gives. */
export const titleParagraph7A = (title: string): number | null => valid7A(paragraphFirst.exec(title)?.[1]);

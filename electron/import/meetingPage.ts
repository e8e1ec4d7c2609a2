// A whole meeting's minutes: the header (committee, date, venue, attendance), then numbered items.
import type { ImportStructure } from '../../shared/importing';
import { labelOf, readHead } from './decisions';
import { headingLike } from './narrative';
import { type Para } from './text';
import { itemNumber } from './itemPage';
import { parseItem } from './item';
import { applyExclusion } from './exemption';
import { fromItems, parseHeader } from './header';

export const finiteVerbs =
  /\b(?:was|were|is|are|has|have|had|noted|agreed|asked|requested|considered|received|resolved|be|will|would|should)\b/i;

export function titleLikeItem(title: string): boolean {
  const words = title.split(/\s+/);
  const capitals = title === title.toUpperCase();
  return (
    title.length <= 200 &&
    words.length <= 25 &&
    /^[A-Z0-9“"‘'(]/.test(title) &&
    !/[;,:]$/.test(title) &&
    !(title.endsWith('.') && (words.length > 8 || finiteVerbs.test(title))) &&
    !/^(?:That|To|The report|This|It)\b/.test(title) &&
    (capitals || !finiteVerbs.test(title))
  );
}

export function titleCased(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => !/^(?:and|of|the|for|on|in|to|a|an|&|-|–)$/i.test(word));
  return words.length > 0 && words.filter((word) => /^[A-Z0-9]/.test(word)).length / words.length >= 0.66;
}

export interface Heading {
  index: number;
  span: number;
  number: string;
  title: string;
}

export const numberOnly =
  /^(?:(?:Minute|Item)\s+(?:No\.?\s*)?)?((?:[A-Z]{1,6})?\d{1,4}(?:\/\d{2,4})?[a-z]?)[.:]?$/;
export const bareNumber = /^((?:[A-Z]{1,6}\s?)?\d{1,4}(?:\/\d{2,4})?)\s+(\S.*)$/;

/**
 * The numbered minute headings ("45.", "77/21", "PLA146/14", "Minute 12 –"). Numbers must rise;
 * a "3." that continues a decision's "1.", "2." is a clause unless it reads as a heading in
 * capitals or title case.
 */
export function findHeadings(paras: Para[]): Heading[] {
  const headings: Heading[] = [];
  let last = -Infinity;
  let list: { value: number; at: number } | null = null;
  let inDecision = false;
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!.text;
    const reading = readHead(text);
    if (reading && 'head' in reading) {
      inDecision = true;
      list = null;
      continue;
    }
    let candidate: Heading | null = null;
    const alone = numberOnly.exec(text);
    const next = paras[i + 1]?.text ?? '';
    if (alone && titleLikeItem(next)) candidate = { index: i, span: 2, number: alone[1]!, title: next };
    const punctuated = itemNumber.exec(text);
    if (!candidate && punctuated && titleLikeItem(punctuated[2]!)) {
      candidate = { index: i, span: 1, number: punctuated[1]!, title: punctuated[2]! };
    }
    const bare = bareNumber.exec(text);
    if (
      !candidate &&
      bare &&
      titleLikeItem(bare[2]!) &&
      (bare[2] === bare[2]!.toUpperCase() || titleCased(bare[2]!))
    ) {
      candidate = { index: i, span: 1, number: bare[1]!, title: bare[2]! };
    }
    const label = labelOf(text);
    if (candidate) {
      const value = Number(/\d+/.exec(candidate.number)![0]);
      const prefixed = /[A-Z/]/.test(candidate.number) || /^(?:Minute|Item|Agenda Item)\b/.test(text);
      const strong =
        prefixed || candidate.title === candidate.title.toUpperCase() || titleCased(candidate.title);
      const continuesList = list !== null && value === list.value + 1 && i - list.at <= 3;
      if (value > last && (!continuesList || (strong && !inDecision) || (strong && value === last + 1))) {
        headings.push(candidate);
        last = value;
        list = null;
        inDecision = false;
        i += candidate.span - 1;
        continue;
      }
    }
    if (label?.family === 'number') list = { value: label.value, at: i };
  }
  return headings;
}

export function meetingMinutes(paras: Para[], notes: string[]): ImportStructure {
  const headings = findHeadings(paras);
  const headerEnd = headings[0]?.index ?? 0;
  const meeting = headings.length > 0 ? parseHeader(paras.slice(0, headerEnd), notes) : null;
  if (headings.length === 0) {
    // One item's minutes pasted on their own: a title, if the first line reads as one, then the minutes.
    const [first, ...rest] = paras;
    const titled = first && headingLike(first.text) && rest.length > 0;
    if (!titled) notes.push('No title was found; give the item one.');
    const item = parseItem(
      { number: '', title: titled ? first.text : '', purpose: '' },
      titled ? rest : paras,
      notes,
    );
    return { kind: 'item', meeting: null, items: [item], notes };
  }
  const items = headings.map((heading, index) => {
    const end = headings[index + 1]?.index ?? paras.length;
    return parseItem(
      { number: heading.number, title: heading.title, purpose: '' },
      paras.slice(heading.index + heading.span, end),
      notes,
    );
  });
  if (meeting) fromItems(meeting, items);
  applyExclusion(items, notes);
  if (meeting && !meeting.date) notes.push('No meeting date was found; give it before importing.');
  if (meeting && !meeting.committee) notes.push('No committee name was found; choose the committee.');
  return { kind: 'meeting', meeting, items, notes };
}

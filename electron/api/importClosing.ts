// What an imported item's minutes text holds that is not its minutes: the meeting's closing line
// ("The meeting closed at 4.10 pm."), which is the meeting's end time, and the signature block after
// it ("Chair", "Signed …… Date ……"), which the Word document prints itself; and the paragraphs the
// text gives after the item's last decision ("Reason for decision: …"), which follow that decision.
import type { ImportItem } from '../../shared/importing';
import { plainText, type RichDoc, type RichNode } from '../../shared/richText';

const closingLine =
  /^(?:(?:there being no (?:further|other) business|as there was no (?:further|other) business)[,\s]+)?(?:the\s+)?(?:(?:meeting|committee|council|sub-committee|panel|board|cabinet) (?:was )?(?:closed|ended|finished|concluded|terminated|rose)|(?:chair|chairman|chairperson|mayor|convener) (?:then )?closed the meeting)\b[^.]*?\bat\s+(\d{1,2})(?:[.:](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|(hours|hrs)\b)?/i;

/** Whether a paragraph is the meeting's closing line, whatever its time reads as. */
const closingLineOf = (text: string): boolean => {
  const line = text.trim();
  return line.length <= 160 && closingLine.test(line);
};

/** What is known of the meeting when its closing line is read: its start time and its body. */
export interface ClosingContext {
  /** HH:MM, when the text or the officer gave it. */
  startTime?: string | null;
  /** The committee's name, for the hours such a body usually meets. */
  committee?: string | null;
}

const minutesOf = (time: string): number | null => {
  const found = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  return found ? Number(found[1]) * 60 + Number(found[2]) : null;
};

/** Parish, town and community councils meet in the evening, as do most planning meetings of them. */
const eveningBody = /\b(?:parish|town|community)\s+council\b|\bparish\s+meeting\b/i;

/**
 * "The meeting closed at 4.10 pm." as 16:10; null for any other paragraph. A time with no am or pm
 * ("closed at 7.45") is read by this rule:
 *   1. "21.15", "21.15 hours", "09.30 hrs" (an hour of 13 or more, a leading zero, "hours"): the
 *      24-hour clock, as printed.
 *   2. Otherwise, where the start time is known, the first of the two readings (morning or
 *      afternoon, 12 as noon) that is after the start: "closed at 7.45" after a 7 pm start is 19:45,
 *      after a 6.30 am start 07:45; "11.30" after a 10 am start is 11:30, after a 7 pm start 23:30.
 *      Where neither is after the start, no end time (it would contradict the start).
 *   3. Otherwise the hours councils meet: 1 to 9 is afternoon or evening (no meeting ends between
 *      1 and 9 in the morning), 10 and 11 the morning, 12 noon; for a parish, town or community
 *      council, which meets in the evening, 10 and 11 are the evening too.
 */
export function closingTime(text: string, context: ClosingContext = {}): string | null {
  const line = text.trim();
  const found = line.length <= 160 ? closingLine.exec(line) : null;
  if (!found) return null;
  const hours = Number(found[1]);
  const minutes = Number(found[2] ?? '0');
  const half = found[3]?.toLowerCase();
  if (hours > 23 || minutes > 59 || (half && (hours < 1 || hours > 12))) return null;
  const clock = (h: number) => `${String(h).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  if (half === 'p' && hours < 12) return clock(hours + 12);
  if (half === 'a' && hours === 12) return clock(0);
  if (half) return clock(hours);
  const twentyFour = found[4] !== undefined || hours >= 13 || hours === 0 || /^0\d/.test(found[1]!);
  if (twentyFour) return clock(hours);
  const morning = hours === 12 ? 12 : hours;
  const afternoon = hours === 12 ? null : hours + 12;
  const start = context.startTime ? minutesOf(context.startTime) : null;
  if (start !== null) {
    for (const reading of [morning, afternoon]) {
      if (reading !== null && reading * 60 + minutes > start) return clock(reading);
    }
    return null;
  }
  if (hours === 12) return clock(12);
  const evening = eveningBody.test(context.committee ?? '');
  return clock(hours <= 9 || evening ? hours + 12 : hours);
}

const signatureWords = new Set([
  'chair',
  'chairman',
  'chairperson',
  'chairwoman',
  'vice-chair',
  'vice',
  'mayor',
  'convener',
  'signed',
  'date',
  'dated',
  'presiding',
  'member',
]);

/** A line of the signature block: "Chair", "Signed ……………… (Chair)", "Date: ______". */
export function signatureLine(text: string): boolean {
  const line = text.trim();
  if (!line || line.length > 80) return false;
  const words = line
    .toLowerCase()
    .replace(/[^a-z-]+/g, ' ')
    .split(' ')
    .filter((word) => word.replace(/-/g, ''));
  return words.every((word) => signatureWords.has(word));
}

const textOf = (node: RichNode) => plainText({ type: 'doc', content: [node] }).trim();

export interface TidiedItem {
  /** The minutes without the closing line, the signature block and what follows the decisions. */
  minutes: RichDoc;
  /** The closing line's time, HH:MM, or null. */
  endTime: string | null;
  /** Paragraphs to print after the item's last decision. */
  afterDecision: RichNode[];
}

export function tidyItem(item: ImportItem, isLast: boolean, context: ClosingContext = {}): TidiedItem {
  let nodes = [...(item.minutes.content ?? [])];
  let endTime: string | null = null;
  // The closing line is found by its words; its time is read against the meeting's start.
  const closing = nodes.findIndex((node) => node.type === 'paragraph' && closingLineOf(textOf(node)));
  if (closing !== -1) {
    endTime = closingTime(textOf(nodes[closing]!), context);
    let stop = closing + 1;
    while (stop < nodes.length && signatureLine(textOf(nodes[stop]!))) stop++;
    nodes.splice(closing, stop - closing);
  }
  if (isLast || closing !== -1) {
    // The signature block at the end of the minutes, with or without a closing line before it.
    while (nodes.length > 0 && signatureLine(textOf(nodes.at(-1)!))) nodes.pop();
  }
  let afterDecision: RichNode[] = [];
  const after = item.decisions.length > 0 ? (item.afterDecisions ?? []) : [];
  if (after.length > 0) {
    // The last paragraphs of the narrative that are the ones the text gave after the decision.
    const wanted = new Set(after.map((text) => text.trim()));
    let from = nodes.length;
    while (from > 0 && nodes[from - 1]!.type === 'paragraph' && wanted.has(textOf(nodes[from - 1]!))) from--;
    if (from < nodes.length) {
      afterDecision = nodes.slice(from);
      nodes = nodes.slice(0, from);
    }
  }
  return {
    minutes: { type: 'doc', content: nodes.length ? nodes : [{ type: 'paragraph' }] },
    endTime,
    afterDecision,
  };
}

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The document without the sentences that are one of `texts` (declarations the import recorded as
 * structure): a paragraph that is one of them goes; one that holds them among other words keeps the
 * other words (as plain text where it was plain text, else whole, as written). Nothing else changes.
 */
export function withoutSentences(doc: RichDoc, texts: Set<string>): RichDoc {
  const wanted = [...texts].map(spaced).filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return doc;
  const content: RichNode[] = [];
  for (const node of doc.content ?? []) {
    if (node.type !== 'paragraph') {
      content.push(node);
      continue;
    }
    const text = spaced(textOf(node));
    if (wanted.includes(text)) continue;
    const plain = (node.content ?? []).every((child) => child.type === 'text' && !child.marks?.length);
    if (!plain || !wanted.some((sentence) => text.includes(sentence))) {
      content.push(node);
      continue;
    }
    let rest = text;
    for (const sentence of wanted) rest = rest.split(sentence).join(' ');
    rest = spaced(rest);
    if (/[\p{L}\p{N}]/u.test(rest)) content.push({ ...node, content: [{ type: 'text', text: rest }] });
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/**
 * "There were no declarations of interest.", "None declared.", "No interests were declared.": the
 * paragraph of a declarations minute that says nobody declared anything, as written; null if none.
 */
export function noneDeclared(doc: RichDoc): string | null {
  for (const node of doc.content ?? []) {
    if (node.type !== 'paragraph') continue;
    const text = spaced(textOf(node));
    if (text.length <= 160 && NONE_DECLARED.test(text)) return text;
  }
  return null;
}

const NONE_DECLARED =
  /^(?:nil|none(?: (?:declared|received|made|were (?:declared|made|received)))?|there (?:were|was) (?:none|no (?:declarations?|disclosures?|(?:\S+ )?interests?)\b.*)|no (?:declarations?|disclosures?|(?:\S+ )?interests?|members? declared)\b.*)[.!]?$/i;

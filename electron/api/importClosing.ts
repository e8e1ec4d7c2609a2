// What an imported item's minutes text holds that is not its minutes: the meeting's closing line
// ("The meeting closed at 4.10 pm."), which is the meeting's end time, and the signature block after
// it ("Chair", "Signed …… Date ……"), which the Word document prints itself; and the paragraphs the
// text gives after the item's last decision ("Reason for decision: …"), which follow that decision.
import type { ImportItem } from '../../shared/importing';
import { plainText, type RichDoc, type RichNode } from '../../shared/richText';

const closingLine =
  /^the (?:meeting|committee|council|sub-committee|panel) (?:was )?(?:closed|ended|finished|concluded|terminated|rose)\b[^.]*?\bat\s+(\d{1,2})(?:[.:](\d{2}))?\s*(?:([ap])\.?\s?m\b\.?|hours|hrs)?/i;

/** "The meeting closed at 4.10 pm." as 16:10; null for any other paragraph. */
export function closingTime(text: string): string | null {
  const line = text.trim();
  const found = line.length <= 160 ? closingLine.exec(line) : null;
  if (!found) return null;
  let hours = Number(found[1]);
  const minutes = Number(found[2] ?? '0');
  const half = found[3]?.toLowerCase();
  if (hours > 23 || minutes > 59 || (half && (hours < 1 || hours > 12))) return null;
  if (half === 'p' && hours < 12) hours += 12;
  else if (half === 'a' && hours === 12) hours = 0;
  // "closed at 4.10" with no am or pm: a committee ends in the afternoon or evening.
  else if (!half && hours < 8) hours += 12;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
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

export function tidyItem(item: ImportItem, isLast: boolean): TidiedItem {
  let nodes = [...(item.minutes.content ?? [])];
  let endTime: string | null = null;
  const closing = nodes.findIndex((node) => node.type === 'paragraph' && closingTime(textOf(node)));
  if (closing !== -1) {
    endTime = closingTime(textOf(nodes[closing]!));
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

/** The document without the top-level paragraphs whose words are one of `texts`. */
export function withoutParagraphs(doc: RichDoc, texts: Set<string>): RichDoc {
  if (texts.size === 0) return doc;
  const content = (doc.content ?? []).filter((node) => node.type !== 'paragraph' || !texts.has(textOf(node)));
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

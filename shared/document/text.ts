// Words into a document's runs and paragraphs: plain text, and rich text (the editor's JSON) with
// its sub-headings, real lists and quotations.
import type { RichDoc, RichNode } from '../richText';
import type { Block, HeadingLevel, ListKind, ListPlace, Run } from './model';

/**
 * Text as Word may hold it: XML 1.0 forbids most control characters (a stray one pasted from
 * another program would make Word refuse the whole file), and lone surrogate halves. Cleaned here,
 * so the preview shows exactly what the file holds.
 */
export function clean(text: string): string {
  // Most text has none of them: one test over it, and it is given back as it is (the Word export
  // cleans every run, and three replacements over every run were a tenth of a cold export's time).
  if (!needsCleaning.test(text)) return text;
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/\r\n|\r/g, '\n')
  );
}

/** Any character `clean` removes or changes: control characters, non-characters, surrogates, CR. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const needsCleaning = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  allCaps?: boolean;
}

/** A run of plain text (a line break in it stays a line break); none for no text. */
export function runs(text: string, style: RunStyle = {}): Run[] {
  const words = clean(text);
  if (words === '') return [];
  return [run(words, style)];
}

function run(text: string, style: RunStyle): Run {
  return {
    text,
    ...(style.bold ? { bold: true as const } : {}),
    ...(style.italics ? { italics: true as const } : {}),
    ...(style.allCaps ? { allCaps: true as const } : {}),
  };
}

type ParagraphExtras = Omit<Extract<Block, { type: 'paragraph' }>, 'type' | 'runs'>;

export const paragraph = (text: string, extra: ParagraphExtras = {}, style: RunStyle = {}): Block => ({
  type: 'paragraph',
  runs: runs(text, style),
  ...extra,
});

export const heading = (text: string, level: HeadingLevel, style: RunStyle = {}): Block => ({
  type: 'heading',
  level,
  runs: runs(text, style),
});

export const table = (header: string[], rows: string[][]): Block => ({
  type: 'table',
  header: header.map(clean),
  rows: rows.map((row) => row.map(clean)),
});

/** Hands out list instances: each list in a document numbers from 1. */
export class Lists {
  private next = 1;
  instance(): number {
    return this.next++;
  }
}

/** Whether rich text has any words in it. */
export function hasWords(doc: RichDoc | null | undefined): boolean {
  const walk = (node: RichNode): boolean =>
    (node.type === 'text' && (node.text ?? '').trim() !== '') || (node.content ?? []).some(walk);
  return doc ? walk(doc) : false;
}

/** A paragraph's text as runs, bold and italic kept. */
export function inlineRuns(node: RichNode, style: RunStyle = {}): Run[] {
  const out: Run[] = [];
  const walk = (current: RichNode) => {
    if (current.type === 'text') {
      const marks = current.marks ?? [];
      const text = clean(current.text ?? '');
      if (text === '') return;
      out.push(
        run(text, {
          ...style,
          bold: style.bold || marks.some((m) => m.type === 'bold'),
          italics: style.italics || marks.some((m) => m.type === 'italic'),
        }),
      );
      return;
    }
    if (current.type === 'hardBreak') {
      out.push(run('\n', style));
      return;
    }
    for (const child of current.content ?? []) walk(child);
  };
  walk(node);
  return out;
}

export interface RichOptions {
  /** The editor's sub-headings (levels 3 and 4) become these heading levels. */
  headings?: [HeadingLevel, HeadingLevel];
  /** A report's paragraphs, numbered through the report as one list. */
  numbered?: { kind: ListKind; instance: number };
  /** The list numbered lists use (a report letters them). */
  ordered?: ListKind;
}

/** Rich text as a document's blocks: sub-headings, real lists, quotations. */
export function richBlocks(
  doc: RichDoc | null | undefined,
  lists: Lists,
  options: RichOptions = {},
): Block[] {
  const out: Block[] = [];
  // An empty editor still holds one empty paragraph; it says nothing in the document.
  if (!doc || !hasWords(doc)) return out;
  const [sub3, sub4] = options.headings ?? [3, 4];
  const block = (node: RichNode, context: { list?: ListPlace; quote?: boolean }): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const level = node.type === 'heading' && node.attrs?.level === 4 ? sub4 : sub3;
        const place = context.list ? { list: context.list } : {};
        if (node.type === 'heading') out.push({ type: 'heading', level, runs: inlineRuns(node), ...place });
        else
          out.push({
            type: 'paragraph',
            runs: inlineRuns(node),
            ...(context.quote ? { quote: true as const } : {}),
            ...place,
          });
        return;
      }
      case 'bulletList':
      case 'orderedList': {
        const level = context.list ? Math.min(context.list.level + 1, 5) : 0;
        const kind: ListKind = node.type === 'bulletList' ? 'bullet' : (options.ordered ?? 'ordered');
        const instance = lists.instance();
        for (const item of node.content ?? []) {
          let first = true;
          for (const child of item.content ?? []) {
            if (child.type === 'paragraph' || child.type === 'heading') {
              block(child, first ? { ...context, list: { kind, instance, level } } : context);
              first = false;
            } else {
              block(child, { ...context, list: { kind, instance, level } });
            }
          }
        }
        return;
      }
      case 'blockquote':
        for (const child of node.content ?? []) block(child, { ...context, quote: true });
        return;
      default:
        for (const child of node.content ?? []) block(child, context);
    }
  };
  for (const node of doc.content ?? []) {
    if (options.numbered && node.type === 'paragraph')
      block(node, { list: { ...options.numbered, level: 0 } });
    else block(node, {});
  }
  return out;
}

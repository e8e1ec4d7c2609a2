// The pieces every Minutebook Word document is made of: the house style as real Word styles, real
// list numbering, the page header and "Page N of M" footer, and rich text mapped to paragraphs.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type IParagraphOptions,
} from 'docx';
import type { ClauseStyle } from '../../shared/decisions';
import type { HouseStyle } from '../../shared/houseStyle';
import type { RichDoc, RichNode } from '../../shared/richText';

export type Block = Paragraph | Table;

/**
 * Text as Word may hold it: XML 1.0 forbids most control characters (a stray one pasted from
 * another program would make Word refuse the whole file), and lone surrogate halves.
 */
export function clean(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
  );
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  allCaps?: boolean;
}

/** Runs for plain text; a line break in the text is a line break in Word. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  if (text === '') return [];
  return clean(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

export const paragraph = (text: string, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph =>
  new Paragraph({ ...options, children: runs(text) });

export const heading = (text: string, level: 1 | 2 | 3 | 4): Paragraph =>
  new Paragraph({ heading: headingLevels[level], children: runs(text) });

/** The document's title, in Word's Title style. */
export const title = (text: string, style: RunStyle = {}): Paragraph =>
  new Paragraph({ heading: HeadingLevel.TITLE, children: runs(text, style) });

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** A table whose first row is marked as its header row (repeated on each page, read as headers). */
export function table(headers: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: runs(text, { bold }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text)) })),
    ],
  });
}

// Numbering: every list is real Word numbering, never typed numbers or bullets.
const indent = (level: number) => ({ left: 720 * (level + 1), hanging: 360 });
const levels = (formats: [string, string][]): ILevelsOptions[] =>
  formats.map(([format, text], level) => ({
    level,
    format: format as ILevelsOptions['format'],
    text,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: indent(level) } },
  }));

const bulletLevels = levels([
  [LevelFormat.BULLET, '\u2022'],
  [LevelFormat.BULLET, '\u25E6'],
  [LevelFormat.BULLET, '\u25AA'],
  [LevelFormat.BULLET, '\u2022'],
  [LevelFormat.BULLET, '\u25E6'],
  [LevelFormat.BULLET, '\u25AA'],
]);
const orderedLevels = levels([
  [LevelFormat.DECIMAL, '%1.'],
  [LevelFormat.LOWER_LETTER, '%2)'],
  [LevelFormat.LOWER_ROMAN, '%3.'],
  [LevelFormat.DECIMAL, '%4.'],
  [LevelFormat.LOWER_LETTER, '%5)'],
  [LevelFormat.LOWER_ROMAN, '%6.'],
]);

const clauseFormats: Record<ClauseStyle, [string, string]> = {
  '(1)': [LevelFormat.DECIMAL, '(%1)'],
  '1.': [LevelFormat.DECIMAL, '%1.'],
  '(a)': [LevelFormat.LOWER_LETTER, '(%1)'],
  '(i)': [LevelFormat.LOWER_ROMAN, '(%1)'],
};

export const numberingReference = {
  bullet: 'bullet',
  ordered: 'ordered',
  clause: (style: ClauseStyle) => `clause ${style}`,
  reportParagraphs: 'report paragraphs',
  agendaItems: 'agenda items',
  reportLists: 'report lists',
} as const;

const numbering = {
  config: [
    { reference: numberingReference.bullet, levels: bulletLevels },
    { reference: numberingReference.ordered, levels: orderedLevels },
    ...(Object.keys(clauseFormats) as ClauseStyle[]).map((style) => ({
      reference: numberingReference.clause(style),
      levels: levels([clauseFormats[style]]),
    })),
    { reference: numberingReference.reportParagraphs, levels: levels([[LevelFormat.DECIMAL, '%1.']]) },
    { reference: numberingReference.agendaItems, levels: levels([[LevelFormat.DECIMAL, '%1.']]) },
    {
      reference: numberingReference.reportLists,
      levels: levels([
        [LevelFormat.LOWER_LETTER, '%1)'],
        [LevelFormat.LOWER_ROMAN, '%2.'],
        [LevelFormat.DECIMAL, '%3.'],
      ]),
    },
  ],
};

/**
 * Hands out list instances: each list in the document is its own instance, so it numbers from 1,
 * while paragraphs of one list (a decision's clauses, a report's paragraphs) share theirs.
 */
export class Lists {
  private next = 1;
  instance(): number {
    return this.next++;
  }
}

/** Rich text (the editor's JSON) as Word paragraphs: sub-headings, real lists, quotations. */
export function richBlocks(
  doc: RichDoc | null,
  lists: Lists,
  options: {
    /** The editor's sub-headings (levels 3 and 4) become these Word heading levels. */
    headings?: [1 | 2 | 3 | 4, 1 | 2 | 3 | 4];
    /** A report's paragraphs, numbered through the report as one list. */
    numbered?: { reference: string; instance: number };
    /** The reference numbered lists use (a report letters them). */
    ordered?: string;
  } = {},
): Paragraph[] {
  const out: Paragraph[] = [];
  const [sub3, sub4] = options.headings ?? [3, 4];
  const inline = inlineRuns;
  const block = (
    node: RichNode,
    context: { list?: { reference: string; instance: number; level: number }; quote?: boolean },
  ): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const level = node.type === 'heading' && node.attrs?.level === 4 ? 4 : 3;
        out.push(
          new Paragraph({
            heading: node.type === 'heading' ? headingLevels[level === 3 ? sub3 : sub4] : undefined,
            style: context.quote && node.type === 'paragraph' ? 'Quote' : undefined,
            numbering: context.list
              ? {
                  reference: context.list.reference,
                  level: context.list.level,
                  instance: context.list.instance,
                }
              : undefined,
            children: inline(node),
          }),
        );
        return;
      }
      case 'bulletList':
      case 'orderedList': {
        const level = context.list ? context.list.level + 1 : 0;
        const reference =
          node.type === 'bulletList'
            ? numberingReference.bullet
            : (options.ordered ?? numberingReference.ordered);
        const instance = lists.instance();
        for (const item of node.content ?? []) {
          let first = true;
          for (const child of item.content ?? []) {
            if (child.type === 'paragraph' || child.type === 'heading') {
              block(child, first ? { ...context, list: { reference, instance, level } } : context);
              first = false;
            } else {
              block(child, { ...context, list: { reference, instance, level: Math.min(level, 5) } });
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
  // An empty editor still holds one empty paragraph; it says nothing in the document.
  if (!hasWords(doc)) return [];
  for (const node of doc?.content ?? []) {
    if (options.numbered && node.type === 'paragraph')
      block(node, { list: { ...options.numbered, level: 0 } });
    else block(node, {});
  }
  return out;
}

/** Whether rich text has any words in it. */
export function hasWords(doc: RichDoc | null): boolean {
  const walk = (node: RichNode): boolean =>
    (node.type === 'text' && (node.text ?? '').trim() !== '') || (node.content ?? []).some(walk);
  return doc ? walk(doc) : false;
}

/** A paragraph's text as runs, bold and italic kept. */
export function inlineRuns(node: RichNode, style: RunStyle = {}): TextRun[] {
  if (node.type === 'text') {
    const marks = node.marks ?? [];
    return runs(node.text ?? '', {
      ...style,
      bold: style.bold || marks.some((m) => m.type === 'bold') || undefined,
      italics: style.italics || marks.some((m) => m.type === 'italic') || undefined,
    });
  }
  if (node.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
  return (node.content ?? []).flatMap((child) => inlineRuns(child, style));
}

const halfPoints = (points: number) => Math.round(points * 2);

export interface PageMarking {
  /** Shown at the top of every page, e.g. "DRAFT — subject to approval". */
  banner: string[];
}

/** A whole document: the house style as styles, with a header banner and "Page N of M" footer. */
export function wordDocument(options: {
  style: HouseStyle;
  title: string;
  subject: string;
  marking: PageMarking;
  children: Block[];
}): Document {
  const { style, marking } = options;
  const headingRun = (extra: number) => ({
    font: style.fontFamily,
    size: halfPoints(style.headingSize + extra),
    bold: true,
  });
  return new Document({
    title: clean(options.title),
    subject: clean(options.subject),
    creator: clean(style.councilName),
    lastModifiedBy: 'Minutebook',
    description: 'Made with Minutebook',
    numbering,
    styles: {
      default: {
        document: {
          run: { font: style.fontFamily, size: halfPoints(style.bodySize), language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: headingRun(4), paragraph: { spacing: { after: 120 } } },
        heading1: { run: headingRun(2), paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: headingRun(0), paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: {
          run: { font: style.fontFamily, size: halfPoints(style.bodySize), bold: true },
          paragraph: { spacing: { before: 180, after: 60 }, keepNext: true },
        },
        heading4: {
          run: { font: style.fontFamily, size: halfPoints(style.bodySize), bold: true, italics: true },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
        listParagraph: { paragraph: { spacing: { after: 60 } } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 720, right: 720 } },
        },
        {
          id: 'Marking',
          name: 'Marking',
          basedOn: 'Normal',
          run: { bold: true, allCaps: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } },
        },
        headers: {
          default: new Header({
            children: marking.banner.map((line) => new Paragraph({ style: 'Marking', children: runs(line) })),
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: options.children,
      },
    ],
  });
}

export { AlignmentType, Paragraph, TextRun };

// A document model (shared/document) written as Word: the house style as real Word styles, real list
// numbering, the page header and "Page N of M" footer. Nothing here decides what a document says; it
// only says how Word shows it.
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
} from 'docx';
import {
  listKinds,
  listLevels,
  type Block,
  type DocumentModel,
  type ListPlace,
  type Run,
} from '../../shared/document';
import { clean } from '../../shared/document/text';

/** A run of text; each line break in it is a line break in Word. */
function textRuns(run: Run): TextRun[] {
  const style = { bold: run.bold, italics: run.italics, allCaps: run.allCaps };
  if (run.text === '') return [];
  return clean(run.text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

const wordRuns = (runs: Run[]) => runs.flatMap(textRuns);

const headingLevels = {
  0: HeadingLevel.TITLE,
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** A table whose first row is marked as its header row (repeated on each page, read as headers). */
function wordTable(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: textRuns({ text, ...(bold ? { bold } : {}) }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text) => cell(text)) })),
    ],
  });
}

const twips = (points: number) => Math.round(points * 20);

const wordNumbering = (place: ListPlace | undefined) =>
  place ? { reference: place.kind, level: place.level, instance: place.instance } : undefined;

function wordBlock(block: Block): Paragraph | Table {
  switch (block.type) {
    case 'table':
      return wordTable(block.header, block.rows);
    case 'heading':
      return new Paragraph({
        heading: headingLevels[block.level],
        numbering: wordNumbering(block.list),
        children: wordRuns(block.runs),
      });
    case 'paragraph':
      return new Paragraph({
        style: block.quote ? 'Quote' : undefined,
        numbering: wordNumbering(block.list),
        keepNext: block.keepNext,
        keepLines: block.keepLines,
        spacing: block.spaceBefore ? { before: twips(block.spaceBefore) } : undefined,
        children: wordRuns(block.runs),
      });
  }
}

// Numbering: every list is real Word numbering, never typed numbers or bullets.
const indent = (level: number) => ({ left: 720 * (level + 1), hanging: 360 });
const wordFormats = {
  bullet: LevelFormat.BULLET,
  decimal: LevelFormat.DECIMAL,
  lowerLetter: LevelFormat.LOWER_LETTER,
  lowerRoman: LevelFormat.LOWER_ROMAN,
} as const;

const numbering = {
  config: listKinds.map((kind) => ({
    reference: kind,
    levels: listLevels[kind].map(({ format, text }, level): ILevelsOptions => ({
      level,
      format: wordFormats[format],
      text,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: indent(level) } },
    })),
  })),
};

const halfPoints = (points: number) => Math.round(points * 2);
/** Space between the page header's banner and the text below it, in twips (12 pt). */
const BANNER_GAP = 240;

/** The whole document: the house style as styles, with the header banner and "Page N of M" footer. */
export function wordDocument(model: Omit<DocumentModel, 'kind'>): Document {
  const { style, banner } = model;
  const headingRun = (extra: number) => ({
    font: style.fontFamily,
    size: halfPoints(style.headingSize + extra),
    bold: true,
  });
  return new Document({
    title: clean(model.title),
    subject: clean(model.subject),
    creator: clean(model.author),
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
            // A line's space after the banner: however many lines it takes, the page's first words
            // (the council's name) never run into it.
            children: banner.map(
              (line, index) =>
                new Paragraph({
                  style: 'Marking',
                  spacing: index === banner.length - 1 ? { after: BANNER_GAP } : undefined,
                  children: textRuns({ text: line }),
                }),
            ),
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
        children: model.blocks.map(wordBlock),
      },
    ],
  });
}

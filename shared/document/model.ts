// A Word document of a meeting as a value: the paragraphs in order, each with its words, its kind
// (title, heading, paragraph, quotation, list entry, table) and its list numbering. The minutes, the
// agenda and a report are laid out here once (shared/document/*), from a MeetingRecord; the exporter
// writes this value as a .docx (electron/export/word.ts) and the app's preview draws it as a page
// (renderer/documents/), so both say the same words in the same order with the same numbers.
import type { Edition } from '../meetingRecord';
import type { HouseStyle } from '../houseStyle';
import { lowerLetters, lowerRoman } from '../numerals';

/** A run of text; a line break inside a paragraph is "\n" in `text`. */
export interface Run {
  text: string;
  bold?: true;
  italics?: true;
  allCaps?: true;
}

/** The lists a document uses, each numbered its own way (listLevels). */
export const listKinds = [
  'bullet',
  'ordered',
  'clause (1)',
  'clause 1.',
  'clause (a)',
  'clause (i)',
  'report paragraphs',
  'agenda items',
  'report lists',
] as const;
export type ListKind = (typeof listKinds)[number];

/**
 * A paragraph's place in a list: which list (`instance`: each list in a document numbers from 1,
 * while the paragraphs of one list, such as a decision's clauses, share theirs) and how deep.
 */
export interface ListPlace {
  kind: ListKind;
  instance: number;
  level: number;
}

/** Word's Title (0) and Heading 1–4. */
export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

export type Block =
  | {
      type: 'paragraph';
      runs: Run[];
      /** A quotation (Word's Quote style). */
      quote?: true;
      list?: ListPlace;
      /** Kept on the same page as the paragraph after it (the signature block and what leads to it). */
      keepNext?: true;
      /** Never split across pages. */
      keepLines?: true;
      /** Space above, in points (the signature block stands apart). */
      spaceBefore?: number;
    }
  | { type: 'heading'; level: HeadingLevel; runs: Run[]; list?: ListPlace }
  | { type: 'table'; header: string[]; rows: string[][] };

export type DocumentKind = 'minutes' | 'agenda' | 'report';

export interface DocumentModel {
  /** A meeting's document, or the decisions register (across meetings). */
  kind: DocumentKind | 'decisions register';
  edition: Edition;
  /** The file's title property, e.g. "Cabinet: minutes, Monday 15 March 2021". */
  title: string;
  subject: string;
  /** The council, as the file's author. */
  author: string;
  /** The page header, on every page: "NOT FOR PUBLICATION…", "DRAFT — subject to approval". */
  banner: string[];
  style: HouseStyle;
  blocks: Block[];
}

export type LevelFormat = 'bullet' | 'decimal' | 'lowerLetter' | 'lowerRoman';

/** How each level of a list is numbered: Word's own numbering format, and its text ("(%1)"). */
export interface ListLevel {
  format: LevelFormat;
  text: string;
}

const level = (format: LevelFormat, text: string): ListLevel => ({ format, text });

export const listLevels: Record<ListKind, ListLevel[]> = {
  bullet: [
    level('bullet', '\u2022'),
    level('bullet', '\u25E6'),
    level('bullet', '\u25AA'),
    level('bullet', '\u2022'),
    level('bullet', '\u25E6'),
    level('bullet', '\u25AA'),
  ],
  ordered: [
    level('decimal', '%1.'),
    level('lowerLetter', '%2)'),
    level('lowerRoman', '%3.'),
    level('decimal', '%4.'),
    level('lowerLetter', '%5)'),
    level('lowerRoman', '%6.'),
  ],
  'clause (1)': [level('decimal', '(%1)')],
  'clause 1.': [level('decimal', '%1.')],
  'clause (a)': [level('lowerLetter', '(%1)')],
  'clause (i)': [level('lowerRoman', '(%1)')],
  'report paragraphs': [level('decimal', '%1.')],
  'agenda items': [level('decimal', '%1.')],
  'report lists': [level('lowerLetter', '%1)'), level('lowerRoman', '%2.'), level('decimal', '%3.')],
};

/** A number as Word writes it at a level: 3 → "3", "c", "iii". */
export function numberIn(format: LevelFormat, n: number): string {
  switch (format) {
    case 'bullet':
      return '';
    case 'decimal':
      return String(n);
    case 'lowerLetter':
      return lowerLetters(n);
    case 'lowerRoman':
      return lowerRoman(n);
  }
}

/**
 * Numbers list paragraphs as Word does: each list counts its own entries at each level, and an entry
 * restarts the levels below it. Give it the list paragraphs in document order; it answers each one's
 * marker ("(2)", "b)", "•").
 */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();

  marker(place: ListPlace): string {
    const key = `${place.kind}\u0000${place.instance}`;
    const counts = this.counts.get(key) ?? [];
    counts[place.level] = (counts[place.level] ?? 0) + 1;
    counts.length = place.level + 1;
    this.counts.set(key, counts);
    const levels = listLevels[place.kind];
    const own = levels[Math.min(place.level, levels.length - 1)]!;
    if (own.format === 'bullet') return own.text;
    return own.text.replace(/%(\d)/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const format = levels[Math.min(at, levels.length - 1)]!.format;
      return numberIn(format, counts[at] ?? 1);
    });
  }
}

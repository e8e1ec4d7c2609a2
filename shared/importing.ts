// What the importer finds in published minutes, an item page or a report: the structure the preview
// shows, the officer corrects, and the import writes. Also the JSON `minutebook import --json` prints.
import { exemptBases, paragraphsUnder, type ExemptBasis, type Exemption } from './exemptBasis';
import { z } from 'zod';
import { clauseStyles, decisionKeywords, type ClauseStyle, type DecisionKeyword } from './decisions';
import { exemptParagraphs } from './domain';
import type { RichDoc } from './richText';
import { richDoc } from './richTextSchema';

/** More items than this is not one meeting (nor a year of a busy committee). */
export const MAX_IMPORT_ITEMS = 2000;

export interface ImportPerson {
  /** Without the honorific: "Fiona Venner". */
  name: string;
  /** "Councillor", "Dr", … or empty. */
  honorific: string;
  /** As the text gives it: "Executive Member for Equality", "Chair"; empty when not given. */
  role: string;
}

export interface ImportClause {
  /** As printed: "(1)", "1.", "(a)"; empty for a decision with one unnumbered clause. */
  label: string;
  text: string;
  /** The group heading the clause comes under (seed 001), empty when none. */
  group: string;
}

export interface ImportVotes {
  for: number;
  against: number;
  abstain: number;
}

export interface ImportDecision {
  keyword: DecisionKeyword;
  qualifier: string;
  preamble: string;
  clauseStyle: ClauseStyle;
  clauses: ImportClause[];
  /** Names without honorific, or null when the text does not say. */
  mover: string | null;
  seconder: string | null;
  votes: ImportVotes | null;
  /** A recorded vote: who voted which way, by name. */
  recorded: { for: string[]; against: string[]; abstain: string[] } | null;
}

export interface ImportAction {
  /** Who is to do it, as written ("The Director for Adult Social Care"), or empty. */
  owner: string;
  text: string;
}

export interface ImportUpdate {
  heading: string;
  text: string;
  doc: RichDoc;
}

export interface ImportReport {
  text: string;
  doc: RichDoc;
  contactPoints: string;
  backgroundPapers: string;
}

export interface ImportItem {
  /** As printed: "45", "77/21", "PLA146/14"; empty when the text gives none. */
  number: string;
  title: string;
  purpose: string;
  exempt: boolean;
  /**
   * The law it is exempt under; left out or null, Schedule 12A. Under the 1960 Act (a parish or town
   * council's "confidential nature of the business") there is no paragraph.
   */
  exemptBasis?: ExemptBasis | null;
  /** The paragraph the officer chose (of exemptBasis's schedule), or the Schedule 12A paragraph the text cites. */
  exemptParagraph: number | null;
  /**
   * Scotland's: the Schedule 7A paragraph the text cites, which `exemptParagraph` (Schedule 12A's, or
   * the officer's choice) does not carry; `importedExemption` (exemptBasis.ts) puts the two together.
   */
  exemption?: Exemption | null;
  attendees: ImportPerson[];
  decisions: ImportDecision[];
  actions: ImportAction[];
  /** The minutes' narrative as plain text: bullets "• ", numbered lines "1. ", quotes "> ". */
  minutesText: string;
  minutes: RichDoc;
  updates: ImportUpdate[];
  report: ImportReport | null;
  /** Names of the documents listed under "Supporting documents:" (not imported: the files are not in the text). */
  supportingDocuments: string[];
  /**
   * The narrative paragraphs (as in `minutesText`) that the text gives after the item's last
   * decision ("Reason for decision: …"): imported after that decision, not before it. Absent: none.
   */
  afterDecisions?: string[];
  /**
   * The words that say an item NOT marked exempt may be ("Part 2", "not for publication", "considered
   * in private", or coming after an exclusion of the public that no readmission ends), as the text
   * gives them: the officer says "exempt" or "not exempt" before it is imported. Absent: none.
   */
  exemptSigns?: string[];
  /** The officer's answer to `exemptSigns`: not exempt, the item is public. Absent: not given. */
  notExempt?: boolean;
}

export interface ImportDeclaration {
  name: string;
  honorific: string;
  /** The minute or item number the interest was declared in, as written; empty when not said. */
  item: string;
  text: string;
}

export interface ImportMeeting {
  committee: string;
  /** YYYY-MM-DD, or null when the text gives no date. */
  date: string | null;
  /** HH:MM, or null. */
  startTime: string | null;
  venue: string;
  present: ImportPerson[];
  apologies: ImportPerson[];
  substitutes: (ImportPerson & { for: string })[];
  officers: ImportPerson[];
  /** Everyone else named as attending: other councillors, ward members, guests, parties, auditors. */
  others: ImportPerson[];
  declarations: ImportDeclaration[];
}

export const importKinds = ['item', 'meeting', 'report'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportStructure {
  kind: ImportKind;
  meeting: ImportMeeting | null;
  items: ImportItem[];
  /** What the parser could not decide, in sentences for the preview: kept as narrative, and why. */
  notes: string[];
}

/**
 * An item the officer must answer for before it is imported: not marked exempt, though its words say
 * it may be (`exemptSigns`), and not said to be public (`notExempt`).
 */
export const awaitsExemptAnswer = (item: Pick<ImportItem, 'exempt' | 'exemptSigns' | 'notExempt'>): boolean =>
  !item.exempt && (item.exemptSigns?.length ?? 0) > 0 && item.notExempt !== true;

/** "“Part 2”, “not for publication”": the words that raised an item, quoted, for a sentence. */
export const signWords = (signs: readonly string[]): string =>
  signs.map((words) => (words.startsWith('after “') ? words : `“${words}”`)).join(', ');

/** "item 9 “Depot lease”", or "“Depot lease”" where the text prints no number. */
export const itemLabel = (item: Pick<ImportItem, 'number' | 'title'>): string =>
  item.number ? `item ${item.number} “${item.title}”` : `“${item.title}”`;

/**
 * The one sentence naming the items the officer must answer for, and the words that raised each; null
 * when there are none. The caller adds how to answer (the preview, or the command line's options).
 */
export function exemptAnswerSentence(
  items: readonly ImportItem[],
  ask = {
    one: 'say whether it is exempt before it is imported.',
    many: 'Say whether each is exempt before they are imported.',
  },
): string | null {
  const waiting = items.filter(awaitsExemptAnswer);
  if (waiting.length === 0) return null;
  if (waiting.length === 1) {
    const item = waiting[0]!;
    const label = itemLabel(item);
    return `${label.charAt(0).toUpperCase()}${label.slice(1)} is not marked exempt, but its text says ${signWords(item.exemptSigns!)}: ${ask.one}`;
  }
  return `${waiting.length} items are not marked exempt, but their text says they may be: ${waiting
    .map((item) => `${itemLabel(item)} (${signWords(item.exemptSigns!)})`)
    .join('; ')}. ${ask.many}`;
}

/** A name as the directory would hold it, for matching: case, spaces and full stops ignored. */
export const nameKey = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();

/** Everyone the import names, once each, with where the directory already has them. */
export interface ImportPersonMatch {
  key: string;
  name: string;
  honorific: string;
  role: string;
  /** A directory entry with this exact name, when there is one and only one. */
  matchId: string | null;
  /** Directory entries that may be the same person (same surname and initial, or the same name twice). */
  candidates: { id: string; name: string; honorific: string; role: string }[];
}

export interface ImportPreview {
  structure: ImportStructure;
  people: ImportPersonMatch[];
  /** A committee already in Minutebook with the name the text gives. */
  committeeId: string | null;
}

/** One file's answer among several read at once: its preview, or the sentence it was refused with. */
export type PreviewAnswer = { ok: true; preview: ImportPreview } | { ok: false; message: string };

export interface ImportTarget {
  /** Add the items to this meeting rather than making a new one. */
  meetingId?: string;
  committeeId?: string;
  /** A committee by name: the one Minutebook has, or a new one. */
  committeeName?: string;
  date?: string;
  startTime?: string;
  venue?: string;
}

/** A file past minutes were imported from, known by the SHA-256 of its bytes. */
export interface ImportedSource {
  hash: string;
  fileName: string;
  meetingId: string;
}

export interface ImportResult {
  meetingId: string;
  committeeId: string;
  itemIds: string[];
  /** People added to the directory, by name as imported. */
  peopleAdded: string[];
  peopleMatched: number;
  /** What could not be recorded as structure (it is still in the minutes' text). */
  notes: string[];
}

// ---- The corrected structure the renderer sends back to be imported. ----

const shortText = (max: number) => z.string().max(max);
const person = z.strictObject({ name: shortText(200), honorific: shortText(40), role: shortText(300) });

const decision = z.strictObject({
  keyword: z.enum(decisionKeywords),
  qualifier: shortText(200),
  preamble: shortText(2000),
  clauseStyle: z.enum(clauseStyles),
  clauses: z
    .array(z.strictObject({ label: shortText(20), text: shortText(100_000), group: shortText(300) }))
    .max(500),
  mover: shortText(200).nullable(),
  seconder: shortText(200).nullable(),
  votes: z
    .strictObject({
      for: z.number().int().min(0).max(10_000),
      against: z.number().int().min(0).max(10_000),
      abstain: z.number().int().min(0).max(10_000),
    })
    .nullable(),
  recorded: z
    .strictObject({
      for: z.array(shortText(200)).max(1000),
      against: z.array(shortText(200)).max(1000),
      abstain: z.array(shortText(200)).max(1000),
    })
    .nullable(),
});

const item = z.strictObject({
  number: shortText(40),
  title: shortText(500),
  purpose: shortText(5000),
  exempt: z.boolean(),
  exemptBasis: z.enum(exemptBases).nullable().optional(),
  exemptParagraph: z
    .number()
    .refine(
      (n) =>
        (exemptParagraphs as readonly number[]).includes(n) || paragraphsUnder['schedule 7A'].includes(n),
      {
        error: 'Schedule 12A paragraph must be 1 to 7 (England) or 12 to 18 (Wales).',
      },
    )
    .nullable(),
  exemption: z
    .strictObject({ basis: z.enum(exemptBases), paragraph: z.number().int().min(1).max(18).nullable() })
    .nullable()
    .optional(),
  attendees: z.array(person).max(200),
  decisions: z.array(decision).max(200),
  actions: z.array(z.strictObject({ owner: shortText(300), text: shortText(2000) })).max(500),
  minutesText: z.string(),
  minutes: richDoc,
  updates: z.array(z.strictObject({ heading: shortText(500), text: z.string(), doc: richDoc })).max(50),
  report: z
    .strictObject({
      text: z.string(),
      doc: richDoc,
      contactPoints: shortText(5000),
      backgroundPapers: shortText(20_000),
    })
    .nullable(),
  supportingDocuments: z.array(shortText(1000)).max(500),
  afterDecisions: z.array(z.string()).max(10_000).optional(),
  exemptSigns: z.array(shortText(500)).max(100).optional(),
  notExempt: z.boolean().optional(),
});

export const importStructure = z.strictObject({
  kind: z.enum(importKinds),
  meeting: z
    .strictObject({
      committee: shortText(200),
      date: z.string().nullable(),
      startTime: z.string().nullable(),
      venue: shortText(300),
      present: z.array(person).max(500),
      apologies: z.array(person).max(500),
      substitutes: z.array(person.extend({ for: shortText(200) })).max(200),
      officers: z.array(person).max(500),
      others: z.array(person).max(500).default([]),
      declarations: z
        .array(
          z.strictObject({
            name: shortText(200),
            honorific: shortText(40),
            item: shortText(40),
            text: shortText(5000),
          }),
        )
        .max(500),
    })
    .nullable(),
  items: z.array(item).max(MAX_IMPORT_ITEMS),
  notes: z.array(z.string()).max(10_000),
});

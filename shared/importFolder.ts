// A folder of past minutes imported file by file (the command line's `import DIR` and the app's
// folder import alike): what became of each file, what the officer must still say, and the summary.
import type { ImportStructure } from './importing';
import { importedExemption } from './exemptBasis';

export type FolderOutcome = 'imported' | 'would import' | 'skipped' | 'needs attention' | 'refused';

/**
 * What a file's text does not say, for the officer to give: the committee and date (in the folder's
 * table, or --committee and --date), or, put right in the preview, its items or an exempt item's
 * Schedule 12A paragraph.
 */
export type FolderMissing = 'committee' | 'date' | 'items' | 'paragraph';

export interface FolderFile {
  name: string;
  outcome: FolderOutcome;
  /** Why it was skipped, needs attention or was refused; empty where imported. */
  reason: string;
  committee: string | null;
  date: string | null;
  items: number;
  decisions: number;
  meetingId: string | null;
  /** What the officer must still give before it can be imported; empty unless it needs attention. */
  missing: FolderMissing[];
  /** Imported: the people it added to the directory, by name as imported (none: absent or empty). */
  peopleAdded?: string[];
  /**
   * Skipped because its committee already has a meeting that day: that meeting (its id, as --meeting
   * takes it, and whether its minutes are approved, so must be reopened first). The command line only.
   */
  sameDayMeeting?: { id: string; approved: boolean };
}

/** Who an imported file added to the directory, as the single-file import says it; '' for nobody. */
export const peopleAddedText = (file: Pick<FolderFile, 'peopleAdded'>): string =>
  file.peopleAdded?.length ? `Added to the directory: ${file.peopleAdded.join(', ')}.` : '';

/** A file's row before anything is known of it: refused, with no reason yet. */
export const emptyFolderRow = (name: string): FolderFile => ({
  name,
  outcome: 'refused',
  reason: '',
  committee: null,
  date: null,
  items: 0,
  decisions: 0,
  meetingId: null,
  missing: [],
});

/** An exempt item whose law has paragraphs (not the 1960 Act) and whose paragraph is not given. */
const lacksParagraph = (item: ImportStructure['items'][number]): boolean => {
  const exemption = importedExemption(item);
  return exemption !== null && exemption.basis !== '1960 Act' && exemption.paragraph === null;
};

/**
 * Why a file read in a folder is not minutes at all (an email, a letter, a list saved beside them): it
 * names no meeting, and no heading or decision was found in it. Null for anything minute-like, however
 * little: a file that names its committee or date, or has a titled item or a decision, is read.
 */
export function notMinutesSentence(structure: ImportStructure): string | null {
  const minuteLike =
    structure.meeting !== null ||
    structure.items.some((item) => item.title.trim() !== '' || item.decisions.length > 0);
  return minuteLike
    ? null
    : 'It does not look like minutes: no meeting, heading or decision was found in it.';
}

/** What the officer must give before the meeting can be imported (given in `options`, or not at all). */
export function missingFrom(
  structure: ImportStructure,
  options: { committee?: string; date?: string } = {},
): FolderMissing[] {
  const missing: FolderMissing[] = [];
  if (structure.items.length === 0) missing.push('items');
  if (!options.committee && !structure.meeting?.committee) missing.push('committee');
  if (!options.date && !structure.meeting?.date) missing.push('date');
  // Under the 1960 Act an exempt item has no paragraph to choose; under Schedule 7A the paragraph the
  // text cites is in its `exemption` (importedExemption reads both, as the import itself does).
  if (structure.items.some(lacksParagraph)) missing.push('paragraph');
  return missing;
}

/** The one sentence saying what is missing, or null. */
export function missingSentence(
  missing: readonly FolderMissing[],
  structure?: ImportStructure,
): string | null {
  if (missing.includes('items')) return 'No agenda items were found in it.';
  const lacks = [
    ...(missing.includes('committee') ? ['which committee'] : []),
    ...(missing.includes('date') ? ['the meeting’s date'] : []),
  ];
  // The law the unparagraphed item is exempt under, as the text gives it (Schedule 12A unless it says).
  const law = structure?.items
    .filter(lacksParagraph)
    .some((item) => importedExemption(item)?.basis === 'schedule 7A')
    ? 'Schedule 7A'
    : 'Schedule 12A';
  const paragraph = missing.includes('paragraph')
    ? `An exempt item does not say its ${law} paragraph: open it in the preview to choose it.`
    : '';
  if (!lacks.length) return paragraph || null;
  return [`The text does not say ${lacks.join(' or ')}.`, paragraph].filter(Boolean).join(' ');
}

/** What the officer must say before the meeting can be imported, or null. */
export const whatIsMissing = (
  structure: ImportStructure,
  options: { committee?: string; date?: string } = {},
): string | null => missingSentence(missingFrom(structure, options), structure);

/** "Imported 27, skipped 1, needs attention 1, refused 1." */
export function folderSummary(results: FolderFile[], total: number): string {
  const count = (outcome: FolderOutcome) => results.filter((row) => row.outcome === outcome).length;
  const parts = [
    `Imported ${count('imported')}`,
    ...(count('would import') ? [`would import ${count('would import')}`] : []),
    `skipped ${count('skipped')}`,
    `needs attention ${count('needs attention')}`,
    `refused ${count('refused')}`,
  ];
  const stopped = results.length < total ? ` Stopped after ${results.length} of ${total} files.` : '';
  return `${parts.join(', ')}.${stopped}`;
}

/** "Minutes (copy)", "Minutes - Copy (2)", "Minutes copy", "Minutes (1)": what a copy adds to a name. */
const copySuffix = /(?:\s*-?\s*(?:\(\s*copy(?:\s+\d+)?\s*\)|copy(?:\s*\(\d+\)|\s+\d+)?|\(\d+\)))+$/i;

/** A file's name without what a copy adds, and whether it had any. */
function originalName(name: string): { stem: string; copy: boolean } {
  const dot = name.lastIndexOf('.');
  const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const stripped = base.replace(copySuffix, '');
  return stripped && stripped !== base ? { stem: stripped + ext, copy: true } : { stem: name, copy: false };
}

/**
 * A folder's files in the order they are read: by name, each copy ("… (copy)", "… (1)") straight
 * after its original, so that of two identical files the original's name is the one kept and the
 * copy is the one skipped.
 */
export function folderOrder(a: string, b: string): number {
  const [left, right] = [originalName(a), originalName(b)];
  return (
    left.stem.localeCompare(right.stem, 'en-GB', { numeric: true }) ||
    Number(left.copy) - Number(right.copy) ||
    a.localeCompare(b, 'en-GB', { numeric: true })
  );
}

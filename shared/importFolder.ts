// A folder of past minutes imported file by file (the command line's `import DIR` and the app's
// folder import alike): what became of each file, what the officer must still say, and the summary.
import type { ImportStructure } from './importing';

export type FolderOutcome = 'imported' | 'would import' | 'skipped' | 'needs attention' | 'refused';

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
}

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
});

/** What the officer must say before the meeting can be imported, or null. */
export function whatIsMissing(
  structure: ImportStructure,
  options: { committee?: string; date?: string } = {},
): string | null {
  const lacks: string[] = [];
  if (!options.committee && !structure.meeting?.committee) lacks.push('which committee');
  if (!options.date && !structure.meeting?.date) lacks.push('the meeting’s date');
  if (structure.items.length === 0) return 'No agenda items were found in it.';
  return lacks.length ? `The text does not say ${lacks.join(' or ')}.` : null;
}

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

// A folder's files in the app between reading and importing, with no call to the main process: each
// file as read, the officer's decision for it (the committee, the date, or leaving it out), where it
// stands, what the decision sends to imports.commit, and the summaries.
import { type FolderFile, missingFrom, missingSentence } from '../../shared/importFolder';
import type { ImportPreview, ImportTarget } from '../../shared/importing';

/** One file as read: what reading found ('would import', 'needs attention', 'skipped', 'refused'). */
export interface FoundFile {
  file: File;
  hash: string | null;
  found: FolderFile;
  /** The structure read, with the directory and committees matched; null where skipped or refused. */
  preview: ImportPreview | null;
}

/** The officer's decision for a file: a committee ("id:…" one Minutebook has, "new:…" one to make), a date, or leaving it out. */
export interface FileDecision {
  committee: string;
  date: string;
  leaveOut: boolean;
  /** The committee is a new one whose name the officer types ("new:" and what is typed so far). */
  typed?: boolean;
}

/** The committee decided, or '' where none is (a new one whose name is not yet typed). */
const decidedCommittee = (committee: string) =>
  committee.startsWith('new:') && !committee.slice(4).trim() ? '' : committee;

/** A file in the table: as read, the officer's decision, and what became of it once imported. */
export interface FolderRow extends FoundFile {
  decision: FileDecision;
  outcome: FolderFile | null;
}

/** What the file itself says: the committee Minutebook has by that name, a new one by the name the file gives, or nothing. */
export function firstDecision({ preview }: FoundFile): FileDecision {
  const named = preview?.structure.meeting?.committee;
  const committee = preview?.committeeId ? `id:${preview.committeeId}` : named ? `new:${named}` : '';
  return { committee, date: '', leaveOut: false };
}

export type RowState = 'ready' | 'decide' | 'left out' | 'skipped' | 'refused' | 'imported';

/** Where a row stands now, with the one sentence saying why where it is not ready. */
export function rowState(row: FolderRow): { state: RowState; reason: string } {
  if (row.outcome) {
    return { state: row.outcome.outcome === 'imported' ? 'imported' : 'decide', reason: row.outcome.reason };
  }
  if (row.found.outcome === 'skipped' || row.found.outcome === 'refused' || !row.preview) {
    return { state: row.found.outcome === 'skipped' ? 'skipped' : 'refused', reason: row.found.reason };
  }
  if (row.decision.leaveOut) return { state: 'left out', reason: '' };
  const missing = missingFrom(row.preview.structure, {
    ...(decidedCommittee(row.decision.committee) ? { committee: row.decision.committee } : {}),
    ...(row.decision.date ? { date: row.decision.date } : {}),
  });
  const reason = missingSentence(missing, row.preview.structure);
  return reason ? { state: 'decide', reason } : { state: 'ready', reason: '' };
}

/** The meeting's committee and date as the officer decided them, for imports.commit. */
export function targetOf(decision: FileDecision): ImportTarget {
  const { date } = decision;
  const committee = decidedCommittee(decision.committee).trim();
  return {
    ...(committee.startsWith('id:') ? { committeeId: committee.slice(3) } : {}),
    ...(committee.startsWith('new:') ? { committeeName: committee.slice(4) } : {}),
    ...(date ? { date } : {}),
  };
}

/** What became of each file, in the folder's order: a row not imported because the import was stopped is left out. */
export function outcomesOf(rows: readonly FolderRow[], stopped: boolean): FolderFile[] {
  return rows.flatMap((row): FolderFile[] => {
    if (row.outcome) return [row.outcome];
    const { state, reason } = rowState(row);
    if (state === 'skipped' || state === 'refused') return [row.found];
    if (state === 'left out') return [{ ...row.found, outcome: 'skipped', reason: 'Left out by you.' }];
    if (state === 'decide') return [{ ...row.found, outcome: 'needs attention', reason }];
    return stopped ? [] : [{ ...row.found, outcome: 'needs attention', reason: 'It was not imported.' }];
  });
}

/** "Read 30 files: 27 ready, 1 needs your decision, 1 skipped, 1 refused. Nothing has been imported yet." */
export function foundSummary(rows: readonly FolderRow[], total: number): string {
  const count = (state: RowState) => rows.filter((row) => rowState(row).state === state).length;
  const parts = [
    `${count('ready')} ready`,
    `${count('decide')} ${count('decide') === 1 ? 'needs' : 'need'} your decision`,
    ...(count('left out') ? [`${count('left out')} left out`] : []),
    `${count('skipped')} skipped`,
    `${count('refused')} refused`,
    ...(count('imported') ? [`${count('imported')} imported from the preview`] : []),
  ];
  const unread = rows.length < total ? ` Reading stopped after ${rows.length} of ${total} files.` : '';
  return `Read ${rows.length} file${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}.${unread}`;
}

/** The name of the committee a decision sends the file to: one Minutebook has, or the new one's. */
export function committeeNameOf(decision: FileDecision, committees: readonly { id: string; name: string }[]) {
  const { committee } = decision;
  if (committee.startsWith('new:')) return committee.slice(4).trim();
  return committees.find((each) => `id:${each.id}` === committee)?.name ?? '';
}

/** After the summary of what was found: what has been imported so far, truthfully. */
export function importedSoFar(rows: readonly FolderRow[]): string {
  const done = rows.filter((row) => rowState(row).state === 'imported').length;
  if (!done) return 'Nothing has been imported yet.';
  return `Only the ${done === 1 ? 'file' : `${done} files`} imported from the preview ${done === 1 ? 'has' : 'have'} been imported; the others have not been imported yet.`;
}

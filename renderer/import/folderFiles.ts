// A folder's files in the app: read first (each checked by its SHA-256 against the folder and what was
// imported before, then read in the import worker through imports.preview), with nothing imported;
// then what the officer decides for each (the committee, the date, or leaving it out); then each
// ready file imported as a meeting of its own, one transaction each.
import { emptyFolderRow, type FolderFile, missingFrom, missingSentence } from '../../shared/importFolder';
import type { ImportPreview, ImportTarget } from '../../shared/importing';
import { api, ApiCallError } from '../api/client';
import { base64Of } from './fileBytes';

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
}

/** A file in the table: as read, the officer's decision, and what became of it once imported. */
export interface FolderRow extends FoundFile {
  decision: FileDecision;
  outcome: FolderFile | null;
}

export const importable = /\.(?:txt|docx|pdf)$/i;

const sentence = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function sha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** One file read and nothing imported: the same as another in the folder, imported before, refused, or what it holds. */
export async function readFolderFile(file: File, seen: Map<string, string>): Promise<FoundFile> {
  const row = emptyFolderRow(file.name);
  const none = { file, hash: null, preview: null };
  try {
    const hash = await sha256(file);
    const twin = seen.get(hash);
    if (twin)
      return { ...none, hash, found: { ...row, outcome: 'skipped', reason: `The same file as ${twin}.` } };
    seen.set(hash, file.name);
    const [before] = await api.call('imports.sources', { hashes: [hash] });
    if (before) {
      return {
        ...none,
        hash,
        found: { ...row, outcome: 'skipped', reason: `Imported before (as ${before.fileName}).` },
      };
    }
    let preview: ImportPreview;
    try {
      preview = await api.call('imports.preview', { file: await base64Of(file), fileName: file.name });
    } catch (error) {
      return { ...none, hash, found: { ...row, reason: sentence(error) } };
    }
    const { structure } = preview;
    const missing = missingFrom(structure);
    const found: FolderFile = {
      ...row,
      outcome: missing.length ? 'needs attention' : 'would import',
      reason: missingSentence(missing) ?? '',
      missing,
      committee: structure.meeting?.committee || null,
      date: structure.meeting?.date ?? null,
      items: structure.items.length,
      decisions: structure.items.reduce((sum, item) => sum + item.decisions.length, 0),
    };
    return { file, hash, found, preview };
  } catch (error) {
    return { ...none, found: { ...row, reason: sentence(error) } };
  }
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
    ...(row.decision.committee ? { committee: row.decision.committee } : {}),
    ...(row.decision.date ? { date: row.decision.date } : {}),
  });
  const reason = missingSentence(missing);
  return reason ? { state: 'decide', reason } : { state: 'ready', reason: '' };
}

/** The meeting's committee and date as the officer decided them, for imports.commit. */
export function targetOf(decision: FileDecision): ImportTarget {
  const { committee, date } = decision;
  return {
    ...(committee.startsWith('id:') ? { committeeId: committee.slice(3) } : {}),
    ...(committee.startsWith('new:') ? { committeeName: committee.slice(4) } : {}),
    ...(date ? { date } : {}),
  };
}

/** A ready row imported as a meeting, in one transaction; what became of it. */
export async function importRow(row: FolderRow): Promise<FolderFile> {
  const base = { ...row.found, missing: [] };
  try {
    const result = await api.call('imports.commit', {
      structure: row.preview!.structure,
      target: targetOf(row.decision),
      people: {},
      source: { hash: row.hash!, fileName: row.found.name },
    });
    return { ...base, outcome: 'imported', reason: '', meetingId: result.meetingId };
  } catch (error) {
    const skipped = error instanceof ApiCallError && error.code === 'conflict';
    return { ...base, outcome: skipped ? 'skipped' : 'needs attention', reason: sentence(error) };
  }
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

// A folder of past minutes imported at once: every .txt, .docx and .pdf in it read and parsed in the
// import worker (memory and time limits, never in the caller's thread), then imported meeting by
// meeting, each in its own transaction through the router. A file is known by the SHA-256 of its
// bytes (migration 013): one imported before, or the same file twice in the folder under another
// name, is skipped. What the text does not say (the committee, the date) is left for the officer,
// and the file marked as needing attention; a file that cannot be read is refused with the reason.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportedSource, ImportResult, ImportStructure } from '../../shared/importing';
import { AppError } from '../../shared/result';
import type { Router } from '../api/router';
import { MAX_IMPORT_FILE_BYTES } from '../import/source';
import { readImport } from '../workers/jobs';

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

export interface FolderOptions {
  dryRun?: boolean;
  committee?: string;
  date?: string;
  /** Told before each file is read: how many are done, of how many, and the file's name. */
  onProgress?: (done: number, total: number, name: string) => void;
  /** Stops before the next file; the files already imported stay imported. */
  signal?: AbortSignal;
}

const importable = /\.(?:txt|docx|pdf)$/i;

/** The files a folder holds that can be imported, by name. */
export function importableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && importable.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** What the officer must say before the meeting can be imported, or null. */
function missing(structure: ImportStructure, options: FolderOptions): string | null {
  const lacks: string[] = [];
  if (!options.committee && !structure.meeting?.committee) lacks.push('which committee');
  if (!options.date && !structure.meeting?.date) lacks.push('the meeting’s date');
  if (structure.items.length === 0) return 'No agenda items were found in it.';
  return lacks.length ? `The text does not say ${lacks.join(' or ')}.` : null;
}

/** Imports every importable file in `dir`; the outcome for each, in the folder's order. */
export async function importFolder(
  dir: string,
  call: Router['call'],
  options: FolderOptions = {},
): Promise<FolderFile[]> {
  const names = importableFiles(dir);
  const results: FolderFile[] = [];
  const seen = new Map<string, string>();
  for (const [index, name] of names.entries()) {
    if (options.signal?.aborted) break;
    options.onProgress?.(index, names.length, name);
    const row: FolderFile = {
      name,
      outcome: 'refused',
      reason: '',
      committee: null,
      date: null,
      items: 0,
      decisions: 0,
      meetingId: null,
    };
    results.push(row);
    const file = path.join(dir, name);
    const size = statSync(file).size;
    if (size > MAX_IMPORT_FILE_BYTES) {
      row.reason = `The file is too large to import (${(size / 1048576).toFixed(0)} MB; at most ${MAX_IMPORT_FILE_BYTES / 1048576} MB). Split it into one meeting a file.`;
      continue;
    }
    const bytes = readFileSync(file);
    const hash = sha256(bytes);
    const twin = seen.get(hash);
    if (twin) {
      row.outcome = 'skipped';
      row.reason = `The same file as ${twin}.`;
      continue;
    }
    seen.set(hash, name);
    const known = await call('imports.sources', { hashes: [hash] });
    const before = known.ok ? (known.value as ImportedSource[])[0] : undefined;
    if (before) {
      row.outcome = 'skipped';
      row.reason = `Imported before (as ${before.fileName}).`;
      continue;
    }
    let structure: ImportStructure;
    try {
      structure = await readImport({ bytes, fileName: name });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      row.reason = error.message;
      continue;
    }
    row.committee = structure.meeting?.committee || null;
    row.date = structure.meeting?.date ?? null;
    row.items = structure.items.length;
    row.decisions = structure.items.reduce((sum, item) => sum + item.decisions.length, 0);
    const lacking = missing(structure, options);
    if (lacking) {
      row.outcome = 'needs attention';
      row.reason = lacking;
      continue;
    }
    if (options.dryRun) {
      row.outcome = 'would import';
      continue;
    }
    const result = await call('imports.commit', {
      structure,
      target: {
        ...(options.committee ? { committeeName: options.committee } : {}),
        ...(options.date ? { date: options.date } : {}),
      },
      people: {},
      source: { hash, fileName: name },
    });
    if (result.ok) {
      row.outcome = 'imported';
      row.meetingId = (result.value as ImportResult).meetingId;
    } else {
      row.outcome = result.error.code === 'conflict' ? 'skipped' : 'needs attention';
      row.reason = result.error.message;
    }
  }
  return results;
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

// A folder of past minutes imported at once: every .txt, .docx and .pdf in it read and parsed in the
// import worker, several files to a worker (memory and time limits, never in the caller's thread), then imported meeting by
// meeting, each in its own transaction through the router. A file is known by the SHA-256 of its
// bytes (migration 013): one imported before, or the same file twice in the folder under another
// name, is skipped. What the text does not say (the committee, the date) is left for the officer,
// and the file marked as needing attention; a file that cannot be read is refused with the reason.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  type FolderFile,
  emptyFolderRow,
  folderOrder,
  missingFrom,
  notMinutesSentence,
  missingSentence,
} from '../../shared/importFolder';
import {
  nameKey,
  type ImportedSource,
  type ImportResult,
  type ImportStructure,
} from '../../shared/importing';
import type { Meeting } from '../../shared/domain';
import { formatLongDate } from '../../shared/format';
import type { Router } from '../api/router';
import { MAX_IMPORT_FILE_BYTES } from '../import/fileLimits';
import { readImports } from '../workers/jobs';
import { displayFileName } from '../../shared/fileNames';
import { withExemptParagraphs } from './exemptParagraphs';

export interface FolderOptions {
  dryRun?: boolean;
  committee?: string;
  date?: string;
  /** Told before each file is read: how many are done, of how many, and the file's name. */
  onProgress?: (done: number, total: number, name: string) => void;
  /** Stops before the next file; the files already imported stay imported. */
  signal?: AbortSignal;
  /** --exempt-paragraph's choices for each file, by its name in the folder (exemptParagraphs.ts). */
  exemptParagraphs?: ReadonlyMap<string, readonly string[]>;
}

const importable = /\.(?:txt|docx|pdf)$/i;

/** The files a folder holds that can be imported, by name. */
export function importableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && importable.test(entry.name))
    .map((entry) => entry.name)
    .sort(folderOrder);
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Files read in one worker at a time: starting a worker costs more than reading most files. */
const BATCH_FILES = 8;
const BATCH_BYTES = 24 * 1024 * 1024;

/** Imports every importable file in `dir`; the outcome for each, in the folder's order. */
export async function importFolder(
  dir: string,
  call: Router['call'],
  options: FolderOptions = {},
): Promise<FolderFile[]> {
  const names = importableFiles(dir);
  const results: FolderFile[] = [];
  const seen = new Map<string, string>();
  // A dry run's meetings the folder's files would make, by committee, date and time: the file making each.
  const planned = new Map<string, string>();
  let next = 0;
  while (next < names.length && !options.signal?.aborted) {
    // The next batch: each file checked (size, and its hash against the folder and the data file)
    // before it is read.
    const toRead: { row: FolderFile; bytes: Buffer; hash: string }[] = [];
    let batchBytes = 0;
    while (next < names.length && toRead.length < BATCH_FILES && batchBytes < BATCH_BYTES) {
      const name = names[next]!;
      options.onProgress?.(next, names.length, name);
      next += 1;
      const row = emptyFolderRow(name);
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
        row.reason = `The same file as ${displayFileName(twin)}.`;
        continue;
      }
      seen.set(hash, name);
      const known = await call('imports.sources', { hashes: [hash] });
      const before = known.ok ? (known.value as ImportedSource[])[0] : undefined;
      if (before) {
        row.outcome = 'skipped';
        row.reason = `Imported before (as ${displayFileName(before.fileName)}).`;
        continue;
      }
      toRead.push({ row, bytes, hash });
      batchBytes += size;
    }
    if (toRead.length === 0) continue;
    const answers = await readImports(toRead.map(({ row, bytes }) => ({ bytes, fileName: row.name })));
    for (const [index, { row, hash }] of toRead.entries()) {
      const answer = answers[index]!;
      if (!answer.ok) {
        row.reason = answer.message;
        continue;
      }
      await importOne(row, answer.structure, hash, call, options, planned);
    }
  }
  return results;
}

/**
 * A dry run's answer for a file: what the import would do, as the data file stands and after the
 * folder's earlier files (two files of one committee's meeting: the second would be skipped).
 */
function dryRunOutcome(
  row: FolderFile,
  checked: Awaited<ReturnType<Router['call']>>,
  structure: ImportStructure,
  options: FolderOptions,
  planned: Map<string, string>,
): void {
  const answer = checked.ok ? (checked.value as { ok?: boolean; code?: string; message?: string }) : null;
  if (!checked.ok || answer?.ok === false) {
    const code = checked.ok ? answer!.code : checked.error.code;
    row.outcome = code === 'conflict' ? 'skipped' : 'needs attention';
    row.reason = checked.ok ? answer!.message! : checked.error.message;
    return;
  }
  const committee = options.committee ?? structure.meeting?.committee ?? '';
  const date = options.date ?? structure.meeting?.date ?? '';
  const key = `${nameKey(committee)}|${date}|${structure.meeting?.startTime ?? ''}`;
  const earlier = planned.get(key);
  if (earlier !== undefined) {
    row.outcome = 'skipped';
    row.reason = `${earlier}, earlier in this folder, would make ${committee}’s meeting on ${formatLongDate(date)}, so this file would not be imported: import it into that meeting.`;
    return;
  }
  planned.set(key, row.name);
  row.outcome = 'would import';
}

/** One file's structure imported as a meeting, or left for the officer with the reason. */
async function importOne(
  row: FolderFile,
  structure: ImportStructure,
  hash: string,
  call: Router['call'],
  options: FolderOptions,
  planned: Map<string, string>,
): Promise<void> {
  row.committee = structure.meeting?.committee || null;
  row.date = structure.meeting?.date ?? null;
  row.items = structure.items.length;
  row.decisions = structure.items.reduce((sum, item) => sum + item.decisions.length, 0);
  const notMinutes = notMinutesSentence(structure);
  if (notMinutes) {
    row.outcome = 'refused';
    row.reason = notMinutes;
    return;
  }
  const wrong = withExemptParagraphs(structure, [...(options.exemptParagraphs?.get(row.name) ?? [])]);
  if (wrong) {
    row.outcome = 'needs attention';
    row.reason = wrong;
    return;
  }
  const missing = missingFrom(structure, options);
  if (missing.length) {
    row.outcome = 'needs attention';
    row.reason = missingSentence(missing, structure)!;
    row.missing = missing;
    return;
  }
  const request = {
    structure,
    target: {
      ...(options.committee ? { committeeName: options.committee } : {}),
      ...(options.date ? { date: options.date } : {}),
    },
    people: {},
    source: { hash, fileName: row.name },
  };
  if (options.dryRun) {
    dryRunOutcome(row, await call('imports.check', request), structure, options, planned);
  } else {
    const result = await call('imports.commit', request);
    if (result.ok) {
      row.outcome = 'imported';
      const imported = result.value as ImportResult;
      row.meetingId = imported.meetingId;
      row.peopleAdded = imported.peopleAdded;
    } else {
      row.outcome = result.error.code === 'conflict' ? 'skipped' : 'needs attention';
      row.reason = result.error.message;
    }
  }
  if (row.outcome === 'skipped' && / already has a meeting on /.test(row.reason)) {
    const held = await sameDayMeeting(call, structure, options);
    if (held) row.sameDayMeeting = held;
  }
}

/**
 * The meeting a file was skipped for (its committee's meeting that day), found as the import found
 * it (electron/api/importTarget.ts: the committee's first meeting that day whose start time is not
 * another), so that the officer can import into it with --meeting.
 */
async function sameDayMeeting(
  call: Router['call'],
  structure: ImportStructure,
  options: FolderOptions,
): Promise<NonNullable<FolderFile['sameDayMeeting']> | null> {
  const committee = nameKey(options.committee ?? structure.meeting?.committee ?? '');
  const date = options.date ?? structure.meeting?.date;
  const startTime = structure.meeting?.startTime ?? '';
  if (!committee || !date) return null;
  const [committees, meetings] = await Promise.all([
    call('committees.list', {}),
    call('meetings.list', { from: date, to: date }),
  ]);
  if (!committees.ok || !meetings.ok) return null;
  const ids = new Set(
    (committees.value as { id: string; name: string }[])
      .filter((one) => nameKey(one.name) === committee)
      .map((one) => one.id),
  );
  const held = (meetings.value as Meeting[]).find(
    (meeting) =>
      ids.has(meeting.committeeId) && (!meeting.startTime || !startTime || meeting.startTime === startTime),
  );
  return held ? { id: held.id, approved: held.status === 'minutes approved' } : null;
}

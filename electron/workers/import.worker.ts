// Reading an import (a .docx through mammoth, or text) and parsing it into a meeting's structure,
// with the directory matched when the caller passes it: everything a hostile file could make slow
// or greedy, in a worker whose memory and time are limited (jobs.ts). A folder's files go several
// to a worker, since starting one costs more than reading most files. A worker started ahead of its
// job (prepareImportWorker) parses a short sample while it waits (warmUp.ts).
import type { ImportPreview, ImportStructure } from '../../shared/importing';
import { previewFrom } from '../import/preview';
import { parseImportText } from '../import/parse';
import { importText } from '../import/source';
import { warmUpParser } from '../import/warmUp';
import { AppError } from '../../shared/result';
import { serveWorker } from './serveWorker';

export interface ImportJob {
  /** Pasted text, or a file's bytes and name. */
  text?: string;
  bytes?: Uint8Array;
  fileName?: string;
  /** Several files read one after another in the one worker (a folder), each answered alone. */
  files?: { bytes: Uint8Array; fileName: string }[];
  /** The directory and committees to match the people and committee against, for a preview. */
  match?: { directory: Parameters<typeof previewFrom>[1]; committees: Parameters<typeof previewFrom>[2] };
}

/**
 * One file's answer in a batch: its structure (with the people and committee matched, when the job
 * asked for a preview), or the sentence it was refused with.
 */
export type BatchAnswer =
  { ok: true; structure: ImportStructure; preview?: ImportPreview } | { ok: false; message: string };

async function batch(
  files: NonNullable<ImportJob['files']>,
  match: ImportJob['match'],
): Promise<BatchAnswer[]> {
  const answers: BatchAnswer[] = [];
  for (const file of files) {
    try {
      const structure = parseImportText(await importText(file.bytes, file.fileName));
      answers.push(
        match
          ? { ok: true, structure, preview: previewFrom(structure, match.directory, match.committees) }
          : { ok: true, structure },
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      answers.push({ ok: false, message: error.message });
    }
  }
  return answers;
}

/** How many times a worker started ahead of its job parses the sample (more than once gained nothing). */
const WARM_UP_PARSES = 1;

serveWorker<ImportJob, ImportStructure | ImportPreview | BatchAnswer[]>(
  async (job) => {
    if (job.files) return batch(job.files, job.match);
    const raw = job.bytes ? await importText(job.bytes, job.fileName ?? '') : (job.text ?? '');
    const structure = parseImportText(raw);
    return job.match ? previewFrom(structure, job.match.directory, job.match.committees) : structure;
  },
  undefined,
  () => warmUpParser(WARM_UP_PARSES),
);

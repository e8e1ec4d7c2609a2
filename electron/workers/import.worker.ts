// Reading an import (a .docx through mammoth, or text) and parsing it into a meeting's structure,
// with the directory matched when the caller passes it: everything a hostile file could make slow
// or greedy, in a worker whose memory and time are limited (jobs.ts).
import type { ImportPreview, ImportStructure } from '../../shared/importing';
import { previewFrom } from '../import/preview';
import { parseImportText } from '../import/parse';
import { importText } from '../import/source';
import { serveWorker } from './serveWorker';

export interface ImportJob {
  /** Pasted text, or a file's bytes and name. */
  text?: string;
  bytes?: Uint8Array;
  fileName?: string;
  /** The directory and committees to match the people and committee against, for a preview. */
  match?: { directory: Parameters<typeof previewFrom>[1]; committees: Parameters<typeof previewFrom>[2] };
}

serveWorker<ImportJob, ImportStructure | ImportPreview>(async (job) => {
  const raw = job.bytes ? await importText(job.bytes, job.fileName ?? '') : (job.text ?? '');
  const structure = parseImportText(raw);
  return job.match ? previewFrom(structure, job.match.directory, job.match.committees) : structure;
});

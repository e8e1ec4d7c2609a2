// What runs in a worker, with which limits, and what the officer is told when a worker goes over
// one. The limits leave the process as a whole (browser mode's server, Electron's main process)
// well under 1 GB however hostile the input.
import type { ImportPreview, ImportStructure } from '../../shared/importing';
import { AppError } from '../../shared/result';
import type { ParsedInput } from '../../shared/api';
import type { ExportJob, StatutoryExportJob } from './export.worker';
import type { BatchAnswer, ImportJob } from './import.worker';
import { prepareWorker, runWorker, WorkerStopped, type WorkerLimits } from './runWorker';

/** Reading a .docx or text and parsing it: mammoth needs about 250 MB for 10 MB of Word XML. */
export const IMPORT_LIMITS: WorkerLimits = { memoryMb: 512, timeoutMs: 60_000 };
/** Building a Word document: minutes of 100,000 short paragraphs fit; 150,000 do not. */
export const EXPORT_LIMITS: WorkerLimits = { memoryMb: 448, timeoutMs: 120_000 };

function importStopped(error: WorkerStopped, what: 'document' | 'text'): AppError {
  const split =
    what === 'document'
      ? 'Split it into one meeting a file, or copy the part you need and paste it in.'
      : 'Split it into one meeting a paste.';
  return new AppError(
    'invalid_input',
    error.reason === 'crashed'
      ? `This ${what} could not be read: the reader stopped unexpectedly. ${split}`
      : `This ${what} is too large or too complex to import; Minutebook stopped reading it after ${
          error.reason === 'time'
            ? `${IMPORT_LIMITS.timeoutMs / 1000} seconds`
            : `${IMPORT_LIMITS.memoryMb} MB of memory`
        }. ${split}`,
  );
}

async function importJob<T>(job: ImportJob): Promise<T> {
  try {
    return await runWorker<T>('import', job, IMPORT_LIMITS);
  } catch (error) {
    if (error instanceof WorkerStopped) throw importStopped(error, job.bytes ? 'document' : 'text');
    throw error;
  }
}

/**
 * Starts an import worker ahead of the officer's file (the import screen opened, or a file read):
 * it loads the readers and parses a short sample while it waits, so the file's own parse meets
 * compiled code. The next import with the import's own limits runs in it. Resolves when it is ready.
 */
export const prepareImportWorker = (): Promise<void> => prepareWorker('import', IMPORT_LIMITS);

/** The structure found in a file's bytes or in text. */
export const readImport = (job: Omit<ImportJob, 'match'>): Promise<ImportStructure> =>
  importJob<ImportStructure>(job);

/**
 * Several files read in one worker, each answered alone (a refusal is that file's answer). Should
 * the worker itself be stopped (memory, time, a crash), each file is read again in a worker of its
 * own (with the import's own limits, whatever `batchLimits` the batch had), so only the file to
 * blame is refused.
 */
export async function readImports(
  files: { bytes: Uint8Array; fileName: string }[],
  batchLimits: WorkerLimits = IMPORT_LIMITS,
  match?: ImportJob['match'],
): Promise<BatchAnswer[]> {
  try {
    return await runWorker<BatchAnswer[]>('import', { files, ...(match ? { match } : {}) }, batchLimits);
  } catch (error) {
    if (!(error instanceof WorkerStopped)) throw error;
  }
  const answers: BatchAnswer[] = [];
  for (const file of files) {
    try {
      if (match) {
        const preview = await previewImportInWorker(file, match);
        answers.push({ ok: true, structure: preview.structure, preview });
      } else answers.push({ ok: true, structure: await readImport(file) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      answers.push({ ok: false, message: error.message });
    }
  }
  return answers;
}

/** The preview: the structure, with its people and committee matched against the data. */
export const previewImportInWorker = (
  job: Omit<ImportJob, 'match'>,
  match: NonNullable<ImportJob['match']>,
): Promise<ImportPreview> => importJob<ImportPreview>({ ...job, match });

/**
 * A Word document built from the data file on a connection of the worker's own (with the export's
 * own limits; a test gives tighter ones to reach them with an ordinary meeting).
 */
export const exportInWorker = (
  dataFile: string,
  request: ParsedInput<'exports.build'>,
  limits: WorkerLimits = EXPORT_LIMITS,
) =>
  exportJob(
    { dataFile, request },
    {
      crashed: 'export the agenda items one report at a time',
      tooLarge: "Move some of the minutes into the items' reports, or split the meeting, and export again.",
    },
    limits,
  );

/** The decisions register as Word or CSV, built from the data file on a connection of the worker's own. */
export const registerInWorker = (dataFile: string, register: ParsedInput<'decisionRegister.build'>) =>
  exportJob(
    { dataFile, register },
    {
      crashed: 'save the register a committee or a year at a time',
      tooLarge: 'Choose a committee or a range of dates, and save the register again.',
    },
  );

/** A statutory-cycle Word document (issue 18), built as the meeting documents are. */
export const statutoryExportInWorker = (
  dataFile: string,
  statutory: ParsedInput<'statutoryExports.build'>,
  today: string,
) =>
  exportJob(
    { dataFile, statutory, today },
    {
      crashed: 'save the documents for a shorter period, or one decision at a time',
      tooLarge: 'Choose a shorter period, or one decision, and save again.',
    },
  );

async function exportJob(
  job: ExportJob | StatutoryExportJob,
  advice: { crashed: string; tooLarge: string },
  limits: WorkerLimits = EXPORT_LIMITS,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  try {
    return await runWorker<{ fileName: string; bytes: Uint8Array }>('export', job, limits);
  } catch (error) {
    if (error instanceof WorkerStopped) {
      throw new AppError(
        'invalid_input',
        error.reason === 'crashed'
          ? `The Word document could not be made: the builder stopped unexpectedly. Try again; if it happens again, ${advice.crashed}.`
          : `This document is too large to make as one Word file; Minutebook stopped after ${
              error.reason === 'time'
                ? `${limits.timeoutMs / 1000} seconds`
                : `${limits.memoryMb} MB of memory`
            }. ${advice.tooLarge}`,
      );
    }
    throw error;
  }
}

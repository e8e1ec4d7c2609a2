// The desktop app's "Save as Word": the officer picks where in a save dialog, the main process
// builds the document from the data itself (the window never handles the bytes; a worker builds it,
// so the app goes on answering) and writes it through a temporary file renamed into place.
import path from 'node:path';
import { methods, type ParsedInput } from '../shared/api';
import type { ApiResult } from '../shared/result';
import { AppError } from '../shared/result';
import { writeFileAtomically } from './export/writeFile';
import type { Db } from './store/database';
import { exportInWorker } from './workers/jobs';

export type SaveOutcome = { saved: string } | { cancelled: true };

/** Asks where to save, offering a file name; resolves undefined when the officer cancels. */
export type ChooseFile = (suggestedName: string) => Promise<string | undefined>;

export async function saveDocument(
  db: Db,
  request: unknown,
  chooseFile: ChooseFile,
): Promise<ApiResult<SaveOutcome>> {
  const parsed = methods['exports.build'].input.safeParse(request);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: parsed.error.issues[0]?.message ?? 'Bad request.' },
    };
  }
  const input: ParsedInput<'exports.build'> = parsed.data;
  try {
    // Build it (and refuse, say, a public report of an exempt item) before asking where to save.
    const { fileName, bytes } = await exportInWorker(db.name, input);
    const chosen = await chooseFile(fileName);
    if (!chosen) return { ok: true, value: { cancelled: true } };
    const target = path.extname(chosen) ? chosen : `${chosen}.docx`;
    writeFileAtomically(target, bytes);
    return { ok: true, value: { saved: target } };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    return {
      ok: false,
      error: { code: 'internal', message: `The document could not be saved: ${String(error)}` },
    };
  }
}

// Importing published minutes: a preview of the structure found, then the import itself. Reading
// and parsing run in a worker with memory and time limits; the app goes on answering meanwhile.
import type { Db } from '../../store/database';
import { listCommittees } from '../../store/committees';
import { importedSources, recordImportSource } from '../../store/importSources';
import { listPeople } from '../../store/people';
import { AppError } from '../../../shared/result';
import { IMPORT_LIMITS, prepareImportWorker, previewImportInWorker, readImports } from '../../workers/jobs';
import { exemptAnswerSentence, type ImportResult, type PreviewAnswer } from '../../../shared/importing';
import { importMeeting } from '../importMeeting';
import { checkImportTarget } from '../importTarget';
import type { Handlers } from '../context';

/** The directory and committees a preview matches the people and committee named in a file against. */
const matchOf = (db: Db) => ({
  directory: listPeople(db).map(({ id, name, honorific, role }) => ({ id, name, honorific, role })),
  committees: listCommittees(db).map(({ id, name }) => ({ id, name })),
});

/** The same file (by the hash of its bytes) imported before is not imported again. */
function refuseImportedBefore(db: Db, hash: string): void {
  const before = importedSources(db, [hash])[0];
  if (before) {
    throw new AppError(
      'conflict',
      `This file was imported before (as ${before.fileName}); it was not imported again.`,
    );
  }
}

/** The import itself: refused if the same file was imported before, then written, its source recorded. */
function commitImport(
  db: Db,
  { structure, target, people, source }: Parameters<Handlers['imports.commit']>[0],
): ImportResult {
  if (source) refuseImportedBefore(db, source.hash);
  const result = importMeeting(db, structure, target, people);
  if (source) recordImportSource(db, source.hash, source.fileName, result.meetingId);
  return result;
}

/** After a read, the next import worker is started and warmed up while the officer looks at this one. */
function prepareNext(): void {
  void prepareImportWorker();
}

export const importsHandlers = {
  'imports.prepare': () => {
    prepareNext();
    return { started: true } as const;
  },
  'imports.preview': ({ text, file, fileName }, { db }) =>
    previewImportInWorker(
      file === undefined ? { text: text! } : { bytes: Buffer.from(file, 'base64'), fileName: fileName ?? '' },
      matchOf(db),
    ).finally(prepareNext),
  'imports.previewMany': async ({ files }, { db }) => {
    const answers = await readImports(
      files.map(({ file, fileName }) => ({ bytes: Buffer.from(file, 'base64'), fileName })),
      IMPORT_LIMITS,
      matchOf(db),
    ).finally(prepareNext);
    return answers.map((answer): PreviewAnswer =>
      answer.ok ? { ok: true, preview: answer.preview! } : { ok: false, message: answer.message },
    );
  },
  'imports.commit': (input, { db }) => commitImport(db, input),
  'imports.check': ({ structure, target, source }, { db }) => {
    try {
      if (source) refuseImportedBefore(db, source.hash);
      const unanswered = exemptAnswerSentence(structure.items);
      if (unanswered) throw new AppError('invalid_input', unanswered);
      checkImportTarget(db, structure, target);
      return { ok: true as const };
    } catch (error) {
      if (error instanceof AppError) return { ok: false as const, code: error.code, message: error.message };
      throw error;
    }
  },
  'imports.sources': ({ hashes }, { db }) => importedSources(db, hashes),
} satisfies Partial<Handlers>;

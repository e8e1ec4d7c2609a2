// Importing published minutes: a preview of the structure found, then the import itself. Reading
// and parsing run in a worker with memory and time limits; the app goes on answering meanwhile.
import type { Db } from '../../store/database';
import { listCommittees } from '../../store/committees';
import { importedSources, recordImportSource } from '../../store/importSources';
import { listPeople } from '../../store/people';
import { AppError } from '../../../shared/result';
import { IMPORT_LIMITS, prepareImportWorker, previewImportInWorker, readImports } from '../../workers/jobs';
import type { PreviewAnswer } from '../../../shared/importing';
import { importMeeting } from '../importMeeting';
import type { Handlers } from '../context';

/** The directory and committees a preview matches the people and committee named in a file against. */
const matchOf = (db: Db) => ({
  directory: listPeople(db).map(({ id, name, honorific, role }) => ({ id, name, honorific, role })),
  committees: listCommittees(db).map(({ id, name }) => ({ id, name })),
});

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
  'imports.commit': ({ structure, target, people, source }, { db }) => {
    if (source) {
      const before = importedSources(db, [source.hash])[0];
      if (before) {
        throw new AppError(
          'conflict',
          `This file was imported before (as ${before.fileName}); it was not imported again.`,
        );
      }
    }
    const result = importMeeting(db, structure, target, people);
    if (source) recordImportSource(db, source.hash, source.fileName, result.meetingId);
    return result;
  },
  'imports.sources': ({ hashes }, { db }) => importedSources(db, hashes),
} satisfies Partial<Handlers>;

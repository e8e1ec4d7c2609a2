// Importing published minutes: a preview of the structure found, then the import itself. Reading
// and parsing run in a worker with memory and time limits; the app goes on answering meanwhile.
import { listCommittees } from '../../store/committees';
import { listPeople } from '../../store/people';
import { previewImportInWorker } from '../../workers/jobs';
import { importMeeting } from '../importMeeting';
import type { Handlers } from '../context';

export const importsHandlers = {
  'imports.preview': ({ text, file, fileName }, { db }) =>
    previewImportInWorker(
      file === undefined ? { text: text! } : { bytes: Buffer.from(file, 'base64'), fileName: fileName ?? '' },
      {
        directory: listPeople(db).map(({ id, name, honorific, role }) => ({ id, name, honorific, role })),
        committees: listCommittees(db).map(({ id, name }) => ({ id, name })),
      },
    ),
  'imports.commit': ({ structure, target, people }, { db }) => importMeeting(db, structure, target, people),
} satisfies Partial<Handlers>;

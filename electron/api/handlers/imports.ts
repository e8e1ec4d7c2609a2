// Importing published minutes: a preview of the structure found, then the import itself.
import { importMeeting, previewImport } from '../../import/importMeeting';
import { parseImportText } from '../../import/parse';
import { importText } from '../../import/source';
import type { Handlers } from '../router';

export const importHandlers = {
  'imports.preview': async ({ text, file, fileName }, { db }) => {
    const raw = file === undefined ? text! : await importText(Buffer.from(file, 'base64'), fileName);
    return previewImport(db, parseImportText(raw));
  },
  'imports.commit': ({ structure, target, people }, { db }) => importMeeting(db, structure, target, people),
} satisfies Partial<Handlers>;

// Importing published minutes: the preview, then the import.
import { importMeeting, previewImport } from '../importMeeting';
import { parseImportText } from '../../import/parse';
import { importText } from '../../import/source';
import type { Handlers } from '../router';

export const importsHandlers = {
  'imports.preview': async ({ text, file, fileName }, { db }) => {
    const raw = file === undefined ? text! : await importText(Buffer.from(file, 'base64'), fileName);
    return previewImport(db, parseImportText(raw));
  },
  'imports.commit': ({ structure, target, people }, { db }) => importMeeting(db, structure, target, people),
} satisfies Partial<Handlers>;

// Word documents of a meeting.
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { changeStamp } from '../../store/changes';
import { previewOf, warningsOf } from '../documents';
import { writeFileAtomically } from '../../export/writeFile';
import { exportInWorker } from '../../workers/jobs';
import type { Handlers } from '../context';

export const exportsHandlers = {
  // Built in a worker from the file itself: a long document never holds up the app.
  'exports.build': async (request, { dataFile }) => {
    const document = await exportInWorker(dataFile, request);
    return { fileName: document.fileName, base64: Buffer.from(document.bytes).toString('base64') };
  },
  'exports.save': async (request, { dataFile, caller }) => {
    if (!caller.chooseFile) {
      throw new AppError(
        'invalid_input',
        'Saving through a dialog is for the desktop app; in browser mode the document downloads.',
      );
    }
    // Built (and, say, a public report of an exempt item refused) before asking where to save.
    const { fileName, bytes } = await exportInWorker(dataFile, request);
    const chosen = await caller.chooseFile(fileName);
    if (!chosen) return { cancelled: true as const };
    const target = path.extname(chosen) ? chosen : `${chosen}.docx`;
    writeFileAtomically(target, bytes);
    return { saved: target };
  },
  // In the main process: a preview is asked for every second or two while it is open, and an
  // unchanged one (the stamp) costs one statement.
  'exports.preview': ({ unlessStamp, ...request }, { db }) => {
    const stamp = changeStamp(db);
    if (unlessStamp === stamp) return { stamp, model: null };
    return { stamp, model: previewOf(db, request) };
  },
  'exports.warnings': (request, { db }) => ({ warnings: warningsOf(db, request) }),
} satisfies Partial<Handlers>;

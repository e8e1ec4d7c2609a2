// The decisions register: listed for the screen on the app's connection; saved as Word or CSV from a
// worker's own connection, like every document (a register of ten years never holds up the app).
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { writeFileAtomically } from '../../export/writeFile';
import { readDecisionRegister } from '../../store/decisionRegister';
import { registerInWorker } from '../../workers/jobs';
import type { Handlers } from '../context';
import { mendingSearchIndex } from '../searchIndex';

export const decisionRegisterHandlers = {
  'decisionRegister.list': ({ limit, ...filters }, { db }) =>
    mendingSearchIndex(db, () => readDecisionRegister(db, filters, limit)),
  'decisionRegister.build': async (request, { db, dataFile }) => {
    // The words are looked up here first: a damaged index is mended on the app's connection (the
    // worker's is read-only), and words that cannot be searched are refused before any work.
    if (request.text?.trim()) mendingSearchIndex(db, () => readDecisionRegister(db, request, 0));
    const { fileName, bytes } = await registerInWorker(dataFile, request);
    return { fileName, base64: Buffer.from(bytes).toString('base64') };
  },
  'decisionRegister.save': async (request, { db, dataFile, caller }) => {
    if (!caller.chooseFile) {
      throw new AppError(
        'invalid_input',
        'Saving through a dialog is for the desktop app; in browser mode the register downloads.',
      );
    }
    if (request.text?.trim()) mendingSearchIndex(db, () => readDecisionRegister(db, request, 0));
    const { fileName, bytes } = await registerInWorker(dataFile, request);
    const chosen = await caller.chooseFile(fileName);
    if (!chosen) return { cancelled: true as const };
    const target = path.extname(chosen) ? chosen : `${chosen}.${request.format}`;
    writeFileAtomically(target, bytes);
    return { saved: target };
  },
} satisfies Partial<Handlers>;

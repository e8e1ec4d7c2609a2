// The statutory cycle's Word documents, built in a worker as the meeting documents are.
import path from 'node:path';
import { AppError } from '../../../shared/result';
import { writeFileAtomically } from '../../export/writeFile';
import { localToday } from '../../store/houseCalendar';
import { statutoryExportInWorker } from '../../workers/jobs';
import type { Handlers } from '../context';

export const statutoryExportsHandlers = {
  'statutoryExports.build': async (request, { dataFile }) => {
    const document = await statutoryExportInWorker(dataFile, request, localToday());
    return { fileName: document.fileName, base64: Buffer.from(document.bytes).toString('base64') };
  },
  'statutoryExports.save': async (request, { dataFile, caller }) => {
    if (!caller.chooseFile) {
      throw new AppError(
        'invalid_input',
        'Saving through a dialog is for the desktop app; in browser mode the document downloads.',
      );
    }
    const { fileName, bytes } = await statutoryExportInWorker(dataFile, request, localToday());
    const chosen = await caller.chooseFile(fileName);
    if (!chosen) return { cancelled: true as const };
    const target = path.extname(chosen) ? chosen : `${chosen}.docx`;
    writeFileAtomically(target, bytes);
    return { saved: target };
  },
} satisfies Partial<Handlers>;

// Word documents of a meeting.
import { exportInWorker } from '../../workers/jobs';
import type { Handlers } from '../context';

export const exportsHandlers = {
  // Built in a worker from the file itself: a long document never holds up the app.
  'exports.build': async (request, { dataFile }) => {
    const document = await exportInWorker(dataFile, request);
    return { fileName: document.fileName, base64: Buffer.from(document.bytes).toString('base64') };
  },
} satisfies Partial<Handlers>;

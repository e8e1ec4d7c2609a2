// Word documents of a meeting.
import { documentOf } from '../documents';
import type { Handlers } from '../router';

export const exportsHandlers = {
  'exports.build': async (request, { db }) => {
    const { fileName, build } = documentOf(db, request);
    return { fileName, base64: Buffer.from(await build()).toString('base64') };
  },
} satisfies Partial<Handlers>;

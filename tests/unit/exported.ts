// A Word document built through the router (exports.build) and read back, and what the export tests
// check of it: sentences in order, and every XML part at once.
import { expect } from 'vitest';
import type { Core } from '../../electron/core';
import { readDocx, type ReadDocx } from './docx';
import { nameCouncil, ok } from './helpers';

export async function exported(
  core: Core,
  input: {
    meetingId: string;
    kind: 'minutes' | 'agenda' | 'report';
    edition: string;
    itemId?: string;
    version?: 'approved' | 'current';
  },
) {
  await nameCouncil(core);
  const { base64, fileName } = await ok<{ base64: string; fileName: string }>(core, 'exports.build', input);
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  return { bytes, fileName, doc: await readDocx(bytes) };
}

/** Each string appears in the text, each after the one before. */
export function expectInOrder(text: string, sentences: string[]) {
  let from = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, from);
    expect(at, `“${sentence}” after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + sentence.length;
  }
}

export const allXml = (doc: ReadDocx) => [...doc.parts.values()].join('\n');

// A Word document too large to make is refused with one sentence, one of two ways: a document with
// more paragraphs and formatted passages than one file is built with (MAX_WORD_PIECES) at once,
// before anything is built; anything else beyond the export worker's memory when the worker reaches
// its limit. Both through real parts: a SQLite file, the document model, a worker with a real limit.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFor, MAX_WORD_PIECES } from '../../electron/export/exportDocument';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { exportInWorker } from '../../electron/workers/jobs';
import { DATA_FILE_NAME } from '../../electron/store/database';
import type { AgendaItem, Committee, Meeting } from '../../shared/domain';
import { AppError } from '../../shared/result';
import { nameCouncil, ok, SLOW, tempCore } from './helpers';

async function meetingOf(paragraphs: number) {
  const core = tempCore();
  await nameCouncil(core);
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Scrutiny Board',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2027-02-01',
    startTime: '10:00',
  });
  const item = await ok<AgendaItem>(core, 'items.create', {
    meetingId: meeting.id,
    title: 'Everything',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  const content = Array.from({ length: paragraphs }, (_, i) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: `Note ${i} of the discussion.` }],
  }));
  await ok(core, 'minutes.save', { itemId: item.id, baseVersion: 0, doc: { type: 'doc', content } });
  return { core, meeting };
}

describe('a Word document too large to make', SLOW, () => {
  it(`beyond ${MAX_WORD_PIECES.toLocaleString('en-GB')} paragraphs is refused before anything is built, saying how large it is`, async () => {
    const { core, meeting } = await meetingOf(MAX_WORD_PIECES + 5_000);
    const record = readMeetingRecord(core.db, meeting.id, 'public');
    let refusal: unknown;
    try {
      documentFor(record, { kind: 'minutes' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).message).toMatch(
      /^This document is too large to make as one Word file; it has 125,0\d\d paragraphs and formatted passages, and one file can hold 120,000\. Move some of the minutes/,
    );
  });

  it('within the count but beyond the worker’s memory, the worker is stopped at its limit and says so', async () => {
    const { core, meeting } = await meetingOf(20_000);
    const dataFile = path.join(core.dir, DATA_FILE_NAME);
    await expect(
      exportInWorker(
        dataFile,
        { meetingId: meeting.id, kind: 'minutes', edition: 'public', itemId: undefined, version: 'current' },
        { memoryMb: 48, timeoutMs: 120_000 },
      ),
    ).rejects.toThrow(
      /^This document is too large to make as one Word file; Minutebook stopped after 48 MB of memory\. Move some of the minutes/,
    );
    // The same meeting with the export's own limits is made.
    const made = await exportInWorker(dataFile, {
      meetingId: meeting.id,
      kind: 'minutes',
      edition: 'public',
      itemId: undefined,
      version: 'current',
    });
    expect(made.bytes.byteLength).toBeGreaterThan(10_000);
  });
});

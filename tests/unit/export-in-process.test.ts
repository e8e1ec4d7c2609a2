// Where `minutebook export` builds a document (electron/cli/exportFromData.ts): an ordinary meeting
// in the command's own process, on a read-only connection, without touching the data file; a record
// larger than IN_PROCESS (counted by SQLite, electron/store/recordSize.ts) in the export worker, whose
// memory limit turns a document too large to make into a sentence; a folder with a log of changes
// still to apply through the data folder's session, as before.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInProcess, exportFromData, IN_PROCESS } from '../../electron/cli/exportFromData';
import { openCore } from '../../electron/core';
import { DATA_FILE_NAME } from '../../electron/store/database';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { recordSize } from '../../electron/store/recordSize';
import type { AgendaItem } from '../../shared/domain';
import { readDocx } from './docx';
import { doc, fullMeeting } from './exportFixture';
import { ok, SLOW, tempDir } from './helpers';

const asked = (meetingId: string, edition: 'public' | 'confidential' = 'public') => ({
  meetingId,
  kind: 'minutes',
  itemId: undefined,
  edition,
});

describe('minutebook export: where the document is built', SLOW, () => {
  it('counts a record’s rows and rich text, and builds an ordinary meeting in process', async () => {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const f = await fullMeeting(core);
    const record = readMeetingRecord(core.db, f.meeting.id, 'confidential');
    const size = recordSize(core.db, f.meeting.id);
    const rows = record.items.reduce(
      (total, { decisions, actions, updates }) =>
        total +
        1 +
        decisions.length +
        decisions.reduce((clauses, decision) => clauses + decision.clauses.length, 0) +
        actions.length +
        updates.length,
      0,
    );
    expect(size.rows).toBe(rows);
    const minutes = record.items.reduce((total, { minutes: m }) => total + JSON.stringify(m).length, 0);
    expect(size.chars).toBeGreaterThan(minutes);
    expect(builtInProcess(size)).toBe(true);
    core.close();
  });

  it('reads a closed folder without changing its data file, with the warnings the app asks about', async () => {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const f = await fullMeeting(core);
    const { warnings } = await ok<{ warnings: string[] }>(core, 'exports.warnings', {
      meetingId: f.meeting.id,
      kind: 'minutes',
    });
    core.close();
    const dataFile = path.join(dir, DATA_FILE_NAME);
    const before = readFileSync(dataFile);
    const result = await exportFromData(dir, asked(f.meeting.id));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.fileName).toBe(
      'Adult Care and Well Being Overview and Scrutiny Panel 2021-03-15 minutes (public).docx',
    );
    const text = (await readDocx(result.value.bytes)).text;
    expect(text).toContain(f.publicWording);
    expect(text).not.toContain(f.secrets.minutes);
    expect(result.value.warnings).toEqual(warnings);
    expect(readFileSync(dataFile).equals(before)).toBe(true);
    // No writer took the folder: its lock was never written.
    expect(existsSync(path.join(dir, 'minutebook.lock'))).toBe(false);

    const refused = await exportFromData(dir, { ...asked(f.meeting.id), kind: 'letter' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The document is one of: minutes, agenda, report.' },
    });
  });

  it('reads a log of changes not yet applied to the file through the session, as before', async () => {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const f = await fullMeeting(core);
    // Open, with its latest change in the log (as after a crash, or beside a copy that is running).
    await ok(core, 'minutes.save', {
      itemId: f.publicItem.id,
      baseVersion: (await ok<{ version: number }>(core, 'minutes.get', { itemId: f.publicItem.id })).version,
      doc: doc({ type: 'paragraph', content: [{ type: 'text', text: 'Said after the last checkpoint.' }] }),
    });
    expect(statSync(path.join(dir, `${DATA_FILE_NAME}-wal`)).size).toBeGreaterThan(0);
    const result = await exportFromData(dir, asked(f.meeting.id, 'confidential'));
    core.close();
    if (!result.ok) throw new Error(result.error.message);
    expect((await readDocx(result.value.bytes)).text).toContain('Said after the last checkpoint.');
  });

  it(`builds a record of more than ${IN_PROCESS.chars.toLocaleString('en-GB')} characters in the worker`, async () => {
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    const f = await fullMeeting(core);
    const item = await ok<AgendaItem>(core, 'items.create', {
      meetingId: f.meeting.id,
      title: 'A very long discussion',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    const sentence =
      'Members discussed the budget for domiciliary care at length, and asked about providers. ';
    const paragraphs = Array.from({ length: 6000 }, (_, i) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `${i + 1}. ${sentence.repeat(4)}` }],
    }));
    await ok(core, 'minutes.save', { itemId: item.id, baseVersion: 0, doc: doc(...paragraphs) });
    expect(builtInProcess(recordSize(core.db, f.meeting.id))).toBe(false);
    core.close();
    const result = await exportFromData(dir, asked(f.meeting.id));
    if (!result.ok) throw new Error(result.error.message);
    const text = (await readDocx(result.value.bytes)).text;
    expect(text).toContain(`6000. ${sentence}`);
    expect(text).toContain(f.publicWording);
  });
});

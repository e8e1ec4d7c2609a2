// The files past minutes came from (migration 013), through the router as the app and the command
// line use it: a file imported with its hash is known afterwards, the same hash is refused a second
// time in the same transaction as the import (nothing written), and a meeting deleted lets its file
// be imported again.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedSource, ImportResult } from '../../shared/importing';
import { parseImportText } from '../../electron/import/parse';
import { sha256 } from '../../electron/cli/importFolder';
import { ok, tempCore } from './helpers';

const file = path.resolve(__dirname, '../fixtures/import/corpus/train/eng-docx-licensing-hearing.txt');

describe('import sources', () => {
  it('are recorded with the meeting, refuse a second import of the same file, and go with a deleted meeting', async () => {
    const core = tempCore();
    const bytes = readFileSync(file);
    const hash = sha256(bytes);
    const structure = parseImportText(bytes.toString('utf8'));
    expect(await ok<ImportedSource[]>(core, 'imports.sources', { hashes: [hash] })).toEqual([]);

    const first = await ok<ImportResult>(core, 'imports.commit', {
      structure,
      target: {},
      people: {},
      source: { hash, fileName: 'licensing.txt' },
    });
    expect(await ok<ImportedSource[]>(core, 'imports.sources', { hashes: [hash, 'f'.repeat(64)] })).toEqual([
      { hash, fileName: 'licensing.txt', meetingId: first.meetingId },
    ]);

    const again = await core.router.call('imports.commit', {
      structure,
      target: {},
      people: {},
      source: { hash, fileName: 'licensing (copy).txt' },
    });
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This file was imported before (as licensing.txt); it was not imported again.',
      },
    });
    const meetings = core.db.prepare('SELECT count(*) FROM meetings').pluck().get();
    expect(meetings).toBe(1);

    const refused = await core.router.call('imports.sources', { hashes: ['not a hash'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    await ok(core, 'meetings.delete', { id: first.meetingId });
    expect(await ok<ImportedSource[]>(core, 'imports.sources', { hashes: [hash] })).toEqual([]);
  });
});

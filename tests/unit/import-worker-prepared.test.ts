// An import worker started ahead of the officer's file (the import screen opened, or a file read
// before): it loads the readers and parses its sample while it waits, then reads the file exactly as
// a worker started for the file does, and waits without keeping the process alive.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseImportText } from '../../electron/import/parse';
import { warmUpParser, warmUpSample } from '../../electron/import/warmUp';
import { IMPORT_LIMITS, prepareImportWorker, readImport } from '../../electron/workers/jobs';
import { dropPreparedWorker, workerOptions } from '../../electron/workers/runWorker';
import { READY, STANDBY } from '../../electron/workers/standby';
import { SLOW } from './helpers';

const fixture = (name: string) =>
  readFileSync(path.resolve(__dirname, '../fixtures/import/corpus/train', name), 'utf8');

afterEach(() => dropPreparedWorker('import'));

describe('the import worker started ahead of its file', () => {
  it('warms up on a meeting of thirteen items in the shapes the rules read', () => {
    const sample = parseImportText(warmUpSample);
    expect(sample.items).toHaveLength(13);
    expect(sample.items.flatMap((item) => item.decisions).length).toBeGreaterThanOrEqual(10);
    expect(sample.items.some((item) => item.decisions.some((decision) => decision.votes))).toBe(true);
  });

  it('leaves nothing behind that changes the next parse', () => {
    const text = fixture('eng-crlf-hwb-members-table.txt');
    const before = JSON.stringify(parseImportText(text));
    warmUpParser(2);
    expect(JSON.stringify(parseImportText(text))).toBe(before);
  });

  it('is started with the import limits and the standby marker, and says when it is ready', () => {
    const options = workerOptions(STANDBY, IMPORT_LIMITS);
    expect(options.workerData).toBe(STANDBY);
    expect(options.resourceLimits).toEqual({
      maxOldGenerationSizeMb: IMPORT_LIMITS.memoryMb,
      maxYoungGenerationSizeMb: 16,
      stackSizeMb: 8,
    });
    expect(READY).not.toBe(STANDBY);
  });

  it('reads a file as a worker started for it does', SLOW, async () => {
    const text = fixture('eng-crlf-hwb-members-table.txt');
    const fresh = await readImport({ text });
    await prepareImportWorker();
    const prepared = await readImport({ text });
    expect(prepared).toEqual(fresh);
    // The prepared worker ran that one job; the next read starts its own again.
    expect(await readImport({ text: 'Not minutes at all.' })).toEqual(
      JSON.parse(JSON.stringify(parseImportText('Not minutes at all.'))),
    );
  });
});

// imports.previewMany (a folder's files read several at once in one import worker): each file
// answered alone and in order, the same preview imports.preview gives for the file, a damaged file
// refused with its own sentence while the others are read, and the limits checked at the router.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PREVIEW_FILES } from '../../shared/api/imports';
import type { Committee } from '../../shared/domain';
import type { ImportPreview, PreviewAnswer } from '../../shared/importing';
import { ok, SLOW, tempCore } from './helpers';

const fixturesDir = path.resolve(__dirname, '../fixtures/import');
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('imports.previewMany', () => {
  it(
    'answers each file alone, in order: the preview of each text, the refusal of a damaged PDF',
    SLOW,
    async () => {
      const core = tempCore();
      const board = await ok<Committee>(core, 'committees.create', {
        name: 'Fenmoor Health and Wellbeing Board',
        kind: 'other',
        quorum: 3,
        defaultVenue: '',
        numberingScheme: '{n}',
      });
      const planning = readFileSync(path.join(fixturesDir, 'district-planning.txt'), 'utf8');
      const other = readFileSync(
        path.join(fixturesDir, 'corpus/train/eng-crlf-hwb-members-table.txt'),
        'utf8',
      );
      const answers = await ok<PreviewAnswer[]>(core, 'imports.previewMany', {
        files: [
          { file: base64(planning), fileName: 'planning.txt' },
          { file: base64('%PDF-1.7\n1 0 obj << /Type /Catalog'), fileName: 'damaged.pdf' },
          { file: base64(other), fileName: 'board.txt' },
        ],
      });
      expect(answers.map((answer) => answer.ok)).toEqual([true, false, true]);
      const alone = await ok<ImportPreview>(core, 'imports.preview', {
        file: base64(planning),
        fileName: 'planning.txt',
      });
      expect(answers[0]).toEqual({ ok: true, preview: alone });
      expect(answers[1]).toEqual({
        ok: false,
        message: expect.stringMatching(/^This is a PDF, but a damaged one: its pages cannot be read\./),
      });
      // The people and committee are matched against the data, as imports.preview matches them.
      const third = answers[2] as { ok: true; preview: ImportPreview };
      expect(third.preview.structure.meeting?.committee).toBe('Fenmoor Health and Wellbeing Board');
      expect(third.preview.committeeId).toBe(board.id);
    },
  );

  it('refuses no files, too many files, or too many bytes at once, with a sentence', async () => {
    const core = tempCore();
    const call = (files: { file: string; fileName: string }[]) =>
      core.router.call('imports.previewMany', { files });
    const none = await call([]);
    expect(!none.ok && none.error.message).toBe('Choose at least one file.');
    const many = await call(
      Array.from({ length: MAX_PREVIEW_FILES + 1 }, (_, n) => ({ file: base64('x'), fileName: `${n}.txt` })),
    );
    expect(!many.ok && many.error.message).toBe(`At most ${MAX_PREVIEW_FILES} files at once.`);
    const large = await call([
      { file: 'A'.repeat(15_000_000), fileName: 'a.txt' },
      { file: 'A'.repeat(15_000_000), fileName: 'b.txt' },
    ]);
    expect(!large.ok && large.error.message).toBe(
      'The files are too large to read at once (at most 20 MB together).',
    );
  });
});

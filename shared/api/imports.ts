// Importing past minutes from published text or Word documents.
import { z } from 'zod';
import { clockTime, id, isoDate, none, text, typeError } from './fields';
import { mutation, query } from './contract';
import {
  importStructure,
  type ImportedSource,
  type ImportPreview,
  type ImportResult,
  type PreviewAnswer,
} from '../importing';

/** How many files imports.previewMany reads at once. */
export const MAX_PREVIEW_FILES = 16;

const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { error: 'A file’s hash must be 64 hexadecimal digits (SHA-256).' });

/** What imports.commit and imports.check take. */
const importCommitInput = z.strictObject({
  structure: importStructure,
  target: z.strictObject({
    meetingId: id('Meeting').optional(),
    committeeId: id('Committee').optional(),
    committeeName: text('Committee name', 200).optional(),
    date: isoDate.optional(),
    startTime: clockTime.optional(),
    venue: text('Venue', 300).optional(),
  }),
  /** For each person (by name key): the directory entry they are, or "new". */
  people: z.record(z.string().max(200), z.union([z.literal('new'), id('Person')])),
  /** The file it came from, so the same file is recognised if imported again. */
  source: z.strictObject({ hash: sha256, fileName: text('File name', 500) }).optional(),
});

export const importsMethods = {
  /**
   * What an import would bring in: pasted text, or a file's bytes (base64) of a .txt or .docx. Reads
   * the directory and committees to match names; writes nothing.
   */
  'imports.preview': query<ImportPreview>()(
    z
      .strictObject({
        text: z
          .string(typeError('Text', 'The text must be text.'))
          .max(20_000_000, { error: 'The text is too long to import (at most 20 million characters).' })
          .optional(),
        file: z
          .string(typeError('File', 'The file must be sent as base64.'))
          .max(28_000_000, { error: 'The file is too large to import (at most 20 MB).' })
          .optional(),
        fileName: text('File name', 500).optional(),
      })
      .refine((input) => (input.text === undefined) !== (input.file === undefined), {
        error: 'Paste text or choose a file to import.',
      }),
  ),
  /**
   * The previews of several files of a folder, read one after another in one import worker (starting
   * a worker costs more than reading most files). Each file is answered alone: its preview, or the
   * sentence it was refused with. Writes nothing.
   */
  'imports.previewMany': query<PreviewAnswer[]>()(
    z.strictObject({
      files: z
        .array(
          z.strictObject({
            file: z.string(typeError('File', 'The file must be sent as base64.')),
            fileName: text('File name', 500),
          }),
        )
        .min(1, { error: 'Choose at least one file.' })
        .max(MAX_PREVIEW_FILES, { error: `At most ${MAX_PREVIEW_FILES} files at once.` })
        .refine((files) => files.reduce((sum, { file }) => sum + file.length, 0) <= 28_000_000, {
          error: 'The files are too large to read at once (at most 20 MB together).',
        }),
    }),
  ),
  /** Writes the (corrected) structure as one transaction: a new meeting, or items added to one. */
  'imports.commit': mutation<ImportResult>()(importCommitInput),
  /**
   * Whether imports.commit would take this where the meeting goes, and if not the sentence it would
   * give (the file imported before, no committee or date, another meeting that day); writes nothing.
   */
  'imports.check': query<{ ok: true } | { ok: false; code: string; message: string }>()(importCommitInput),
  /**
   * The import screen is open: starts the import reader ahead of the officer's file, so that reading
   * it does not wait for the reader to load and warm up. Writes nothing, answers at once.
   */
  'imports.prepare': query<{ started: true }>()(none),
  /** Of these files (by SHA-256 of their bytes), those imported before, and as which meeting. */
  'imports.sources': query<ImportedSource[]>()(
    z.strictObject({ hashes: z.array(sha256).max(10_000, { error: 'At most 10,000 files at once.' }) }),
  ),
} as const;

// Word documents of a meeting: minutes, agenda, an item's report; the same documents as the app's
// preview draws them; and what to check before saving the minutes.
import { z } from 'zod';
import type { DocumentModel } from '../document';
import { id, typeError } from './fields';
import { query, task } from './contract';

export const exportKinds = ['minutes', 'agenda', 'report'] as const;
export const editions = ['public', 'confidential'] as const;
/** Which version of minutes that have been approved: as approved, or as they stand now. */
export const exportVersions = ['approved', 'current'] as const;

const documentFields = {
  meetingId: id('Meeting'),
  kind: z.enum(exportKinds, typeError('Document', `The document is one of: ${exportKinds.join(', ')}.`)),
  itemId: id('Agenda item').optional(),
  edition: z.enum(editions, typeError('Edition', 'The edition is public or confidential.')),
  /** Minutes that have been approved: the approved version unless 'current' is asked for. */
  version: z
    .enum(exportVersions, typeError('Version', 'The version is approved or current.'))
    .default('approved'),
};

const reportNamesItem = {
  check: (input: { kind: string; itemId?: string | undefined }) =>
    input.kind !== 'report' || input.itemId !== undefined,
  params: { error: 'Say which item’s report to export.', path: ['itemId'] },
};

/** Which document of a meeting, in which edition and version. */
const documentRequest = z.strictObject(documentFields).refine(reportNamesItem.check, reportNamesItem.params);

export const exportsMethods = {
  /** A Word document of a meeting, as bytes (base64) with the file name the officer would expect. */
  'exports.build': query<{ fileName: string; base64: string }>()(documentRequest),
  /**
   * Desktop only: the document built first (a refusal comes before any dialog), then saved where the
   * officer chooses in the save dialog, through a temporary file renamed into place.
   */
  'exports.save': task<{ saved: string } | { cancelled: true }>()(documentRequest),
  /**
   * The document as the preview draws it: the same model the Word file is written from, made from the
   * record in the edition asked for (the public one with nothing of an exempt item but what may be
   * published). `stamp` changes whenever anything is saved: given back as `unlessStamp`, an unchanged
   * document answers `model: null` without being made again, so the preview can ask often.
   */
  'exports.preview': query<{ stamp: string; model: DocumentModel | null }>()(
    z
      .strictObject({
        ...documentFields,
        unlessStamp: z.string(typeError('Stamp', 'The stamp is text.')).max(200).optional(),
      })
      .refine(reportNamesItem.check, reportNamesItem.params),
  ),
  /**
   * What to check before saving a document: for the minutes, each inquorate item and each vote,
   * mover or seconder that does not square with who could vote (as the item screens warn); none for
   * the agenda and reports, nor for minutes saved as approved (nothing there can be put right).
   */
  'exports.warnings': query<{ warnings: string[] }>()(
    z.strictObject({ meetingId: id('Meeting'), kind: documentFields.kind, version: documentFields.version }),
  ),
} as const;

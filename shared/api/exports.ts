// Word documents of a meeting: minutes, agenda, an item's report.
import { z } from 'zod';
import { id, typeError } from './fields';
import { query, task } from './contract';

export const exportKinds = ['minutes', 'agenda', 'report'] as const;
export const editions = ['public', 'confidential'] as const;
/** Which version of minutes that have been approved: as approved, or as they stand now. */
export const exportVersions = ['approved', 'current'] as const;

/** Which document of a meeting, in which edition and version. */
const documentRequest = z
  .strictObject({
    meetingId: id('Meeting'),
    kind: z.enum(exportKinds, typeError('Document', `The document is one of: ${exportKinds.join(', ')}.`)),
    itemId: id('Agenda item').optional(),
    edition: z.enum(editions, typeError('Edition', 'The edition is public or confidential.')),
    /** Minutes that have been approved: the approved version unless 'current' is asked for. */
    version: z
      .enum(exportVersions, typeError('Version', 'The version is approved or current.'))
      .default('approved'),
  })
  .refine((input) => input.kind !== 'report' || input.itemId !== undefined, {
    error: 'Say which item’s report to export.',
    path: ['itemId'],
  });

export const exportsMethods = {
  /** A Word document of a meeting, as bytes (base64) with the file name the officer would expect. */
  'exports.build': query<{ fileName: string; base64: string }>()(documentRequest),
  /**
   * Desktop only: the document built first (a refusal comes before any dialog), then saved where the
   * officer chooses in the save dialog, through a temporary file renamed into place.
   */
  'exports.save': task<{ saved: string } | { cancelled: true }>()(documentRequest),
} as const;

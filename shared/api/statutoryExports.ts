// The statutory cycle's Word documents: the notice of key decisions of an executive body for a
// period, a meeting's decision notices (or one decision's), an officer decision record, and the
// register of officer decisions for a period.
import { z } from 'zod';
import { id, typeError } from './fields';
import { query, task } from './contract';
import { calendarDate } from '../statutory/houseCalendarSchema';
import { editions } from './exports';

const edition = z
  .enum(editions, typeError('Edition', 'The edition is public or confidential.'))
  .default('public');
const from = calendarDate('From');
const to = calendarDate('To');

export const statutoryDocumentRequest = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('key decisions'), committeeId: id('Executive body'), from, to }),
      z.strictObject({
        kind: z.literal('decision notice'),
        meetingId: id('Meeting'),
        /** One decision's notice; left out, every decision of the meeting. */
        decisionId: id('Decision').optional(),
        edition,
      }),
      z.strictObject({ kind: z.literal('officer decision'), id: id('Officer decision'), edition }),
      z.strictObject({ kind: z.literal('officer register'), from, to, edition }),
    ],
    typeError(
      'Document',
      'The document is one of: key decisions, decision notice, officer decision, officer register.',
    ),
  )
  .refine((request) => !('from' in request) || request.from <= request.to, {
    error: 'The period must end on or after the day it starts.',
    path: ['to'],
  });

export const statutoryExportsMethods = {
  /** The Word document as bytes (base64) with the file name the officer would expect. */
  'statutoryExports.build': query<{ fileName: string; base64: string }>()(statutoryDocumentRequest),
  /** Desktop only: built first, then saved where the officer chooses. */
  'statutoryExports.save': task<{ saved: string } | { cancelled: true }>()(statutoryDocumentRequest),
} as const;

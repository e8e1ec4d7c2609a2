// The decisions register: every decision across meetings, newest first, filtered, and saved as Word
// or CSV, in its public or confidential edition.
import { z } from 'zod';
import type { DecisionRegister } from '../decisionRegister';
import { decisionKeywords } from '../decisions';
import { MAX_QUERY_CHARS } from '../search/query';
import { query, task } from './contract';
import { editions } from './exports';
import { dateField, id, typeError } from './fields';

export const registerFormats = ['docx', 'csv'] as const;
export type RegisterFormat = (typeof registerFormats)[number];
/** The screen shows this many at most (the documents hold them all). */
export const MAX_REGISTER_ROWS = 2000;

const filterFields = {
  committeeIds: z.array(id('Committee')).max(100, { error: 'Choose at most 100 committees.' }).optional(),
  keywords: z
    .array(
      z.enum(
        decisionKeywords,
        typeError('Keyword', `Each keyword is one of: ${decisionKeywords.join(', ')}.`),
      ),
    )
    .max(decisionKeywords.length)
    .optional(),
  from: dateField('The “from” date').optional(),
  to: dateField('The “to” date').optional(),
  /** Words the decision holds, typed as in the search box. */
  text: z
    .string(typeError('Words', 'The words must be text.'))
    .max(MAX_QUERY_CHARS, { error: `The words are too long. Use at most ${MAX_QUERY_CHARS} characters.` })
    .optional(),
  /** Public (the default): an exempt item's decisions by their publishable wording only. */
  edition: z.enum(editions, typeError('Edition', 'The edition is public or confidential.')).default('public'),
};

const datesInOrder = {
  check: (input: { from?: string; to?: string }) => !input.from || !input.to || input.from <= input.to,
  message: { error: 'The “from” date is after the “to” date.', path: ['to'] },
};

const listRequest = z
  .strictObject({
    ...filterFields,
    limit: z
      .number(typeError('Limit', 'The limit must be a number.'))
      .int({ error: 'The limit must be a whole number.' })
      .min(1, { error: 'The limit must be at least 1.' })
      .max(MAX_REGISTER_ROWS, { error: `The limit is at most ${MAX_REGISTER_ROWS}.` })
      .default(500),
  })
  .refine(datesInOrder.check, datesInOrder.message);

export const registerDocumentRequest = z
  .strictObject({
    ...filterFields,
    format: z.enum(registerFormats, typeError('Format', 'The register is saved as docx (Word) or csv.')),
  })
  .refine(datesInOrder.check, datesInOrder.message);

export const decisionRegisterMethods = {
  /** The newest `limit` decisions matching the filters, and how many match in all. */
  'decisionRegister.list': query<DecisionRegister>()(listRequest),
  /** Every decision matching the filters as a Word document or CSV file (bytes as base64). */
  'decisionRegister.build': query<{ fileName: string; base64: string }>()(registerDocumentRequest),
  /** Desktop only: built, then saved where the officer chooses in the save dialog. */
  'decisionRegister.save': task<{ saved: string } | { cancelled: true }>()(registerDocumentRequest),
} as const;

// Field schemas the statutory cycle's domains share.
import { z } from 'zod';
import { exemptParagraphs } from '../domain';
import { typeError } from './fields';

/** A Schedule 12A paragraph: 1–7 (England) or 12–18 (Wales). */
export const exemptParagraph = z
  .number(typeError('Schedule 12A paragraph', 'Schedule 12A paragraph must be a number.'))
  .refine((n) => (exemptParagraphs as readonly number[]).includes(n), {
    error: 'Schedule 12A paragraph must be 1 to 7 (England) or 12 to 18 (Wales).',
  });

/** A period of days, from and to both included, the first not after the last. */
export const periodIsOrdered = (input: { from?: string; to?: string }) =>
  !input.from || !input.to || input.from <= input.to;
export const periodMessage = { error: 'The period must end on or after the day it starts.', path: ['to'] };

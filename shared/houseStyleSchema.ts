// The house style's validation: the zod schema the API checks a new style against, and a stored
// style read back. Apart from houseStyle.ts so that the renderer's first screen, which needs only the
// defaults and the formatting, loads without zod.
import { z } from 'zod';
import { clauseStyles } from './decisions';
import {
  dateFormats,
  defaultHouseStyle,
  exclusionStyles,
  headingCases,
  keywordStyles,
  type HouseStyle,
} from './houseStyle';

const points = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number of points.` })
    .min(min, { error: `${label} must be at least ${min} point.` })
    .max(max, { error: `${label} must be at most ${max} point.` })
    .refine((n) => Number.isInteger(n * 2), { error: `${label} must be a whole or half point size.` });

export const houseStyleFields = {
  councilName: z
    .string({ error: 'Council name must be text.' })
    .refine((s) => s.trim() !== '', { error: 'Council name must not be empty.' })
    .max(200, { error: 'Council name is too long (at most 200 characters).' }),
  fontFamily: z
    .string({ error: 'Font must be text.' })
    .refine((s) => s.trim() !== '', { error: 'Font must not be empty.' })
    .max(64, { error: 'Font name is too long.' })
    .regex(/^[\p{L}\p{N} -]+$/u, { error: 'A font name has only letters, numbers, spaces and hyphens.' }),
  bodySize: points('Body text size', 8, 28),
  headingSize: points('Heading size', 8, 40),
  headingCase: z.enum(headingCases, { error: `Headings are ${headingCases.join(' or ')}.` }),
  minuteHeading: z
    .string({ error: 'Minute heading must be text.' })
    .max(80, { error: 'Minute heading is too long.' })
    .refine((s) => s.includes('{number}') && s.includes('{title}'), {
      error: 'Minute heading must contain {number} and {title}, e.g. "{number}. {title}".',
    }),
  keywordStyle: z.enum(keywordStyles, { error: `Keyword style is one of: ${keywordStyles.join(', ')}.` }),
  clauseStyle: z.enum(clauseStyles, { error: `Clause numbering is one of: ${clauseStyles.join(' ')}.` }),
  dateFormat: z.enum(dateFormats, { error: `Date format is one of: ${dateFormats.join(', ')}.` }),
  exclusionResolution: z
    .enum(exclusionStyles, {
      error: `The resolution excluding the public is set out as a ${exclusionStyles.join(' or a ')}.`,
    })
    .default(defaultHouseStyle.exclusionResolution),
};

export const houseStyleSchema = z.object(houseStyleFields);

/** A stored style read back: anything missing or no longer valid falls back to the default. */
export function houseStyleFrom(stored: unknown): HouseStyle {
  const style: Record<string, unknown> = { ...defaultHouseStyle };
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  for (const [key, schema] of Object.entries(houseStyleFields)) {
    const parsed = (schema as z.ZodType).safeParse(record[key]);
    if (parsed.success) style[key] = parsed.data;
  }
  return style as unknown as HouseStyle;
}

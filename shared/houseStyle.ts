// The council's house style: how its Word documents look. Set once in the app, used by every export.
// The defaults look like the published minutes in the seeds: Arial, bold capital keywords, (1) clauses.
import { z } from 'zod';
import { clauseStyles, type ClauseStyle } from './decisions';
import { formatLongDate, months } from './format';

export const dateFormats = [
  'Monday 15 March 2021',
  '15 March 2021',
  '15th March 2021',
  '15/03/2021',
] as const;
export type DateFormat = (typeof dateFormats)[number];

export const keywordStyles = ['bold capitals', 'bold', 'capitals', 'plain'] as const;
export type KeywordStyle = (typeof keywordStyles)[number];

export const headingCases = ['as typed', 'capitals'] as const;
export type HeadingCase = (typeof headingCases)[number];

/**
 * How the minutes set out the resolution excluding the public before exempt business: under its own
 * heading, or as a minute of its own with the next minute number (the items after it then number on
 * from it, in every screen and document).
 */
export const exclusionStyles = ['titled paragraph', 'numbered minute'] as const;
export type ExclusionStyle = (typeof exclusionStyles)[number];

export const fontFamilies = ['Arial', 'Calibri', 'Verdana', 'Tahoma', 'Times New Roman', 'Georgia'] as const;

export interface HouseStyle {
  councilName: string;
  fontFamily: string;
  /** Body text, in points. */
  bodySize: number;
  /** Headings of minutes and sections, in points; the document title is a little larger. */
  headingSize: number;
  /** Whether item headings are written in capitals (seed 003: "JOINT COMMISSIONING OF …"). */
  headingCase: HeadingCase;
  /** How a minute's heading reads: `{number}` and `{title}` are filled in, e.g. "{number}. {title}". */
  minuteHeading: string;
  keywordStyle: KeywordStyle;
  /** How a new decision's clauses are numbered. */
  clauseStyle: ClauseStyle;
  dateFormat: DateFormat;
  exclusionResolution: ExclusionStyle;
}

export const defaultHouseStyle: HouseStyle = {
  councilName: 'Anytown Borough Council',
  fontFamily: 'Arial',
  bodySize: 12,
  headingSize: 14,
  headingCase: 'as typed',
  minuteHeading: '{number}. {title}',
  keywordStyle: 'bold capitals',
  clauseStyle: '(1)',
  dateFormat: 'Monday 15 March 2021',
  // Numbering it would renumber minutes already written when the app is updated: the council chooses to.
  exclusionResolution: 'titled paragraph',
};

const points = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number of points.` })
    .min(min, { error: `${label} must be at least ${min} point.` })
    .max(max, { error: `${label} must be at most ${max} point.` })
    .refine((n) => Number.isInteger(n * 2), { error: `${label} must be a whole or half point size.` });

export const houseStyleFields = {
  councilName: z
    .string({ error: 'Council name must be text.' })
    .trim()
    .min(1, { error: 'Council name must not be empty.' })
    .max(200, { error: 'Council name is too long (at most 200 characters).' }),
  fontFamily: z
    .string({ error: 'Font must be text.' })
    .trim()
    .min(1, { error: 'Font must not be empty.' })
    .max(64, { error: 'Font name is too long.' })
    .regex(/^[\p{L}\p{N} -]+$/u, { error: 'A font name has only letters, numbers, spaces and hyphens.' }),
  bodySize: points('Body text size', 8, 28),
  headingSize: points('Heading size', 8, 40),
  headingCase: z.enum(headingCases, { error: `Headings are ${headingCases.join(' or ')}.` }),
  minuteHeading: z
    .string({ error: 'Minute heading must be text.' })
    .trim()
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

const ordinal = (day: number) => {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][day % 10] ?? 'th');
  return `${day}${suffix}`;
};

/** A meeting date in the council's format. */
export function formatDate(isoDate: string, format: DateFormat): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  switch (format) {
    case 'Monday 15 March 2021':
      return formatLongDate(isoDate);
    case '15 March 2021':
      return `${day} ${months[month - 1]} ${year}`;
    case '15th March 2021':
      return `${ordinal(day)} ${months[month - 1]} ${year}`;
    case '15/03/2021':
      return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  }
}

/** A heading as the council writes headings: in capitals where the house style says so. */
export function headingCased(style: HouseStyle, heading: string): string {
  return style.headingCase === 'capitals' ? heading.toUpperCase() : heading;
}

/** "12. Budget monitoring", or however the council writes a minute's heading. */
export function minuteHeading(style: HouseStyle, number: string, title: string): string {
  return headingCased(
    style,
    style.minuteHeading.replace('{number}', () => number).replace('{title}', () => title),
  );
}

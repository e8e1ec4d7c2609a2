// The council's house style: how its Word documents look. Set once in the app, used by every export.
// The defaults look like the published minutes in the seeds: Arial, bold capital keywords, (1) clauses.
import type { ClauseStyle } from './decisions';
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

/**
 * Whether the council's name has been set. The default is a placeholder that lets a document be laid
 * out before it is, never a name to head an official record with.
 */
export const councilNameSet = (style: Pick<HouseStyle, 'councilName'>): boolean =>
  style.councilName.trim() !== '' && style.councilName !== defaultHouseStyle.councilName;

/** Why a document is refused while the council's name is not set, and where to set it (app and CLI). */
export const councilNameNotSet =
  'Your council’s name is not set, and it heads every document: set it on the House style screen, or with minutebook house-style --council "NAME", then save the document again.';

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

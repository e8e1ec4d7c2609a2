// Dates and times as minutes write them: "Thursday, 7th November, 2024", "14 NOVEMBER 2024",
// "11/03/2024", "24.09.2024", "6/3/25", "17.09.25", "03-03-2026", "2026-03-03"; "6.30 pm", "10.00am", "7PM", "noon", "19:00".
import { months } from '../../shared/format';

export const monthNames = months.map((month) => month.toLowerCase());
export const monthPattern = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
export const longDate = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?${monthPattern},?\s+(\d{4})\b`,
  'i',
);
/** "Wed Jan 14 2026", "January 14, 2026": the month before the day. */
export const monthFirstDate = new RegExp(
  String.raw`\b${monthPattern}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
  'i',
);
export const numericDate = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/.]*\d)/;
/** "03-03-2026" (both dashes, a four-digit year) and "2026-03-03". */
const dashedDate = /\b(?:(\d{1,2})-(\d{1,2})-(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b(?!-)/;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function isoOf(day: number, month: number, year: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso) ? null : iso;
}

/** The first date in a text, as YYYY-MM-DD, and where it was. */
export function findDate(text: string): FoundDate | null {
  const long = longDate.exec(text);
  const numeric = numericDate.exec(text);
  if (long && (!numeric || long.index <= numeric.index)) {
    const name = long[2]!.toLowerCase();
    const month = monthNames.findIndex((candidate) => candidate.startsWith(name.slice(0, 3))) + 1;
    const iso = isoOf(Number(long[1]), month, Number(long[3]));
    return iso ? { iso, index: long.index, length: long[0].length } : null;
  }
  const monthFirst = monthFirstDate.exec(text);
  if (monthFirst && (!numeric || monthFirst.index <= numeric.index)) {
    const name = monthFirst[1]!.toLowerCase();
    const month = monthNames.findIndex((candidate) => candidate.startsWith(name.slice(0, 3))) + 1;
    const iso = isoOf(Number(monthFirst[2]), month, Number(monthFirst[3]));
    if (iso) return { iso, index: monthFirst.index, length: monthFirst[0].length };
  }
  const dashed = !numeric && text.includes('-') ? dashedDate.exec(text) : null;
  if (dashed) {
    const [day, month, year] = dashed[1]
      ? [dashed[1], dashed[2], dashed[3]]
      : [dashed[6], dashed[5], dashed[4]];
    const iso = isoOf(Number(day), Number(month), Number(year));
    return iso ? { iso, index: dashed.index, length: dashed[0].length } : null;
  }
  if (numeric) {
    const raw = numeric[3]!;
    // Two-digit years are this century's: minutes are not older than 2000.
    const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    const iso = isoOf(Number(numeric[1]), Number(numeric[2]), year);
    return iso ? { iso, index: numeric.index, length: numeric[0].length } : null;
  }
  return null;
}

export function findTime(text: string): string | null {
  const match =
    /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i.exec(text) ??
    /\b(?:Time\s*:\s*|at\s+)(\d{1,2})[:](\d{2})\b/i.exec(text) ??
    // "21 Feb 2026 - 18:00 to 21:00": the 24-hour clock with two-digit hours.
    /(?<![\d:.])([01]\d|2[0-3]):([0-5]\d)(?![\d:])/.exec(text);
  if (/\bnoon\b/i.test(text) && !match) return '12:00';
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

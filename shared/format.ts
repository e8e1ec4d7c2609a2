// British forms for dates, times and names, as councils write them.
import type { Person } from './domain';

const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2021-03-15' → 'Monday 15 March 2021'. */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${days[date.getUTCDay()]} ${day} ${months[month - 1]} ${year}`;
}

/** '14:00' → '2.00 pm'; '09:30' → '9.30 am'; '12:00' → '12.00 pm'. */
export function formatTime(clock: string): string {
  // A meeting whose minutes give no start time keeps none (''): nothing to print.
  if (!clock) return '';
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}.${String(minutes).padStart(2, '0')} ${hours < 12 ? 'am' : 'pm'}`;
}

/** 'Councillor Harriet Okafor', or the bare name when there is no honorific. */
export function formatPersonName(person: Pick<Person, 'honorific' | 'name'>): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Honorifics as written, lower case, to how the minutes print them. */
export const honorifics: Record<string, string> = {
  councillor: 'Councillor',
  cllr: 'Councillor',
  'cllr.': 'Councillor',
  alderman: 'Alderman',
  mr: 'Mr',
  mrs: 'Mrs',
  ms: 'Ms',
  miss: 'Miss',
  mx: 'Mx',
  dr: 'Dr',
  professor: 'Professor',
  prof: 'Professor',
};

/**
 * Splits a line as minutes write it, "Councillor Fiona Venner, Executive Member for Equality" or
 * "Cllr Paul May", into a title, a name and a role.
 */
export function parsePersonLine(line: string): { honorific: string; name: string; role: string } {
  const comma = line.indexOf(',');
  const who = (comma === -1 ? line : line.slice(0, comma)).trim().replace(/\s+/g, ' ');
  const role = comma === -1 ? '' : line.slice(comma + 1).trim();
  const [first = '', ...rest] = who.split(' ');
  const honorific = rest.length > 0 ? honorifics[first.toLowerCase()] : undefined;
  return honorific ? { honorific, name: rest.join(' '), role } : { honorific: '', name: who, role };
}

/** A moment's local time of day as the rest of the app gives times: "11.22 am". */
export function formatClockTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatTime(`${pad(at.getHours())}:${pad(at.getMinutes())}`);
}

/** A moment (ISO timestamp, or local time without a zone) as "Monday 15 March 2021, 2.05 pm", in local time. */
export function formatMoment(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${formatLongDate(date)}, ${formatClockTime(at)}`;
}

/**
 * Where and when minutes were approved, the date said once: "the meeting of Cabinet on Thursday
 * 16 April 2026", from the approving meeting as the record names it ("Cabinet, Thursday 16 April
 * 2026") and the date of approval; a different date of approval is given after it.
 */
export function approvedAt(approvedByLabel: string, approvedOn: string): string {
  const on = formatLongDate(approvedOn);
  const meeting = approvedByLabel.endsWith(`, ${on}`) ? approvedByLabel.slice(0, -on.length - 2) : null;
  return meeting === null
    ? `the meeting of ${approvedByLabel}, on ${on}`
    : `the meeting of ${meeting} on ${on}`;
}

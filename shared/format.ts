// British forms for dates, times and names, as councils write them.
import type { Person } from './domain';

const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = [
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
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}.${String(minutes).padStart(2, '0')} ${hours < 12 ? 'am' : 'pm'}`;
}

/** 'Councillor Harriet Okafor', or the bare name when there is no honorific. */
export function formatPersonName(person: Pick<Person, 'honorific' | 'name'>): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

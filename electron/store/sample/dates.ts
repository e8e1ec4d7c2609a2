// The sample's meetings are dated from the day it is loaded, so that whenever it is loaded one
// meeting is well past (its minutes approved at the next), one was held a few weeks ago, and one is
// being prepared: past and future read as they should on every screen.
import { formatLongDate } from '../../../shared/format';

export interface SampleDates {
  /** The fully worked meeting: five weeks ago or more. */
  worked: string;
  /** The next meeting, which approved the worked meeting's minutes: two weeks ago or more. */
  following: string;
  /** The meeting being prepared: three weeks ahead or more. */
  upcoming: string;
  /** The meeting before the worked one, whose minutes it approved (named only). */
  before: string;
  /** A date so many days after a sample date, as the minutes write it. */
  longDate: (iso: string, days?: number) => string;
}

const TUESDAY = 2;
const dayMs = 24 * 60 * 60 * 1000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const plus = (isoDate: string, days: number) =>
  iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * dayMs));

export function sampleDates(today = new Date()): SampleDates {
  const local = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const ahead = new Date(local.getTime() + 21 * dayMs);
  while (ahead.getUTCDay() !== TUESDAY) ahead.setUTCDate(ahead.getUTCDate() + 1);
  const ago = new Date(local.getTime() - 14 * dayMs);
  while (ago.getUTCDay() !== TUESDAY) ago.setUTCDate(ago.getUTCDate() - 1);
  const following = iso(ago);
  const worked = plus(following, -28);
  return {
    worked,
    following,
    upcoming: iso(ahead),
    before: plus(worked, -28),
    longDate: (isoDate, days = 0) => formatLongDate(plus(isoDate, days)),
  };
}

/** An ISO date so many days after another. */
export const daysAfter = plus;

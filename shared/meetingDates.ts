// Whether a meeting is still to come or has been held, as the screens word it. The audit trail uses
// the same rule (electron/store/audit.ts, in SQL): a meeting has ended once its minutes are being
// drafted or approved, or once its day is over.
import type { Meeting } from './domain';
import { formatLongDate, formatTime } from './format';

/** Today where the officer is, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function meetingHasEnded(meeting: Pick<Meeting, 'date' | 'status'>, today = localToday()): boolean {
  return (
    meeting.status === 'minutes drafted' || meeting.status === 'minutes approved' || meeting.date < today
  );
}

/** Meetings to come (today's included) soonest first, then those held, latest first. */
export function upcomingFirst<M extends Pick<Meeting, 'date' | 'startTime'>>(
  meetings: readonly M[],
  today = localToday(),
): { upcoming: M[]; past: M[] } {
  const key = (meeting: M) => `${meeting.date} ${meeting.startTime}`;
  const upcoming = meetings
    .filter((meeting) => meeting.date >= today)
    .sort((a, b) => key(a).localeCompare(key(b)));
  const past = meetings
    .filter((meeting) => meeting.date < today)
    .sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, past };
}

/**
 * A meeting as a list of its committee's meetings names it: its date ("Wednesday 14 October
 * 2026"), and its time too where the committee has another meeting that day ("Wednesday 14
 * October 2026, 2.00 pm"), so two meetings of one day are told apart.
 */
export function meetingDayLabel(
  meeting: Pick<Meeting, 'id' | 'committeeId' | 'date' | 'startTime'>,
  others: readonly Pick<Meeting, 'id' | 'committeeId' | 'date'>[],
): string {
  const sameDay = others.some(
    (other) =>
      other.id !== meeting.id && other.committeeId === meeting.committeeId && other.date === meeting.date,
  );
  return sameDay && meeting.startTime
    ? `${formatLongDate(meeting.date)}, ${formatTime(meeting.startTime)}`
    : formatLongDate(meeting.date);
}

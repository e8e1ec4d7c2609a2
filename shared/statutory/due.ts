// "What is due": the statutory cycle's next steps across every committee, as at a day, each with a
// link to where it is done. Computed by the store (electron/store/due.ts) from the data alone.
import type { IsoDate } from '../calendar';

export const dueKinds = [
  'agendas',
  'decision notices',
  'call-ins',
  'key decisions',
  'welsh notes',
  'minutes',
  'actions',
] as const;
export type DueKind = (typeof dueKinds)[number];

export const dueHeadings: Record<DueKind, string> = {
  agendas: 'Agendas to publish',
  'decision notices': 'Decision notices to publish',
  'call-ins': 'Call-in periods ending',
  'key decisions': 'Key decisions short of 28 clear days’ notice',
  'welsh notes': 'Notes of meetings due (Wales, 7 working days)',
  minutes: 'Minutes not yet drafted',
  actions: 'Actions overdue',
};

/** Where a due thing is done: a screen of the app. */
export type DueLink =
  | { screen: 'meeting'; id: string }
  | { screen: 'notices'; id: string }
  | { screen: 'forward-plan'; id: string }
  | { screen: 'item'; id: string }
  | { screen: 'officer-decisions' };

export interface DueEntry {
  kind: DueKind;
  /** What it is: "Cabinet, Thursday 13 April 2023". */
  title: string;
  /** What is due, in a sentence: "Publish the agenda by Monday 3 April 2023 (4 days left)." */
  detail: string;
  /** The deadline, when there is one. */
  due: IsoDate | null;
  /** Calendar days from today to the deadline; negative when it has passed. */
  daysLeft: number | null;
  link: DueLink;
}

export interface DueList {
  today: IsoDate;
  /** Each kind's entries, soonest deadline first. */
  entries: Record<DueKind, DueEntry[]>;
  /** Entries left off a long list (overdue actions), by kind. */
  more: Record<DueKind, number>;
}

/** How far ahead an agenda's or a notice's deadline is shown, in calendar days. */
export const DUE_AHEAD_DAYS = 28;
/** How far back a meeting's outstanding work (notices, the Welsh note, the minutes) is shown. */
export const DUE_BEHIND_DAYS = 90;
/** At most this many entries of one kind are listed; the rest are counted. */
export const DUE_LIST_LIMIT = 100;

/** "4 days left", "due today", "1 day overdue". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  if (daysLeft > 0) return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`;
  return `${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'} overdue`;
}

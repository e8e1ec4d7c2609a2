// Key decisions and the notice of key decisions (the forward plan), England's 2012 Regulations:
// reg 9's fields, 28 clear days' notice, the general exception (reg 10) and special urgency (reg 11)
// when that is impossible, and a private meeting's notices (reg 5). Pure: the checks a forward-plan
// entry gets, counted on the one calendar.
import {
  type CalendarSettings,
  type IsoDate,
  clearDaysBetween,
  keyDecisionNoticeBy,
  keyDecisionRule,
  privateMeetingNoticesBy,
} from '../calendar';
import { formatLongDate } from '../format';

export const urgencyRoutes = ['none', 'general exception', 'special urgency'] as const;
export type UrgencyRoute = (typeof urgencyRoutes)[number];

export const keyDecisionStatuses = ['planned', 'taken', 'withdrawn'] as const;
export type KeyDecisionStatus = (typeof keyDecisionStatuses)[number];

/** One entry in an executive body's notice of key decisions. */
export interface KeyDecision {
  id: string;
  /** The executive body whose notice lists it. */
  committeeId: string;
  /** The agenda item at which it is to be taken, when it is on a meeting's agenda. */
  itemId: string | null;
  /** The council's own reference, e.g. "KD 2024/013". */
  reference: string;
  /** reg 9(1)(b): the matter in respect of which the decision is to be made. */
  matter: string;
  /** reg 9(1)(c): the body (its members are listed from the membership), or the individual with title. */
  decisionMaker: string;
  /** reg 9(1)(d): the date on which the decision is to be made. */
  decisionDate: IsoDate;
  /** reg 9(1)(e): the documents submitted to the decision maker. */
  documents: string;
  /** reg 9(1)(f): where copies of, or extracts from, the documents can be had. */
  documentsFrom: string;
  /** The officer to contact about it. */
  contact: string;
  /** The day the entry was first published in the notice; null while not yet published. */
  noticePublishedOn: IsoDate | null;
  /** reg 5: to be taken in private, under a Schedule 12A paragraph, for the reasons given. */
  private: boolean;
  exemptParagraph: number | null;
  privateReasons: string;
  /** When 28 clear days' notice was impracticable. */
  urgencyRoute: UrgencyRoute;
  /** reg 10: the chair of scrutiny told; reg 11: the chair of scrutiny (or the council's chair) who agreed. */
  routeAgreedBy: string;
  /** reg 10: the day the general exception notice was published; reg 11: the day of agreement. */
  routeNoticeOn: IsoDate | null;
  /** Why compliance with reg 9 was impracticable (reg 10), or why the decision is urgent (reg 11). */
  routeReasons: string;
  status: KeyDecisionStatus;
  /** Bumped by every save; a save over an older version is refused as a conflict. */
  version: number;
}

export interface KeyDecisionCheck {
  /** The latest day to publish the entry with 28 clear days' notice. */
  noticeBy: IsoDate | null;
  /** The clear days the published entry gave (every calendar day counted). */
  clearDays: number | null;
  /** Short of 28 clear days (published late, or still unpublished after `noticeBy`). */
  short: boolean;
  /** A private meeting's further notice, with the reasons, 5 clear days before (reg 5(2)). */
  privateReasonsBy: IsoDate | null;
  /** What the officer must put right, in sentences; empty when nothing. */
  warnings: string[];
}

const GENERAL_EXCEPTION_CLEAR_DAYS = 5;

/** The checks of one entry, counted as at `today`. */
export function checkKeyDecision(
  entry: Pick<
    KeyDecision,
    | 'decisionDate'
    | 'noticePublishedOn'
    | 'private'
    | 'urgencyRoute'
    | 'routeAgreedBy'
    | 'routeNoticeOn'
    | 'routeReasons'
    | 'status'
  >,
  settings: CalendarSettings,
  today: IsoDate,
): KeyDecisionCheck {
  try {
    return check(entry, settings, today);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      noticeBy: null,
      clearDays: null,
      short: false,
      privateReasonsBy: null,
      warnings: [`The notice period cannot be counted: ${error.message}.`],
    };
  }
}

function check(
  entry: Parameters<typeof checkKeyDecision>[0],
  settings: CalendarSettings,
  today: IsoDate,
): KeyDecisionCheck {
  const noticeBy = keyDecisionNoticeBy(entry.decisionDate, settings);
  const everyDay: CalendarSettings = { ...settings, clearDaysExcludeNonWorkingDays: false };
  const clearDays = entry.noticePublishedOn
    ? clearDaysBetween(entry.noticePublishedOn, entry.decisionDate, everyDay)
    : null;
  const open = entry.status === 'planned';
  const short = open && (clearDays === null ? today > noticeBy : clearDays < keyDecisionRule.clearDays);
  const privateReasonsBy = entry.private
    ? privateMeetingNoticesBy(entry.decisionDate, settings).reasons
    : null;
  const warnings: string[] = [];
  if (short && entry.urgencyRoute === 'none') {
    warnings.push(
      clearDays === null
        ? `Not yet published, and 28 clear days’ notice needed publication by ${formatLongDate(noticeBy)}: use the general exception (reg 10) or special urgency (reg 11).`
        : `Published with ${clearDays} clear days’ notice; a key decision needs ${keyDecisionRule.clearDays} (reg 9). Use the general exception (reg 10) or special urgency (reg 11).`,
    );
  }
  if (open && entry.urgencyRoute === 'general exception') {
    if (!entry.routeAgreedBy.trim()) {
      warnings.push(
        'The general exception needs the chair of the scrutiny committee to be told in writing (reg 10(2)(a)).',
      );
    }
    const noticeClearDays = entry.routeNoticeOn
      ? clearDaysBetween(entry.routeNoticeOn, entry.decisionDate, settings)
      : null;
    if (noticeClearDays === null || noticeClearDays < GENERAL_EXCEPTION_CLEAR_DAYS) {
      warnings.push(
        noticeClearDays === null
          ? 'The general exception needs a public notice 5 clear days before the decision (reg 10(2)(c)); give the day it was published.'
          : `The general exception notice gave ${noticeClearDays} clear days; reg 10(2)(c) asks for 5. Use special urgency (reg 11) instead.`,
      );
    }
  }
  if (open && entry.urgencyRoute === 'special urgency' && !entry.routeAgreedBy.trim()) {
    warnings.push(
      'Special urgency needs the agreement of the chair of the scrutiny committee (or the chair or vice-chair of the council) (reg 11(2)).',
    );
  }
  if (open && entry.urgencyRoute !== 'none' && !entry.routeReasons.trim()) {
    warnings.push(
      'Give the reasons the notice period could not be met; they are published (reg 10(3), reg 11(3)).',
    );
  }
  return { noticeBy, clearDays, short, privateReasonsBy, warnings };
}

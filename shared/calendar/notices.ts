// The statutory periods around a meeting and a decision, per nation, and the deadlines they give.
// Every deadline counts on the one calendar (clearDays.ts, workingDays.ts).
import { publishBy } from './clearDays';
import type { IsoDate } from './isoDate';
import type { CalendarSettings, Nation } from './settings';
import { addWorkingDays, nthWorkingDayFrom } from './workingDays';

export interface AgendaRule {
  clearDays: number;
  basis: string;
  /** Said beside the deadline when the figure could not be checked against the legislation. */
  caution?: string;
}

/** How many clear days before a meeting its agenda and reports must be open to the public. */
export const agendaRules: Record<Nation, AgendaRule> = {
  england: {
    clearDays: 5,
    basis:
      'Local Government Act 1972 s100B(3), five clear days since the Local Government (Access to Information) (Variation) Order 2002',
  },
  wales: {
    clearDays: 3,
    basis:
      'Local Government Act 1972 s100B(3) as it applies in Wales, published electronically (Local Government and Elections (Wales) Act 2021, Sch 4)',
  },
  scotland: { clearDays: 3, basis: 'Local Government (Scotland) Act 1973 s50B(3)' },
  ni: {
    clearDays: 3,
    basis: 'Local Government Act (Northern Ireland) 2014 Sch 6 (access to meetings and documents)',
    caution: 'three clear days is the usual reading; check your standing orders',
  },
};

/** The latest working day to publish a meeting's agenda and reports. */
export function agendaPublishBy(meeting: IsoDate, settings: CalendarSettings): IsoDate {
  return publishBy(meeting, agendaRules[settings.nation].clearDays, settings);
}

/**
 * Notices of 28 clear days (a key decision, the intention to meet in private) count every
 * calendar day, whatever the setting for agendas: that is how forward plans are kept in practice
 * (a monthly plan gives 28 days' notice), and counting only working days would ask for six weeks.
 */
const everyDay = (settings: CalendarSettings): CalendarSettings => ({
  ...settings,
  clearDaysExcludeNonWorkingDays: false,
});

export const keyDecisionRule = {
  clearDays: 28,
  basis:
    'Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg 9',
} as const;

/** The latest working day to publish the notice of a key decision to be taken on `decisionDate`. */
export function keyDecisionNoticeBy(decisionDate: IsoDate, settings: CalendarSettings): IsoDate {
  return publishBy(decisionDate, keyDecisionRule.clearDays, everyDay(settings));
}

/**
 * A private meeting of the executive (England, reg 5 of the 2012 Regulations): notice of the
 * intention 28 clear days before, and a further notice with reasons and representations 5 clear
 * days before (counted as the agenda's clear days are).
 */
export function privateMeetingNoticesBy(
  meeting: IsoDate,
  settings: CalendarSettings,
): { intention: IsoDate; reasons: IsoDate } {
  return { intention: publishBy(meeting, 28, everyDay(settings)), reasons: publishBy(meeting, 5, settings) };
}

/** The commonest call-in period in constitutions; 4 and 8 are also found. */
export const defaultCallInDays = 5;
/** Call-in closes at the end of the office day: 5 pm. */
export const callInEndsAt = '17:00';

export interface CallIn {
  published: IsoDate;
  callInDays: number;
  /** The last day on which the decision can be called in, until `endsAt`. */
  ends: IsoDate;
  endsAt: typeof callInEndsAt;
  /** The first day the decision may be implemented, if it has not been called in. */
  effectiveFrom: IsoDate;
}

/**
 * The call-in period of a decision notice published on `published`: it ends at 5 pm on the
 * `callInDays`th working day after the day of publication (which is not counted), and the decision
 * takes effect on the next working day. Published Thursday 13 April 2023 with 5 days: ends 5 pm on
 * Thursday 20 April, effective Friday 21 April.
 */
export function callInPeriod(published: IsoDate, callInDays: number, settings: CalendarSettings): CallIn {
  if (!Number.isInteger(callInDays) || callInDays < 1) {
    throw new RangeError(`A call-in period is a whole number of working days from 1, not ${callInDays}`);
  }
  const ends = addWorkingDays(published, callInDays, settings);
  return {
    published,
    callInDays,
    ends,
    endsAt: callInEndsAt,
    effectiveFrom: addWorkingDays(ends, 1, settings),
  };
}

export const welshNoteRule = {
  workingDays: 7,
  basis:
    'Local Government Act 1972 s100C(1C), inserted by the Local Government and Elections (Wales) Act 2021',
} as const;

/**
 * Wales: the note of the meeting (attendance, apologies, declarations, decisions and votes) is due
 * "before the end of seven working days beginning with the day on which the meeting is held": the
 * meeting day is the first of the seven when it is a working day.
 */
export function welshNoteDue(meeting: IsoDate, settings: CalendarSettings): IsoDate {
  return nthWorkingDayFrom(meeting, welshNoteRule.workingDays, settings);
}

// The deadlines report: for a date and a nation, the deadlines of a meeting held on that date and of
// a decision published on it. What `minutebook deadlines --date … --nation … [--call-in-days N]`
// prints (deadlinesReport as JSON with --json, formatDeadlinesReport otherwise).
import { formatLongDate, formatTime } from '../format';
import { type IsoDate, addDays, toDayNumber } from './isoDate';
import {
  type CallIn,
  agendaPublishBy,
  agendaRules,
  callInPeriod,
  defaultCallInDays,
  keyDecisionNoticeBy,
  keyDecisionRule,
  welshNoteDue,
  welshNoteRule,
} from './notices';
import { type CalendarSettings, type Nation, calendarSettings, nationNames, nations } from './settings';
import { holidaysBetween, nonWorkingReason } from './workingDays';

export interface DeadlinesQuery {
  date: IsoDate;
  nation: Nation;
  /** Working days of call-in; 5 when not given. */
  callInDays?: number;
  closureDays?: readonly IsoDate[];
  clearDaysExcludeNonWorkingDays?: boolean;
}

/** A weekday skipped because it is a bank holiday or a closure day. */
export interface SkippedDay {
  date: IsoDate;
  reason: string;
}

export interface DeadlinesReport {
  date: IsoDate;
  nation: Nation;
  /** Why the date itself is not a working day ('Saturday', 'Good Friday'), when it is not. */
  notWorkingDay?: string;
  clearDaysExcludeNonWorkingDays: boolean;
  agenda: {
    publishBy: IsoDate;
    clearDays: number;
    basis: string;
    caution?: string;
    /** Bank holidays and closure days between the deadline and the meeting. */
    skipped: SkippedDay[];
  };
  /** England: the notice of a key decision to be taken on the date. */
  keyDecision?: { noticeBy: IsoDate; clearDays: number; basis: string };
  /** Wales: the note of a meeting held on the date. */
  noteOfMeeting?: { due: IsoDate; workingDays: number; basis: string };
  /** A decision notice published on the date. */
  callIn: CallIn & { skipped: SkippedDay[] };
}

/** Bank holidays and closure days strictly between two dates. */
const skippedBetween = (from: IsoDate, to: IsoDate, settings: CalendarSettings): SkippedDay[] =>
  from < to ? holidaysBetween(addDays(from, 1), addDays(to, -1), settings) : [];

export function deadlinesReport(query: DeadlinesQuery): DeadlinesReport {
  const settings: CalendarSettings = calendarSettings(query.nation, {
    closureDays: query.closureDays ?? [],
    clearDaysExcludeNonWorkingDays: query.clearDaysExcludeNonWorkingDays ?? true,
  });
  const { date, nation } = query;
  // Say what is wrong in words before anything is counted.
  if (!nations.includes(nation)) throw new RangeError(`'${String(nation)}' is not a nation`);
  toDayNumber(date);
  const rule = agendaRules[nation];
  const publishBy = agendaPublishBy(date, settings);
  const callIn = callInPeriod(date, query.callInDays ?? defaultCallInDays, settings);
  const notWorkingDay = nonWorkingReason(date, settings);
  return {
    date,
    nation,
    ...(notWorkingDay ? { notWorkingDay } : {}),
    clearDaysExcludeNonWorkingDays: settings.clearDaysExcludeNonWorkingDays,
    agenda: {
      publishBy,
      clearDays: rule.clearDays,
      basis: rule.basis,
      ...(rule.caution ? { caution: rule.caution } : {}),
      skipped: settings.clearDaysExcludeNonWorkingDays ? skippedBetween(publishBy, date, settings) : [],
    },
    ...(nation === 'england'
      ? {
          keyDecision: {
            noticeBy: keyDecisionNoticeBy(date, settings),
            clearDays: keyDecisionRule.clearDays,
            basis: keyDecisionRule.basis,
          },
        }
      : {}),
    ...(nation === 'wales'
      ? {
          noteOfMeeting: {
            due: welshNoteDue(date, settings),
            workingDays: welshNoteRule.workingDays,
            basis: welshNoteRule.basis,
          },
        }
      : {}),
    callIn: {
      ...callIn,
      skipped: skippedBetween(date, callIn.effectiveFrom, settings),
    },
  };
}

const listSkipped = (skipped: SkippedDay[]): string =>
  skipped.map((day) => `${formatLongDate(day.date)} (${day.reason})`).join(', ');

/** The report as the lines the command line prints, in British English. */
export function formatDeadlinesReport(report: DeadlinesReport): string[] {
  const { agenda, callIn } = report;
  const counted = report.clearDaysExcludeNonWorkingDays
    ? 'not counting weekends, bank holidays or closure days'
    : 'counting every calendar day';
  const lines = [`Meeting on ${formatLongDate(report.date)} (${nationNames[report.nation]})`];
  if (report.notWorkingDay) lines.push(`  Note: this is not a working day (${report.notWorkingDay}).`);
  lines.push(
    `  Agenda and reports to be published by: ${formatLongDate(agenda.publishBy)}`,
    `    ${agenda.clearDays} clear days, ${counted}; ${agenda.basis}${agenda.caution ? ` (${agenda.caution})` : ''}`,
  );
  if (agenda.skipped.length > 0) lines.push(`    Not counted: ${listSkipped(agenda.skipped)}`);
  if (report.keyDecision) {
    lines.push(
      `  Notice of a key decision to be taken that day published by: ${formatLongDate(report.keyDecision.noticeBy)}`,
      `    ${report.keyDecision.clearDays} clear days, counting every calendar day; ${report.keyDecision.basis}`,
    );
  }
  if (report.noteOfMeeting) {
    lines.push(
      `  Note of the meeting to be published by: ${formatLongDate(report.noteOfMeeting.due)}`,
      `    ${report.noteOfMeeting.workingDays} working days beginning with the day of the meeting; ${report.noteOfMeeting.basis}`,
    );
  }
  lines.push(
    `Decision published on ${formatLongDate(report.date)}`,
    `  Call-in ends: ${formatTime(callIn.endsAt)} on ${formatLongDate(callIn.ends)}`,
    `    ${callIn.callInDays} working days after the day of publication`,
  );
  if (callIn.skipped.length > 0) lines.push(`    Not counted: ${listSkipped(callIn.skipped)}`);
  lines.push(`  Effective from: ${formatLongDate(callIn.effectiveFrom)}, unless called in`);
  return lines;
}

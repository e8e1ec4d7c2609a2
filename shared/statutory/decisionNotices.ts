// Decision notices of executive decisions and their call-in: published on a day the officer sets,
// open to call-in until 5 pm on the committee's Nth working day after, effective the next working
// day unless called in; an urgent decision exempt from call-in takes effect at once. Pure: the state
// of one notice, counted on the one calendar, as at a day.
import { type CalendarSettings, type IsoDate, callInPeriod, type CallIn } from '../calendar';
import { formatLongDate, formatTime } from '../format';

export const callInOutcomes = [
  'pending',
  'no further action',
  'referred back to the decision maker',
  'referred to full council',
  'withdrawn',
] as const;
export type CallInOutcome = (typeof callInOutcomes)[number];

/** A decision called in: by whom and when, and what became of it. */
export interface CallInRecord {
  id: string;
  noticeId: string;
  /** The members (or the scrutiny committee) who called it in. */
  calledInBy: string;
  calledInOn: IsoDate;
  outcome: CallInOutcome;
  /** The day the outcome was decided (the scrutiny meeting, the decision maker's reconsideration). */
  outcomeOn: IsoDate | null;
  notes: string;
}

/** The notice of one decision. */
export interface DecisionNotice {
  id: string;
  decisionId: string;
  /** The day the officer published it; null while it is being prepared. */
  publishedOn: IsoDate | null;
  /** The committee's call-in period when the notice was published (kept, so a later change to the period does not move it). */
  callInDays: number | null;
  /** An urgent decision exempt from call-in, with the reason (the constitution's urgency rule). */
  exemptFromCallIn: boolean;
  urgencyReason: string;
  /** Dispensations granted to members who declared a conflict (reg 12(e)). */
  dispensations: string;
  callIns: CallInRecord[];
}

export type NoticeState =
  'not published' | 'exempt from call-in' | 'open to call-in' | 'called in' | 'effective' | 'referred';

export interface NoticeStatus {
  state: NoticeState;
  /** The call-in period, once published (and not exempt). */
  callIn: CallIn | null;
  /** The day the decision may be implemented, when that is known. */
  effectiveFrom: IsoDate | null;
  /** The state in a sentence for the officer. */
  sentence: string;
}

/** The state of a notice as at `today`, counted with `settings` and (until published) `callInDays`. */
export function noticeStatus(
  notice: Pick<
    DecisionNotice,
    'publishedOn' | 'callInDays' | 'exemptFromCallIn' | 'urgencyReason' | 'callIns'
  > | null,
  committeeCallInDays: number,
  settings: CalendarSettings,
  today: IsoDate,
): NoticeStatus {
  if (!notice?.publishedOn) {
    return { state: 'not published', callIn: null, effectiveFrom: null, sentence: 'Not yet published.' };
  }
  const published = notice.publishedOn;
  if (notice.exemptFromCallIn) {
    return {
      state: 'exempt from call-in',
      callIn: null,
      effectiveFrom: published,
      sentence: `Exempt from call-in as urgent${notice.urgencyReason.trim() ? ` (${notice.urgencyReason.trim().replace(/\.$/, '')})` : ''}: effective from ${formatLongDate(published)}.`,
    };
  }
  let callIn: CallIn;
  try {
    callIn = callInPeriod(published, notice.callInDays ?? committeeCallInDays, settings);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      state: 'effective',
      callIn: null,
      effectiveFrom: null,
      sentence: `The call-in period cannot be counted: ${error.message}.`,
    };
  }
  const ends = `${formatTime(callIn.endsAt)} on ${formatLongDate(callIn.ends)}`;
  const latest = notice.callIns.at(-1);
  if (latest) {
    const by = `Called in by ${latest.calledInBy} on ${formatLongDate(latest.calledInOn)}`;
    switch (latest.outcome) {
      case 'pending':
        return {
          state: 'called in',
          callIn,
          effectiveFrom: null,
          sentence: `${by}: not to be implemented until the call-in is decided.`,
        };
      case 'no further action':
      case 'withdrawn': {
        const on = latest.outcomeOn ?? latest.calledInOn;
        const effectiveFrom = on > callIn.effectiveFrom ? on : callIn.effectiveFrom;
        const what =
          latest.outcome === 'withdrawn' ? 'the call-in was withdrawn' : 'no further action was taken';
        return {
          state: 'effective',
          callIn,
          effectiveFrom,
          sentence: `${by}; ${what}${latest.outcomeOn ? ` on ${formatLongDate(latest.outcomeOn)}` : ''}: effective from ${formatLongDate(effectiveFrom)}.`,
        };
      }
      default:
        return {
          state: 'referred',
          callIn,
          effectiveFrom: null,
          sentence: `${by}; ${latest.outcome}${latest.outcomeOn ? ` on ${formatLongDate(latest.outcomeOn)}` : ''}: not to be implemented until reconsidered.`,
        };
    }
  }
  if (today <= callIn.ends) {
    return {
      state: 'open to call-in',
      callIn,
      effectiveFrom: callIn.effectiveFrom,
      sentence: `Call-in ends at ${ends}; effective from ${formatLongDate(callIn.effectiveFrom)} unless called in.`,
    };
  }
  return {
    state: 'effective',
    callIn,
    effectiveFrom: callIn.effectiveFrom,
    sentence: `Not called in (the period ended at ${ends}): effective from ${formatLongDate(callIn.effectiveFrom)}.`,
  };
}

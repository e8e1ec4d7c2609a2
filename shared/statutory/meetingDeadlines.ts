// A meeting's deadlines: when its agenda must be published (from its date and its committee's
// nation), whether the officer published it in time, which items were late (added after the agenda
// was published, or on an agenda published too late) and so need the chair's urgency reason, and in
// Wales when the note of the meeting is due. Pure: the store gives the rows, this counts.
import {
  type CalendarSettings,
  type IsoDate,
  type Nation,
  agendaPublishBy,
  agendaRules,
  clearDaysBetween,
  welshNoteDue,
} from '../calendar';

/** How an item reached the public, when it did not simply go out with the agenda. */
export interface ItemPublication {
  itemId: string;
  /** Added to the agenda after the agenda was published. */
  addedAfterPublication: boolean;
  /** The day a supplementary agenda published it, or null (tabled at the meeting). */
  publishedOn: IsoDate | null;
  /** The special circumstances for which the chair agreed to take it as a matter of urgency. */
  urgencyReason: string;
}

export interface ItemNotice {
  itemId: string;
  number: number;
  title: string;
  exempt: boolean;
  addedAfterPublication: boolean;
  /** The day the public could first see it, or null if it never was before the meeting. */
  publishedOn: IsoDate | null;
  /** Clear days between that day and the meeting; null while the agenda is unpublished. */
  clearDays: number | null;
  /** Not open to the public for the clear days the law asks: needs the chair's urgency reason. */
  late: boolean;
  urgencyReason: string;
}

export interface MeetingDeadlines {
  meetingId: string;
  date: IsoDate;
  nation: Nation;
  /** The clear days the agenda needs (England 5; Wales, Scotland, Northern Ireland 3). */
  clearDays: number;
  basis: string;
  caution?: string;
  /** The latest working day to publish the agenda and reports. Null when `problem` says why. */
  agendaPublishBy: IsoDate | null;
  agendaPublishedOn: IsoDate | null;
  /** Clear days the published agenda gave. */
  agendaClearDays: number | null;
  /** Published with fewer clear days than the law asks: every item on it needs an urgency reason. */
  agendaLate: boolean;
  items: ItemNotice[];
  /** Wales: the note of the meeting, due within 7 working days beginning with the meeting day. */
  welshNote: { due: IsoDate; publishedOn: IsoDate | null } | null;
  /** Set when the calendar cannot count for this meeting (a year whose bank holidays are unknown). */
  problem: string | null;
}

export interface MeetingDeadlinesInput {
  meeting: { id: string; date: IsoDate; agendaPublishedOn: IsoDate | null; notePublishedOn: IsoDate | null };
  items: readonly { id: string; number: number; title: string; exempt: boolean }[];
  publications: ReadonlyMap<string, ItemPublication>;
  settings: CalendarSettings;
}

export function meetingDeadlines(input: MeetingDeadlinesInput): MeetingDeadlines {
  const { meeting, settings } = input;
  const rule = agendaRules[settings.nation];
  const base = {
    meetingId: meeting.id,
    date: meeting.date,
    nation: settings.nation,
    clearDays: rule.clearDays,
    basis: rule.basis,
    ...(rule.caution ? { caution: rule.caution } : {}),
    agendaPublishedOn: meeting.agendaPublishedOn,
  };
  try {
    const agendaClearDays = meeting.agendaPublishedOn
      ? clearDaysBetween(meeting.agendaPublishedOn, meeting.date, settings)
      : null;
    const items = input.items.map((item): ItemNotice => {
      const publication = input.publications.get(item.id);
      const added = publication?.addedAfterPublication ?? false;
      const publishedOn = added ? (publication?.publishedOn ?? null) : meeting.agendaPublishedOn;
      const clearDays =
        meeting.agendaPublishedOn === null
          ? null
          : publishedOn
            ? clearDaysBetween(publishedOn, meeting.date, settings)
            : 0;
      return {
        itemId: item.id,
        number: item.number,
        title: item.title,
        exempt: item.exempt,
        addedAfterPublication: added,
        publishedOn,
        clearDays,
        late: clearDays !== null && clearDays < rule.clearDays,
        urgencyReason: publication?.urgencyReason ?? '',
      };
    });
    return {
      ...base,
      agendaPublishBy: agendaPublishBy(meeting.date, settings),
      agendaClearDays,
      agendaLate: agendaClearDays !== null && agendaClearDays < rule.clearDays,
      items,
      welshNote:
        settings.nation === 'wales'
          ? { due: welshNoteDue(meeting.date, settings), publishedOn: meeting.notePublishedOn }
          : null,
      problem: null,
    };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      ...base,
      agendaPublishBy: null,
      agendaClearDays: null,
      agendaLate: false,
      items: [],
      welshNote: null,
      problem: `Deadlines cannot be counted for this meeting: ${error.message}.`,
    };
  }
}

/** The items that need the chair's urgency reason and have none yet. */
export const lateWithoutReason = (deadlines: MeetingDeadlines): ItemNotice[] =>
  deadlines.items.filter((item) => item.late && item.urgencyReason.trim() === '');

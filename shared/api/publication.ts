// A meeting's publication and deadlines: when its agenda must go out and did, its late items with
// the chair's urgency reasons, and in Wales the note of the meeting.
import { z } from 'zod';
import { id, text } from './fields';
import { mutation, query } from './contract';
import { calendarDate } from '../statutory/houseCalendarSchema';
import type { MeetingDeadlines } from '../statutory/meetingDeadlines';

export const publicationMethods = {
  /** The meeting's deadlines, and which items were late. */
  'publication.get': query<MeetingDeadlines & { keyDecisionItems: string[] }>()(
    z.strictObject({ meetingId: id('Meeting') }),
  ),
  /** Marks the agenda published on a day (null: not published after all). */
  'publication.publishAgenda': mutation<MeetingDeadlines>()(
    z.strictObject({ meetingId: id('Meeting'), publishedOn: calendarDate('Publication date').nullable() }),
  ),
  /** An item that did not go out with the agenda: a supplementary agenda's day, the urgency reason. */
  'publication.setItem': mutation<MeetingDeadlines>()(
    z.strictObject({
      itemId: id('Agenda item'),
      publishedOn: calendarDate('Publication date').nullable().optional(),
      urgencyReason: text('Reason for urgency', 5000).optional(),
    }),
  ),
  /** Wales: the day the note of the meeting was published (null: not yet). */
  'publication.publishNote': mutation<MeetingDeadlines>()(
    z.strictObject({ meetingId: id('Meeting'), publishedOn: calendarDate('Publication date').nullable() }),
  ),
} as const;

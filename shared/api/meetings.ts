// Meetings: their details, approval of their minutes and reopening.
import { z } from 'zod';
import { clock, clockTime, id, isoDate, text, typeError } from './fields';
import { mutation, query } from './contract';
import { meetingStatuses, type Meeting, type MeetingDetail } from '../domain';

const meetingFields = {
  date: isoDate,
  startTime: clockTime,
  /** When the meeting ended, for the minutes' closing line; null: not entered. */
  endTime: clock('End time').nullable(),
  venue: text('Venue', 300),
  status: z.enum(
    meetingStatuses,
    typeError('Status', `Status must be one of: ${meetingStatuses.join(', ')}.`),
  ),
  contactOfficerId: id('Contact officer').nullable(),
};

export const meetingsMethods = {
  'meetings.get': query<MeetingDetail>()(z.strictObject({ id: id('Meeting') })),
  'meetings.create': mutation<Meeting>()(
    z.strictObject({
      committeeId: id('Committee'),
      date: isoDate,
      startTime: clockTime,
      /** Left out: the committee's default venue. */
      venue: text('Venue', 300).optional(),
    }),
  ),
  'meetings.update': mutation<Meeting>()(
    z
      .strictObject({ id: id('Meeting'), ...meetingFields })
      .partial()
      .required({ id: true }),
  ),
  'meetings.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Meeting') })),
  /** Approves the minutes at a later meeting: the record as it stands becomes the approved version. */
  'meetings.approve': mutation<Meeting>()(
    z.strictObject({
      id: id('Meeting'),
      approvedByMeetingId: id('Approving meeting'),
      /** Left out: the approving meeting's date. */
      approvedOn: isoDate.optional(),
    }),
  ),
  /** Reopens approved minutes for correction; the reason goes in the audit trail. */
  'meetings.reopen': mutation<Meeting>()(
    z.strictObject({
      id: id('Meeting'),
      reason: z
        .string(typeError('Reason', 'Give the reason for reopening the minutes.'))
        .trim()
        .min(5, { error: 'Give the reason for reopening the minutes, in a few words at least.' })
        .max(2000, { error: 'The reason can be at most 2,000 characters.' }),
    }),
  ),
} as const;

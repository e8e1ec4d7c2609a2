// Decision notices of an executive meeting's decisions, and their call-ins.
import { z } from 'zod';
import { id, requiredText, text, typeError } from './fields';
import { mutation, query } from './contract';
import { calendarDate } from '../statutory/houseCalendarSchema';
import { callInOutcomes, type CallInRecord } from '../statutory/decisionNotices';
import type { DecisionNotices } from '../statutory/records';

export const decisionNoticesMethods = {
  /** The meeting's decisions, each with its notice and its state as at today (or the day given). */
  'decisionNotices.list': query<DecisionNotices>()(
    z.strictObject({ meetingId: id('Meeting'), today: calendarDate('Today').optional() }),
  ),
  /** Prepares or changes a decision's notice: the day it is published, dispensations, urgency. */
  'decisionNotices.save': mutation<DecisionNotices>()(
    z.strictObject({
      decisionId: id('Decision'),
      publishedOn: calendarDate('Publication date').nullable().optional(),
      exemptFromCallIn: z
        .boolean(typeError('Exempt from call-in', 'Exempt from call-in is true or false.'))
        .optional(),
      urgencyReason: text('Reason for urgency', 5000).optional(),
      dispensations: text('Dispensations', 5000).optional(),
    }),
  ),
  /** Records that a decision was called in, by whom and when (within the call-in period). */
  'callIns.record': mutation<CallInRecord>()(
    z.strictObject({
      decisionId: id('Decision'),
      calledInBy: requiredText('Called in by', 1000),
      calledInOn: calendarDate('Called in on'),
      notes: text('Notes', 5000).default(''),
    }),
  ),
  /** The outcome of a call-in and the day it was decided. */
  'callIns.update': mutation<CallInRecord>()(
    z.strictObject({
      id: id('Call-in'),
      outcome: z
        .enum(callInOutcomes, typeError('Outcome', `The outcome is one of: ${callInOutcomes.join(', ')}.`))
        .optional(),
      outcomeOn: calendarDate('Decided on').nullable().optional(),
      notes: text('Notes', 5000).optional(),
    }),
  ),
  'callIns.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Call-in') })),
} as const;

// The notice of key decisions (forward plan) of an executive body.
import { z } from 'zod';
import { baseVersion, id, requiredText, text, typeError } from './fields';
import { mutation, query } from './contract';
import { calendarDate } from '../statutory/houseCalendarSchema';
import { keyDecisionStatuses, urgencyRoutes, type KeyDecision } from '../statutory/keyDecisions';
import type { KeyDecisionEntry } from '../statutory/records';
import { exemptParagraph, periodIsOrdered, periodMessage } from './statutoryFields';

const keyDecisionFields = {
  itemId: id('Agenda item').nullable(),
  reference: text('Reference', 100),
  matter: requiredText('Matter', 5000),
  decisionMaker: text('Decision maker', 500),
  decisionDate: calendarDate('Decision date'),
  documents: text('Documents', 5000),
  documentsFrom: text('Where the documents can be had', 2000),
  contact: text('Contact', 1000),
  noticePublishedOn: calendarDate('Notice published on').nullable(),
  private: z.boolean(typeError('Private', 'Private is true or false.')),
  exemptParagraph: exemptParagraph.nullable(),
  privateReasons: text('Reasons for taking it in private', 5000),
  urgencyRoute: z.enum(
    urgencyRoutes,
    typeError('Route', `The route is one of: ${urgencyRoutes.join(', ')}.`),
  ),
  routeAgreedBy: text('Agreed by', 500),
  routeNoticeOn: calendarDate('Day of the notice or agreement').nullable(),
  routeReasons: text('Reasons for urgency', 5000),
  status: z.enum(
    keyDecisionStatuses,
    typeError('Status', `Status is one of: ${keyDecisionStatuses.join(', ')}.`),
  ),
};

/** A private entry names its Schedule 12A paragraph; a public one has none. */
const privateNeedsParagraph = (
  entry: { private?: boolean; exemptParagraph?: number | null },
  ctx: z.RefinementCtx,
) => {
  if (entry.private === true && (entry.exemptParagraph === null || entry.exemptParagraph === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptParagraph'],
      message: 'A decision to be taken in private needs the Schedule 12A paragraph it is exempt under.',
    });
  }
  if (entry.private === false && entry.exemptParagraph !== null && entry.exemptParagraph !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptParagraph'],
      message: 'Only a decision taken in private has a Schedule 12A paragraph.',
    });
  }
};

const period = {
  from: calendarDate('From').optional(),
  to: calendarDate('To').optional(),
};

export const keyDecisionsMethods = {
  /** The body's entries with a decision date in the period (every entry when none is given). */
  'keyDecisions.list': query<KeyDecisionEntry[]>()(
    z
      .strictObject({ committeeId: id('Executive body'), ...period, today: calendarDate('Today').optional() })
      .refine(periodIsOrdered, periodMessage),
  ),
  'keyDecisions.create': mutation<KeyDecision>()(
    z
      .strictObject({ committeeId: id('Executive body'), ...keyDecisionFields })
      .partial({
        itemId: true,
        reference: true,
        decisionMaker: true,
        documents: true,
        documentsFrom: true,
        contact: true,
        noticePublishedOn: true,
        private: true,
        exemptParagraph: true,
        privateReasons: true,
        urgencyRoute: true,
        routeAgreedBy: true,
        routeNoticeOn: true,
        routeReasons: true,
        status: true,
      })
      .superRefine(privateNeedsParagraph),
  ),
  'keyDecisions.update': mutation<KeyDecision>()(
    z
      .strictObject({ id: id('Key decision'), baseVersion: baseVersion(1), ...keyDecisionFields })
      .partial()
      .required({ id: true, baseVersion: true })
      .superRefine(privateNeedsParagraph),
  ),
  'keyDecisions.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Key decision') })),
} as const;

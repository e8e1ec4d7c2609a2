// The register of officer decisions (delegated and executive).
import { z } from 'zod';
import { baseVersion, id, requiredText, text, typeError } from './fields';
import { mutation, query } from './contract';
import { calendarDate } from '../statutory/houseCalendarSchema';
import { officerDecisionKinds, type OfficerDecision, type OfficerDecisionEntry } from '../statutory/records';
import { exemptParagraph, periodIsOrdered, periodMessage } from './statutoryFields';

const officerDecisionFields = {
  kind: z.enum(officerDecisionKinds, typeError('Kind', 'The kind is delegated or executive.')),
  reference: text('Reference', 100),
  title: requiredText('Title', 500),
  decision: text('Decision', 20_000),
  decidedOn: calendarDate('Decided on'),
  officerId: id('Officer').nullable(),
  authority: text('Authority (delegation relied on)', 2000),
  reasons: text('Reasons', 20_000),
  alternatives: text('Alternatives considered and rejected', 20_000),
  consultation: text('Consultation', 5000),
  interests: text('Conflicts of interest', 5000),
  dispensations: text('Dispensations', 5000),
  exemptParagraph: exemptParagraph.nullable(),
  publishedOn: calendarDate('Published on').nullable(),
};

const optional = {
  reference: true,
  decision: true,
  officerId: true,
  authority: true,
  reasons: true,
  alternatives: true,
  consultation: true,
  interests: true,
  dispensations: true,
  exemptParagraph: true,
  publishedOn: true,
} as const;

export const officerDecisionsMethods = {
  /** The records taken in the period (every record when none is given), oldest first. */
  'officerDecisions.list': query<OfficerDecisionEntry[]>()(
    z
      .strictObject({ from: calendarDate('From').optional(), to: calendarDate('To').optional() })
      .refine(periodIsOrdered, periodMessage),
  ),
  'officerDecisions.create': mutation<OfficerDecision>()(
    z.strictObject(officerDecisionFields).partial(optional),
  ),
  'officerDecisions.update': mutation<OfficerDecision>()(
    z
      .strictObject({ id: id('Officer decision'), baseVersion: baseVersion(1), ...officerDecisionFields })
      .partial()
      .required({ id: true, baseVersion: true }),
  ),
  'officerDecisions.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Officer decision') })),
} as const;

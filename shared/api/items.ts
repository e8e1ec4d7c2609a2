// Agenda items.
import { z } from 'zod';
import { id, requiredText, text, typeError } from './fields';
import { mutation, query } from './contract';
import type { AgendaItem } from '../domain';
import { exemptBases, exemptionProblem, type ExemptBasis } from '../exemptBasis';

const exemptParagraph = z
  .number(typeError('Exempt paragraph', 'The paragraph an item is exempt under must be a number.'))
  .int({ error: 'The paragraph an item is exempt under must be a whole number.' })
  .nullable();

const exemptBasis = z
  .enum(exemptBases, {
    error: 'The law an item is exempt under must be Schedule 12A, Schedule 7A or the 1960 Act.',
  })
  .nullable();

const agendaItemFields = {
  title: requiredText('Title', 500),
  purpose: text('Purpose', 5000),
  leadOfficerId: id('Lead officer').nullable(),
  exempt: z.boolean(typeError('Exempt', 'Exempt must be true or false.')),
  /** Left out: Schedule 12A for an exempt item, as before the basis was kept. */
  exemptBasis: exemptBasis.optional(),
  exemptParagraph,
};

/**
 * An exempt item names the law it is exempt under and, under a schedule, that schedule's paragraph
 * (under the 1960 Act, none); a public one has neither. An update that leaves `exempt` out is checked
 * against the item as stored, by the handler.
 */
const exemptNeedsParagraph = <
  T extends { exempt?: boolean; exemptBasis?: ExemptBasis | null; exemptParagraph?: number | null },
>(
  item: T,
  ctx: z.RefinementCtx,
) => {
  if (item.exempt === undefined) return;
  const basis = item.exemptBasis === undefined ? (item.exempt ? 'schedule 12A' : null) : item.exemptBasis;
  const problem = exemptionProblem(item.exempt, basis, item.exemptParagraph ?? null);
  if (problem) ctx.addIssue({ code: 'custom', path: ['exemptParagraph'], message: problem });
};

export const agendaItemInput = z
  .strictObject({ meetingId: id('Meeting'), ...agendaItemFields })
  .superRefine(exemptNeedsParagraph);

export const itemsMethods = {
  'items.get': query<AgendaItem>()(z.strictObject({ id: id('Agenda item') })),
  'items.create': mutation<AgendaItem>()(agendaItemInput),
  'items.update': mutation<AgendaItem>()(
    z
      .strictObject({ id: id('Agenda item'), ...agendaItemFields })
      .partial()
      .required({ id: true })
      .superRefine(exemptNeedsParagraph),
  ),
  'items.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Agenda item') })),
  /** Moves an item to a 1-based position; the others close up. Returns the new order. */
  'items.move': mutation<AgendaItem[]>()(
    z.strictObject({
      id: id('Agenda item'),
      toNumber: z
        .number(typeError('Position', 'Position must be a number.'))
        .int({ error: 'Position must be a whole number.' })
        .min(1, { error: 'Position must be at least 1.' }),
    }),
  ),
} as const;

// Agenda items.
import { z } from 'zod';
import { id, requiredText, text, typeError } from './fields';
import { mutation, query } from './contract';
import { exemptParagraphs, type AgendaItem } from '../domain';

const exemptParagraph = z
  .number(typeError('Schedule 12A paragraph', 'Schedule 12A paragraph must be a number.'))
  .refine((n) => (exemptParagraphs as readonly number[]).includes(n), {
    error: 'Schedule 12A paragraph must be 1 to 7 (England) or 12 to 18 (Wales).',
  })
  .nullable();

const agendaItemFields = {
  title: requiredText('Title', 500),
  purpose: text('Purpose', 5000),
  leadOfficerId: id('Lead officer').nullable(),
  exempt: z.boolean(typeError('Exempt', 'Exempt must be true or false.')),
  exemptParagraph,
};

/** An exempt item names its Schedule 12A paragraph; a public one has none. */
const exemptNeedsParagraph = <T extends { exempt?: boolean; exemptParagraph?: number | null }>(
  item: T,
  ctx: z.RefinementCtx,
) => {
  if (item.exempt === true && (item.exemptParagraph === null || item.exemptParagraph === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptParagraph'],
      message: 'An exempt item needs the Schedule 12A paragraph it is exempt under.',
    });
  }
  if (item.exempt === false && item.exemptParagraph !== null && item.exemptParagraph !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['exemptParagraph'],
      message: 'Only an exempt item has a Schedule 12A paragraph.',
    });
  }
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

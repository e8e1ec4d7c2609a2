// Actions arising from an item.
import { z } from 'zod';
import { baseVersion, id, isoDate, typedText, typeError } from './fields';
import { mutation, query } from './contract';
import { actionStatuses, type Action } from '../domain';

const actionFields = {
  text: typedText('Action', 2000),
  ownerId: id('Owner').nullable(),
  dueOn: isoDate.nullable(),
  status: z.enum(actionStatuses, typeError('Status', `Status must be one of: ${actionStatuses.join(', ')}.`)),
};

export const actionsMethods = {
  'actions.list': query<Action[]>()(z.strictObject({ itemId: id('Agenda item') })),
  'actions.create': mutation<Action>()(
    z
      .strictObject({ id: id('Action'), itemId: id('Agenda item'), ...actionFields })
      .partial()
      .required({ itemId: true }),
  ),
  'actions.update': mutation<Action>()(
    z
      .strictObject({ id: id('Action'), baseVersion: baseVersion(1), ...actionFields })
      .partial()
      .required({ id: true, baseVersion: true }),
  ),
  'actions.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Action') })),
} as const;

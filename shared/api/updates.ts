// Post-meeting updates to an item.
import { z } from 'zod';
import { baseVersion, id, typedText } from './fields';
import { mutation, query } from './contract';
import type { ItemUpdate } from '../domain';
import { richDoc } from '../richTextSchema';

export const updatesMethods = {
  'updates.list': query<ItemUpdate[]>()(z.strictObject({ itemId: id('Agenda item') })),
  'updates.create': mutation<ItemUpdate>()(
    z.strictObject({
      itemId: id('Agenda item'),
      heading: typedText('Heading', 500).default(''),
      doc: richDoc.optional(),
    }),
  ),
  'updates.update': mutation<ItemUpdate>()(
    z.strictObject({
      id: id('Update'),
      baseVersion: baseVersion(1),
      heading: typedText('Heading', 500).optional(),
      doc: richDoc.optional(),
    }),
  ),
  'updates.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Update') })),
} as const;

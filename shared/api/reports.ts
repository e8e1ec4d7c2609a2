// An item's report.
import { z } from 'zod';
import { baseVersion, id, typedText } from './fields';
import { mutation, query } from './contract';
import type { ItemReport } from '../domain';
import { richDoc } from '../richTextSchema';

export const reportsMethods = {
  'reports.get': query<ItemReport>()(z.strictObject({ itemId: id('Agenda item') })),
  /** Saves an item's report over `baseVersion`; another window's save in between is a conflict. */
  'reports.save': mutation<{ version: number; updatedAt: string }>()(
    z.strictObject({
      itemId: id('Agenda item'),
      doc: richDoc,
      contactPoints: typedText('Contact points', 5000),
      backgroundPapers: typedText('Background papers', 20_000),
      baseVersion: baseVersion(0),
    }),
  ),
} as const;

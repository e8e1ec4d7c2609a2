// Searching the whole record: what the search box, the command line and scripts ask.
import { z } from 'zod';
import { MAX_QUERY_CHARS } from '../search/query';
import { searchKinds, searchOrders, type SearchHit } from '../search/results';
import { query } from './contract';
import { dateField, id, typeError } from './fields';

/** As electron/store/search.ts gives at most. */
export const MAX_SEARCH_LIMIT = 100;

const date = (label: string) => dateField(label).optional();

export const searchRequest = z
  .strictObject({
    /** What the officer typed (shared/search/query.ts reads it). */
    text: z.string(typeError('Search', 'The search must be text.')).max(MAX_QUERY_CHARS, {
      error: `That search is too long. Use at most ${MAX_QUERY_CHARS} characters.`,
    }),
    committeeIds: z.array(id('Committee')).max(100, { error: 'Choose at most 100 committees.' }).optional(),
    from: date('The “from” date'),
    to: date('The “to” date'),
    kinds: z
      .array(z.enum(searchKinds, typeError('Kind', `Each kind is one of: ${searchKinds.join(', ')}.`)))
      .max(searchKinds.length)
      .optional(),
    order: z
      .enum(searchOrders, typeError('Order', `The order is one of: ${searchOrders.join(', ')}.`))
      .optional(),
    limit: z
      .number(typeError('Limit', 'The limit must be a number.'))
      .int({ error: 'The limit must be a whole number.' })
      .min(1, { error: 'The limit must be at least 1.' })
      .max(MAX_SEARCH_LIMIT, { error: `The limit is at most ${MAX_SEARCH_LIMIT}.` })
      .optional(),
    /** Leave out exempt items' confidential content. */
    publicOnly: z.boolean(typeError('Public only', 'Public only must be true or false.')).optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    error: 'The “from” date is after the “to” date.',
    path: ['to'],
  });

export interface SearchAnswer {
  hits: SearchHit[];
  /**
   * False when the words matched so much of the record that ranking looked only at the newest
   * matches: add words or a date range to reach further back.
   */
  complete: boolean;
}

export const searchMethods = {
  /** The record searched: hits with where each is, a snippet, and whether it is exempt content. */
  'search.query': query<SearchAnswer>()(searchRequest),
} as const;

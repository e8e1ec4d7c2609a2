// Searching the record (electron/store/search.ts). A search the officer typed that cannot be run is
// a sentence to show, never an SQL error; an index found damaged is rebuilt from the record and the
// search run again.
import { AppError } from '../../../shared/result';
import type { SearchResult } from '../../../shared/search/results';
import { search } from '../../store/search';
import type { Handlers } from '../context';
import { rebuildOrSay } from '../searchIndex';

export const searchHandlers = {
  'search.query': ({ text, ...filters }, { db }) => {
    let result: SearchResult = search(db, text, filters);
    if (!result.ok && result.damaged) {
      rebuildOrSay(db);
      result = search(db, text, filters);
    }
    if (!result.ok) throw new AppError('invalid_input', result.message);
    return { hits: result.hits, complete: result.complete };
  },
} satisfies Partial<Handlers>;

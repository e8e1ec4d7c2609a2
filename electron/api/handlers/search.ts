// Searching the record (electron/store/search.ts). A search the officer typed that cannot be run is
// a sentence to show, never an SQL error; an index found damaged is rebuilt from the record and the
// search run again.
import { AppError } from '../../../shared/result';
import type { SearchResult } from '../../../shared/search/results';
import { rebuildSearchIndex, search } from '../../store/search';
import type { Db } from '../../store/database';
import { codeOf } from '../../store/files';
import type { Handlers } from '../context';

function rebuildOrSay(db: Db): void {
  try {
    rebuildSearchIndex(db);
  } catch (error) {
    // The command line searches on a read-only connection: it cannot mend the index itself.
    if (codeOf(error).startsWith('SQLITE_READONLY')) {
      throw new AppError(
        'damaged',
        'The search index is damaged. Open Minutebook and it will rebuild the index from the minutes; then search again.',
      );
    }
    throw error;
  }
}

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

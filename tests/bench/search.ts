// Searching the record (issue 19): `npx tsx tests/bench/search.ts` runs the search bench alone
// (searchBench.ts says what it measures; `npm run bench` runs it too, as its section `search`).
//
// SEARCH_PARAGRAPHS (default 100000) and SEARCH_RUNS (timed runs per shape, default 60) adjust it.
import { searchBench } from './searchBench';

searchBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

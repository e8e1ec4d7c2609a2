// What is open, and the sample council.
import { countCommittees } from '../../store/committees';
import { loadSampleCouncil } from '../../store/sample';
import type { Handlers } from '../context';

export const appHandlers = {
  'app.info': (_input, { db, dataFile, version, session }) => ({
    version,
    dataFile,
    // In recovery mode there is no open database to count.
    empty: db ? countCommittees(db) === 0 : false,
    ...(session?.info() ?? { warnings: [], recovery: null, notices: [], checking: false }),
  }),
  'sample.load': (_input, { db }) => loadSampleCouncil(db),
} satisfies Partial<Handlers>;

import { countCommittees } from '../../store/committees';
import { loadSampleCouncil } from '../../store/sample';
import type { Handlers } from '../router';

export const appHandlers = {
  'app.info': (_input, { db, dataFile, version }) => ({
    version,
    dataFile,
    empty: countCommittees(db) === 0,
  }),
  'sample.load': (_input, { db }) => loadSampleCouncil(db),
} satisfies Partial<Handlers>;

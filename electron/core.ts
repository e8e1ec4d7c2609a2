// The main-process core without Electron: the database and the router over it.
// The desktop app, browser mode, the command-line tool and the tests all start here.
import pkg from '../package.json' with { type: 'json' };
import { handlers } from './api/handlers';
import { createRouter, type Router, type RouterOptions } from './api/router';
import { dataFileIn } from './paths';
import { openChecked, openReadOnly, type Db } from './store/database';
import type { OpenFindings } from './store/integrity';
import type { SessionControl } from './api/context';

export const appVersion: string = pkg.version;

export interface Core {
  db: Db;
  router: Router;
  dataFile: string;
  /** What the checks before opening found that the officer should hear of. */
  findings: OpenFindings;
  close(): void;
}

export function openCore(dataDir: string, options: RouterOptions & { session?: SessionControl } = {}): Core {
  const dataFile = dataFileIn(dataDir);
  const { db, findings } = openChecked(dataFile);
  const router = createRouter(
    handlers,
    { mode: 'open', ctx: { db, dataFile, version: appVersion, session: options.session } },
    options,
  );
  return {
    db,
    router,
    dataFile,
    findings,
    close: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * A core on a read-only connection, needing no writer lock, so it works while the app is open (the
 * command line's searches). Queries only: a mutation fails as the file is read-only. Null when the
 * file must be migrated first, which only the writer does.
 */
export function openReadOnlyCore(dataDir: string, options: RouterOptions = {}): Core | null {
  const dataFile = dataFileIn(dataDir);
  const db = openReadOnly(dataFile);
  if (!db) return null;
  const router = createRouter(
    handlers,
    { mode: 'open', ctx: { db, dataFile, version: appVersion } },
    options,
  );
  return {
    db,
    router,
    dataFile,
    findings: { damagedLog: null, fullCheckPending: false },
    close: () => {
      if (db.open) db.close();
    },
  };
}

// The main-process core without Electron: the database and the router over it.
// The desktop app, browser mode, the command-line tool and the tests all start here.
import pkg from '../package.json' with { type: 'json' };
import { handlers } from './api/handlers';
import { createRouter, type Router, type RouterOptions } from './api/router';
import { dataFileIn } from './paths';
import { openDatabase, type Db } from './store/database';
import type { SessionControl } from './session';

export const appVersion: string = pkg.version;

export interface Core {
  db: Db;
  router: Router;
  dataFile: string;
  close(): void;
}

export function openCore(dataDir: string, options: RouterOptions & { session?: SessionControl } = {}): Core {
  const dataFile = dataFileIn(dataDir);
  const db = openDatabase(dataFile);
  const router = createRouter(
    handlers,
    { db, dataFile, version: appVersion, session: options.session },
    options,
  );
  return {
    db,
    router,
    dataFile,
    close: () => {
      if (db.open) db.close();
    },
  };
}

// The data folder for a command that only reads it (`meetings`, `export`): opened as the one writer
// when nothing else has it, or read beside the desktop app or browser mode when one of them does,
// through a read-only connection that takes no writer lock, so a document can be exported while the
// officer goes on working.
import { AppError } from '../../shared/result';
import type { Router } from '../api/router';
import { openReadOnlyCore } from '../core';
import { dataFileIn } from '../paths';
import { Session } from '../session';
import { oneOffSession } from './command';

export { hasData } from './dataFolder';

export async function readingData<T>(dataDir: string, work: (router: Router) => Promise<T>): Promise<T> {
  let session: Session;
  try {
    session = Session.open(dataDir, { holder: 'the minutebook command', ...oneOffSession });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'locked')) throw error;
    const core = openReadOnlyCore(dataDir, { log: () => undefined });
    if (!core) {
      // The Minutebook holding the folder is older than this command: only it may bring the file
      // up to date, so this command cannot read it until that one is closed.
      throw new AppError(
        'locked',
        `The Minutebook that has ${dataFileIn(dataDir)} open is older than this command. Close that Minutebook and run the command again, or run the command of the same version.`,
      );
    }
    try {
      return await work(core.router);
    } finally {
      core.close();
    }
  }
  try {
    return await work(session.router);
  } finally {
    await session.close();
  }
}

// Where Minutebook keeps its data: the per-OS application-data folder Electron calls userData.
import os from 'node:os';
import path from 'node:path';
import { DATA_FILE_NAME } from './store/database';

export const APP_NAME = 'Minutebook';

/** The same folder Electron's app.getPath('userData') gives for an app named Minutebook. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME ?? path.posix.join(home, '.config'), APP_NAME);
}

export const dataFileIn = (dir: string): string => path.join(dir, DATA_FILE_NAME);

// Whether a data folder holds a data file, said in one sentence when it does not. Kept apart from
// data.ts (which opens the folder's session and with it the whole router) so that `minutebook export`
// can ask it without loading them.
import { existsSync } from 'node:fs';
import { dataFileIn } from '../paths';

/** Whether there is a data file in the folder to read; if not, says so and how to name another. */
export function hasData(dataDir: string): boolean {
  if (existsSync(dataFileIn(dataDir))) return true;
  console.error(`There is no Minutebook data in ${dataDir}. Give the folder with --data DIR.`);
  return false;
}

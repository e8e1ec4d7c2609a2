// `minutebook house-style`: the council's name, which heads every document, as the app's House style
// screen and first-run welcome set it. Without --council it says what is set; with it, sets it.
import { councilNameSet, type HouseStyle } from '../../shared/houseStyle';
import type { Router } from '../api/router';
import { Session } from '../session';
import { defineCommand, oneOffSession } from './command';
import { readingData } from './data';
import { hasData } from './dataFolder';

type Styled = { style: HouseStyle; version: number };

/** Sets the council's name in the house style through the router (checked as the app's screen is). */
export async function setCouncilName(
  router: Router,
  name: string,
): Promise<{ ok: true; name: string } | { ok: false; message: string }> {
  const current = await router.call('houseStyle.get', {});
  if (!current.ok) return { ok: false, message: current.error.message };
  const { style, version } = current.value as Styled;
  const saved = await router.call('houseStyle.save', {
    style: { ...style, councilName: name },
    baseVersion: version,
  });
  if (!saved.ok) return { ok: false, message: saved.error.message };
  return { ok: true, name: (saved.value as Styled).style.councilName };
}

/** The one line `import` prints into a folder whose council's name is not set. */
export const councilNameHint =
  'Note: this folder’s council name is not set, and it heads every document: set it with minutebook house-style --council "NAME" (or give --council "NAME" to import).';

/** Whether the folder's council name is set, read through the router. */
export async function councilNameIsSet(router: Router): Promise<boolean> {
  const current = await router.call('houseStyle.get', {});
  return current.ok && councilNameSet((current.value as Styled).style);
}

export const houseStyleCommand = defineCommand({
  name: 'house-style',
  summary: `minutebook house-style [--council NAME] [--data DIR]
                                                     the council's name that heads every document`,
  usage: `Usage: minutebook house-style [--council NAME] [--data DIR]

Says the council's name that heads every document, or that none is set yet; with --council, sets
it (as the app's House style screen does). Word documents are refused until it is set. The font,
headings and date format are set on the app's House style screen.

  --council NAME   the council's name, e.g. "Fernley Vale District Council"
  --data DIR       the folder holding minutebook.sqlite3`,
  options: {
    council: { type: 'string' },
  },
  async run({ values, dataDir }) {
    const name = values.council;
    if (typeof name !== 'string') {
      if (!hasData(dataDir)) return 2;
      return readingData(dataDir, async (router) => {
        const current = await router.call('houseStyle.get', {});
        if (!current.ok) {
          console.error(current.error.message);
          return 1;
        }
        const { style } = current.value as Styled;
        if (councilNameSet(style)) console.log(`Council: ${style.councilName}`);
        else console.log('Council: not set (give it with --council "NAME").');
        return 0;
      });
    }
    const session = Session.open(dataDir, { holder: 'the minutebook command', ...oneOffSession });
    try {
      const result = await setCouncilName(session.router, name);
      if (!result.ok) {
        console.error(result.message);
        return 2;
      }
      console.log(`Council: ${result.name}`);
      return 0;
    } finally {
      await session.close();
    }
  },
});

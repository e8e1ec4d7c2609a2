// The council's house style.
import { getHouseStyle, saveHouseStyle } from '../../store/houseStyle';
import type { Handlers } from '../context';

export const houseStyleHandlers = {
  'houseStyle.get': (_input, { db }) => {
    const { value, version } = getHouseStyle(db);
    return { style: value, version };
  },
  'houseStyle.save': ({ style, baseVersion }, { db }) => {
    const { value, version } = saveHouseStyle(db, style, baseVersion);
    return { style: value, version };
  },
} satisfies Partial<Handlers>;

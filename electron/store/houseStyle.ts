// The council's house style (one per data file): how every Word document looks.
import { councilNameNotSet, councilNameSet, type HouseStyle } from '../../shared/houseStyle';
import { AppError } from '../../shared/result';
import { houseStyleFrom } from '../../shared/houseStyleSchema';
import type { Db } from './database';
import { checkVersion, now, statement } from './rows';

export interface Versioned<T> {
  value: T;
  /** 0 until first saved; a save names the version it replaces. */
  version: number;
}

export function getHouseStyle(db: Db): Versioned<HouseStyle> {
  const row = statement(db, "SELECT value, version FROM settings WHERE key = 'house style'").get() as
    { value: string; version: number } | undefined;
  return row
    ? { value: houseStyleFrom(JSON.parse(row.value)), version: row.version }
    : { value: houseStyleFrom({}), version: 0 };
}

export function saveHouseStyle(db: Db, style: HouseStyle, baseVersion: number): Versioned<HouseStyle> {
  const version = checkVersion(getHouseStyle(db).version, baseVersion, 'The house style was');
  statement(
    db,
    `INSERT INTO settings (key, value, version, updated_at) VALUES ('house style', ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(style), version, now());
  return { value: style, version };
}

/**
 * A Word document is refused while the council's name is not set (a folder begun by `minutebook
 * import`, say): the house style's placeholder would head an official record with a made-up council.
 */
export function requireCouncilName(db: Db): void {
  if (!councilNameSet(getHouseStyle(db).value)) throw new AppError('invalid_input', councilNameNotSet);
}

// Settings kept for the whole data file (one council): for now, its house style.
import { houseStyleFrom, type HouseStyle } from '../../shared/houseStyle';
import { AppError } from '../../shared/result';
import type { Db } from './database';
import { now, statement } from './rows';

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
  const current = getHouseStyle(db);
  if (current.version !== baseVersion) {
    throw new AppError(
      'conflict',
      'The house style was changed in another window after you opened it. Reload to see it, then make your change again.',
    );
  }
  const version = current.version + 1;
  statement(
    db,
    `INSERT INTO settings (key, value, version, updated_at) VALUES ('house style', ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(style), version, now());
  return { value: style, version };
}

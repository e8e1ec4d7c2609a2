// The council's calendar settings (one per data file, beside the house style): closure days and how
// clear days are counted. With a committee's nation they give the settings its deadlines count on.
import type { CalendarSettings } from '../../shared/calendar';
import type { Committee } from '../../shared/domain';
import { type HouseCalendar, normaliseClosureDays, settingsFor } from '../../shared/statutory';
import { houseCalendarFrom } from '../../shared/statutory/houseCalendarSchema';
import type { Db } from './database';
import type { Versioned } from './houseStyle';
import { checkVersion, now, statement } from './rows';

const KEY = 'calendar';

export function getHouseCalendar(db: Db): Versioned<HouseCalendar> {
  const row = statement(db, 'SELECT value, version FROM settings WHERE key = ?').get(KEY) as
    { value: string; version: number } | undefined;
  return row
    ? { value: houseCalendarFrom(JSON.parse(row.value)), version: row.version }
    : { value: houseCalendarFrom({}), version: 0 };
}

export function saveHouseCalendar(
  db: Db,
  calendar: HouseCalendar,
  baseVersion: number,
): Versioned<HouseCalendar> {
  const version = checkVersion(getHouseCalendar(db).version, baseVersion, 'The calendar settings were');
  const value: HouseCalendar = { ...calendar, closureDays: normaliseClosureDays(calendar.closureDays) };
  statement(
    db,
    `INSERT INTO settings (key, value, version, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version, updated_at = excluded.updated_at`,
  ).run(KEY, JSON.stringify(value), version, now());
  return { value, version };
}

/** The settings a committee's deadlines count on: its nation and the council's calendar. */
export function committeeCalendar(db: Db, committee: Pick<Committee, 'nation'>): CalendarSettings {
  return settingsFor(committee.nation, getHouseCalendar(db).value);
}

/**
 * One CalendarSettings per nation for a read that covers many committees: the calendar's caches are
 * kept per settings value, so reusing them keeps a long read fast.
 */
export function calendarsByNation(db: Db): (committee: Pick<Committee, 'nation'>) => CalendarSettings {
  const house = getHouseCalendar(db).value;
  const made = new Map<string, CalendarSettings>();
  return ({ nation }) => {
    let settings = made.get(nation);
    if (!settings) {
      settings = settingsFor(nation, house);
      made.set(nation, settings);
    }
    return settings;
  };
}

/** The local calendar day now (the officer's own "today"), YYYY-MM-DD. */
export function localToday(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

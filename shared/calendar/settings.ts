// The four nations whose councils use Minutebook, and the calendar settings a council (or a
// committee) carries: its nation, its own closure days, and how its constitution counts clear days.
import { type IsoDate, isIsoDate } from './isoDate';

/** As the command line writes them: `--nation england|wales|scotland|ni`. */
export type Nation = 'england' | 'wales' | 'scotland' | 'ni';

export const nations: readonly Nation[] = ['england', 'wales', 'scotland', 'ni'];

export const nationNames: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  ni: 'Northern Ireland',
};

export interface CalendarSettings {
  /** Decides the bank holidays and the statutory notice periods. */
  nation: Nation;
  /**
   * The council's own closure days (a Christmas shutdown, a local holiday such as Easter Monday
   * in a Scottish council that closes for it), as YYYY-MM-DD. They are not working days, and
   * not clear days unless the constitution counts every calendar day.
   */
  closureDays: readonly IsoDate[];
  /**
   * Whether clear days leave out weekends, bank holidays and closure days (true, the default and
   * the reading most constitutions take) or count every calendar day (false). Either way the day
   * of publication and the day of the meeting are never clear days.
   */
  clearDaysExcludeNonWorkingDays: boolean;
}

/** Settings for a nation with the defaults: no closure days, clear days are working days. */
export function calendarSettings(
  nation: Nation,
  overrides: Partial<Omit<CalendarSettings, 'nation'>> = {},
): CalendarSettings {
  return {
    nation,
    closureDays: overrides.closureDays ?? [],
    clearDaysExcludeNonWorkingDays: overrides.clearDaysExcludeNonWorkingDays ?? true,
  };
}

const nationWords: Record<string, Nation> = {
  england: 'england',
  eng: 'england',
  'gb-eng': 'england',
  wales: 'wales',
  cymru: 'wales',
  wls: 'wales',
  'gb-wls': 'wales',
  scotland: 'scotland',
  sct: 'scotland',
  'gb-sct': 'scotland',
  ni: 'ni',
  nir: 'ni',
  'gb-nir': 'ni',
  'northern ireland': 'ni',
  'northern-ireland': 'ni',
};

/** Reads a nation as a person or a setting writes it ('England', 'NI', 'northern-ireland'). */
export function parseNation(text: string): Nation | undefined {
  return nationWords[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** What is wrong with a council's calendar settings, in words; empty when nothing is. */
export function calendarSettingsProblems(settings: CalendarSettings): string[] {
  const problems: string[] = [];
  if (!nations.includes(settings.nation)) problems.push(`'${String(settings.nation)}' is not a nation`);
  for (const day of settings.closureDays) {
    if (!isIsoDate(day)) problems.push(`closure day '${day}' is not a date written YYYY-MM-DD`);
  }
  return problems;
}

// The council's calendar settings (house settings): closure days, and how clear days are counted.
import { z } from 'zod';
import { baseVersion, none } from './fields';
import { mutation, query } from './contract';
import type { HouseCalendar } from '../statutory/houseCalendar';
import { houseCalendarFields } from '../statutory/houseCalendarSchema';

export const calendarMethods = {
  'calendar.get': query<{ calendar: HouseCalendar; version: number }>()(none),
  'calendar.save': mutation<{ calendar: HouseCalendar; version: number }>()(
    z.strictObject({ calendar: z.strictObject(houseCalendarFields), baseVersion: baseVersion(0) }),
  ),
} as const;

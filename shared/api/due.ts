// "What is due" on the home screen and from `minutebook due`.
import { z } from 'zod';
import { query } from './contract';
import { calendarDate } from '../statutory/houseCalendarSchema';
import type { DueList } from '../statutory/due';

export const dueMethods = {
  /** Everything due, as at today (the computer's own date) or the day given. */
  'due.list': query<DueList>()(z.strictObject({ today: calendarDate('Today').optional() })),
} as const;

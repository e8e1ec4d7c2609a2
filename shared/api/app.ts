// The app itself: what is open, and the sample council.
import { none } from './fields';
import { inRecovery, mutation, query } from './contract';
import type { AppInfo } from '../domain';

export const appMethods = {
  'app.info': inRecovery(query<AppInfo>()(none)),
  'sample.load': mutation<{ committeeId: string; meetingId: string }>()(none),
} as const;

// The app itself: what is open, and the sample council.
import { none } from './fields';
import { inRecovery, mutation, query } from './contract';
import type { AppInfo } from '../domain';

export const appMethods = {
  'app.info': inRecovery(query<AppInfo>()(none)),
  /** A fictional council: `meetingId` is the meeting being prepared, `workedMeetingId` a finished one. */
  'sample.load': mutation<{ committeeId: string; meetingId: string; workedMeetingId: string }>()(none),
} as const;

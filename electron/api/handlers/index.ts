// Every method's implementation, checked complete against the contract in shared/api.ts.
import type { Handlers } from '../router';
import { appHandlers } from './app';
import { attendanceHandlers } from './attendance';
import { committeeHandlers } from './committees';
import { exportHandlers } from './exports';
import { importHandlers } from './imports';
import { meetingHandlers } from './meetings';
import { minutesHandlers } from './minutes';
import { peopleHandlers } from './people';

export const handlers: Handlers = {
  ...appHandlers,
  ...committeeHandlers,
  ...peopleHandlers,
  ...meetingHandlers,
  ...minutesHandlers,
  ...attendanceHandlers,
  ...exportHandlers,
  ...importHandlers,
};

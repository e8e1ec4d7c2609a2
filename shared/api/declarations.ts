// Declarations of interest.
import { z } from 'zod';
import { id } from './fields';
import { mutation } from './contract';
import type { AttendanceDetail } from '../attendance';
import { declarationFields } from './attendance';

export const declarationsMethods = {
  'declarations.add': mutation<AttendanceDetail>()(
    z.strictObject({ meetingId: id('Meeting'), ...declarationFields }),
  ),
  'declarations.update': mutation<AttendanceDetail>()(
    z.strictObject({ id: id('Declaration'), ...declarationFields }),
  ),
  'declarations.remove': mutation<AttendanceDetail>()(z.strictObject({ id: id('Declaration') })),
} as const;

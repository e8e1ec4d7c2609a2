// The audit trail: what changed in a meeting's record after its end.
import { z } from 'zod';
import { id } from './fields';
import { query } from './contract';
import type { AuditEntry } from '../domain';

export const auditMethods = {
  /** The audit trail of a meeting, or of one of its items; newest first. */
  'audit.list': query<AuditEntry[]>()(
    z.strictObject({ meetingId: id('Meeting'), itemId: id('Agenda item').optional() }),
  ),
} as const;

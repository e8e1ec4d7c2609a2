// The audit trail of a meeting's record.
import { getMeeting } from '../../store/meetings';
import type { Handlers } from '../context';
import { listAudit } from '../../store/audit';

export const auditHandlers = {
  'audit.list': ({ meetingId, itemId }, { db }) => {
    getMeeting(db, meetingId);
    return listAudit(db, { meetingId, itemId });
  },
} satisfies Partial<Handlers>;

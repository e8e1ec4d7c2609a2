// When a meeting ended, for the minutes' closing line ("The meeting ended at 4.30 pm"). Approved
// minutes keep it as approved: the guard on an approved meeting's fields (migration 008) is made again
// with the end time among them.
import { APPROVED_REFUSAL } from './008_record';

export const version = 11;
export const name = 'meeting end';
export const sql = /* sql */ `
ALTER TABLE meetings ADD COLUMN end_time TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]');

DROP TRIGGER meetings_approved_fixed;
CREATE TRIGGER meetings_approved_fixed BEFORE UPDATE ON meetings
WHEN OLD.status = 'minutes approved' AND NEW.status = 'minutes approved'
  AND (OLD.date IS NOT NEW.date OR OLD.start_time IS NOT NEW.start_time OR OLD.venue IS NOT NEW.venue
    OR OLD.end_time IS NOT NEW.end_time
    OR OLD.committee_id IS NOT NEW.committee_id OR OLD.contact_officer_id IS NOT NEW.contact_officer_id
    OR OLD.approved_at IS NOT NEW.approved_at OR OLD.approved_by_meeting_id IS NOT NEW.approved_by_meeting_id)
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;
`;

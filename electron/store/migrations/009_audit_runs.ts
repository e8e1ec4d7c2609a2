// The audit trail records changes, not keystrokes: a run of saves to one part of the record from one
// window extends one entry. The window (or other caller) that made an entry is kept to tell runs
// apart, and runs are found by the part they change without scanning the meeting's whole trail.
export const version = 9;
export const name = 'audit runs';
export const sql = /* sql */ `
ALTER TABLE audit_log ADD COLUMN source TEXT;
CREATE INDEX audit_log_by_part ON audit_log (meeting_id, subject, item_id, seq);
CREATE INDEX audit_log_by_source ON audit_log (meeting_id, source, seq);
`;

// An approved meeting's item reports are as fixed as its minutes (QA): the database refuses any
// change to them, with the same refusal as the rest of the record, until the minutes are reopened.
import { APPROVED_REFUSAL } from './008_record';

export const version = 15;
export const name = 'approved reports';

const meetingOf = (row: string) => `(SELECT meeting_id FROM agenda_items WHERE id = ${row}.item_id)`;

export const sql = (
  [
    ['insert', 'INSERT', 'NEW'],
    ['update', 'UPDATE', 'OLD'],
    ['delete', 'DELETE', 'OLD'],
  ] as const
)
  .map(
    ([suffix, event, row]) => `
CREATE TRIGGER item_reports_approved_${suffix} BEFORE ${event} ON item_reports
WHEN (SELECT status = 'minutes approved' FROM meetings WHERE id = ${meetingOf(row)})
BEGIN SELECT RAISE(ABORT, '${APPROVED_REFUSAL}'); END;`,
  )
  .join('\n');

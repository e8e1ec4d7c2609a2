// A meeting's header as councils write it: the title block (committee, date and time, venue) and the
// attendance lists under it.
import type { ImportMeeting } from '../../shared/importing';
import { readAttendance } from './attendance';
import { meetingTitle } from './meetingTitle';
import { rememberKeys } from './initialKeys';
import type { Para } from './text';

export { findDate, findTime, monthNames } from './dates';
export { fromCapitals } from './meetingTitle';

export const emptyMeeting = (committee: string, date: string | null): ImportMeeting => ({
  committee,
  date,
  startTime: null,
  venue: '',
  present: [],
  apologies: [],
  substitutes: [],
  officers: [],
  others: [],
  declarations: [],
});

export function parseHeader(paras: Para[], notes: string[]): ImportMeeting {
  const attendance = readAttendance(
    paras.map((para) => para.text),
    paras.map((para) => para.cells),
  );
  const title = meetingTitle(attendance.preamble, attendance.listsAt);
  const meeting: ImportMeeting = {
    ...emptyMeeting(title.committee, title.date),
    startTime: title.startTime,
    venue: title.venue,
    present: attendance.present,
    apologies: attendance.apologies,
    substitutes: attendance.substitutes,
    officers: attendance.officers,
    others: attendance.others,
  };
  rememberKeys(meeting, attendance.keys);
  if (paras.length > 0 && meeting.present.length === 0) {
    notes.push('No “Present” list was found in the heading of the minutes.');
  }
  return meeting;
}

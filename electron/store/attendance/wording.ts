// The sentences the minutes carry about attendance, and the officer's own wording where it replaces them.
import {
  type AttendanceDetail,
  type TextSection,
  attendanceText,
  textSections,
} from '../../../shared/attendance';
import type { MeetingDetail } from '../../../shared/domain';
import type { Db } from '../database';
import { now, statement } from '../rows';

import { getAttendance } from './register';

/**
 * The attendance block as the minutes give it: the officer's wording where it replaces ours (kept as
 * typed, given here without the spaces around it). The public edition's differs only where a
 * declaration was made at an exempt item (its interest's wording is left out).
 */
export function attendanceBlock(db: Db, detail: MeetingDetail): Record<TextSection, string> {
  return attendanceBlockOf(getAttendance(db, detail));
}

/** The same, from a register already read. */
export function attendanceBlockOf(
  attendance: AttendanceDetail,
  edition: 'confidential' | 'public' = 'confidential',
): Record<TextSection, string> {
  const generated = attendanceText(attendance.register, edition);
  return Object.fromEntries(
    textSections.map((section) => [
      section,
      attendance.overrides.find((override) => override.section === section)?.text.trim() ??
        generated[section],
    ]),
  ) as Record<TextSection, string>;
}

/** Replaces a generated section with the officer's words (null goes back to the generated text). */
export function setTextOverride(
  db: Db,
  detail: MeetingDetail,
  section: TextSection,
  text: string | null,
): void {
  const meetingId = detail.meeting.id;
  if (text === null) {
    statement(db, 'DELETE FROM attendance_text WHERE meeting_id = ? AND section = ?').run(meetingId, section);
    return;
  }
  const generated = attendanceText(getAttendance(db, detail).register)[section];
  statement(
    db,
    `INSERT INTO attendance_text (meeting_id, section, text, generated_when_written, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, section) DO UPDATE SET text = excluded.text,
       generated_when_written = excluded.generated_when_written, updated_at = excluded.updated_at`,
  ).run(meetingId, section, text, generated, now());
}

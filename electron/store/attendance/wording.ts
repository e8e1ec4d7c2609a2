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
  const withheld = edition === 'public' ? withheldInterests(attendance) : [];
  return Object.fromEntries(
    textSections.map((section) => {
      const own = attendance.overrides.find((override) => override.section === section)?.text.trim();
      if (own === undefined) return [section, generated[section]];
      return [section, withheld.length ? publicWording(own, withheld, section, generated[section]) : own];
    }),
  ) as Record<TextSection, string>;
}

/** The wording of each interest declared at an exempt item, as the generated sentences give it. */
function withheldInterests({ register }: AttendanceDetail): string[] {
  const exempt = new Set(register.items.filter((item) => item.exempt).map((item) => item.id));
  return register.declarations
    .filter((declaration) => exempt.has(declaration.itemId))
    .map((declaration) => declaration.interest.replace(/[.\s]+$/, '').trim())
    .filter((interest) => /[\p{L}\p{N}]/u.test(interest))
    .sort((a, b) => b.length - a.length);
}

/**
 * The officer's wording for the public edition. The Reword box starts from the confidential
 * sentences, so it holds the interest declared at an exempt item, which may be the exempt
 * information: each such interest is taken out where it stands as written. Declarations reworded so
 * that an interest is no longer there as written cannot be told safe, so the public edition gives
 * the generated public sentences instead.
 */
function publicWording(own: string, withheld: string[], section: TextSection, generated: string): string {
  let text = own;
  for (const interest of withheld) {
    const lower = interest.toLowerCase();
    let at = text.toLowerCase().indexOf(lower);
    if (at === -1 && section === 'declarations') return generated;
    while (at !== -1) {
      text = text.slice(0, at).replace(/\s+$/, '') + text.slice(at + interest.length);
      at = text.toLowerCase().indexOf(lower);
    }
  }
  return text.replace(/\s+([,.;:])/g, '$1').trim();
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

// Importing a meeting keeps what the file says: no start time the text does not give, the people
// it names matched to those present (never doubled), the officers and others in attendance, the
// closing line as the end time, reasons after the decision, declarations on the register, and the
// people a folder import adds listed. Through the router into a real SQLite file, from the
// officer's side: the text in, the meeting and its minutes out.
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../shared/document';
import type { MeetingDetail } from '../../shared/domain';
import { importTextInto, ok, tempCore } from './helpers';

/** Published minutes as a small licensing committee writes them (no start time given). */
export const licensingMinutes = `LICENSING COMMITTEE

Minutes of the meeting held on Tuesday 24 September 2024 in the Council Chamber, Town Hall

Present: Councillor J Patel (Chair), Councillor R Davies, Councillor S Hughes, Councillor T Evans

Also present: Mark Owen (Licensing Manager), Sarah Lloyd (Legal Adviser)

In attendance: Councillor P Morgan (Ward Member)

47. APOLOGIES FOR ABSENCE

There were no apologies for absence.

48. PREMISES LICENCE – THE RED LION, HIGH STREET

Councillor S Hughes declared a prejudicial interest in item 48 and left the room.

The Licensing Manager presented the report on the application.

It was moved by Councillor Patel and seconded by Councillor Davies that the licence be granted.

RESOLVED that the premises licence be granted subject to the conditions in the report.

Reason for decision: the Committee was satisfied that the licensing objectives would be promoted.

The meeting closed at 4.10 pm.

Chair
`;

type Core = ReturnType<typeof tempCore>;

/** The minutes as the Word document reads them, a paragraph a line. */
export async function minutesLines(core: Core, meetingId: string): Promise<string[]> {
  const { model } = await ok<{ model: DocumentModel }>(core, 'exports.preview', {
    meetingId,
    kind: 'minutes',
    edition: 'confidential',
  });
  return model.blocks.map((block) =>
    block.type === 'table'
      ? block.rows.map((row) => row.join(' | ')).join('\n')
      : block.runs.map((run) => run.text).join(''),
  );
}

describe('importing a meeting keeps what the file says', () => {
  it('gives a meeting no start time when the text gives none, and the minutes state none', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, licensingMinutes);
    const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: result.meetingId });
    expect(detail.meeting.date).toBe('2024-09-24');
    expect(detail.meeting.startTime).toBe('');
    const lines = await minutesLines(core, result.meetingId);
    const heading = lines.find((line) => line.startsWith('Minutes of the meeting held'));
    expect(heading).toMatch(/on Tuesday 24 September 2024$/);
    expect(lines.join('\n')).not.toMatch(/10\.00 am/);

    // A time the text gives is kept.
    const timed = licensingMinutes.replace(
      'on Tuesday 24 September 2024 in',
      'on Tuesday 24 September 2024 at 2.00 pm in',
    );
    const other = tempCore();
    const { result: kept } = await importTextInto(other, timed);
    const keptDetail = await ok<MeetingDetail>(other, 'meetings.get', { id: kept.meetingId });
    expect(keptDetail.meeting.startTime).toBe('14:00');
    expect((await minutesLines(other, kept.meetingId)).join('\n')).toMatch(
      /on Tuesday 24 September 2024 at 2\.00 pm/,
    );

    // The officer may save the meeting's details without inventing a time either.
    await ok(core, 'meetings.update', { id: result.meetingId, startTime: '' });
  });
});

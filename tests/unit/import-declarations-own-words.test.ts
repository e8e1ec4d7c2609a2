// Imported declarations in the minutes' own words: the kind of interest each nation's code names
// (Scotland's non-financial, Wales's personal and prejudicial, Northern Ireland's significant private
// or personal non-pecuniary) kept as the kind, not 'unstated'; the withdrawal as the text worded it
// ("left the meeting for that item"), not "withdrew from the room …, taking no part …"; and a meeting
// with no declarations item printing each declaration once.
import { describe, expect, it } from 'vitest';
import { attendanceText, type AttendanceDetail } from '../../shared/attendance';
import type { Meeting } from '../../shared/domain';
import { exported } from './exported';
import { importTextInto, ok, SLOW, tempCore } from './helpers';

const header = `Minutes of the meeting of the PLANNING COMMITTEE held at the Council Offices on Thursday 24 September 2026 at 7.00 pm.

Present: Councillors James Ashworth (Chair), Sunita Bhatt, Colin Drury, Rebecca Ellison and Hannah Greenwood.

`;
const items = `24. CHAIR'S ANNOUNCEMENTS

The Chair welcomed everyone to the meeting.

25. LAND AT MILL LANE

Councillor Drury declared a non-financial interest in minute 25 as a member of the Mill Lane Residents' Association and left the meeting for that item.

Councillor Bhatt declared a personal and prejudicial interest in minute 25 as she lives next to the site, and remained in the chamber.

Councillor Ellison declared a significant private or personal non-pecuniary interest in minute 25 as a friend of the applicant.

It was moved by Councillor Ashworth, seconded by Councillor Greenwood, and

RESOLVED that planning permission be granted.
`;

const minutesText = async (core: ReturnType<typeof tempCore>, meetingId: string, edition = 'confidential') =>
  (await exported(core, { meetingId, kind: 'minutes', edition })).doc.text.replace(/\n+/g, '\n');

describe('declarations imported in their own words', SLOW, () => {
  it('keeps each nation’s kind of interest and the withdrawal as the text worded it', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, header + items);
    const { register } = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: result.meetingId });
    const surname = (personId: string) =>
      register.attendees
        .find((attendee) => attendee.personId === personId)!
        .person.name.split(' ')
        .at(-1);
    expect(
      register.declarations.map((d) => [surname(d.personId), d.category, d.withdrew, d.withdrawalWords]),
    ).toEqual([
      ['Drury', 'non-financial', true, 'left the meeting for that item'],
      ['Bhatt', 'personal and prejudicial', false, 'remained in the chamber'],
      ['Ellison', 'significant private or personal non-pecuniary', null, ''],
    ]);
    // The sentences written from the register (the attendance screen's, an existing meeting's section).
    const written = attendanceText(register).declarations;
    expect(written).toContain(
      "Councillor Colin Drury declared a non-financial interest in minute 25 (LAND AT MILL LANE) as a member of the Mill Lane Residents' Association, and left the meeting for that item.",
    );
    expect(written).toContain('declared a personal and prejudicial interest in minute 25');
    expect(written).toContain('as she lives next to the site, and remained in the chamber.');
    expect(written).toContain(
      'Councillor Rebecca Ellison declared a significant private or personal non-pecuniary interest in minute 25 (LAND AT MILL LANE) as a friend of the applicant.',
    );
    expect(written).not.toMatch(/withdrew from the room|taking no part|remained in the room/);
  });

  it('prints each declaration once, where no item is the declarations item, in the words the text gave', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, header + items);
    for (const edition of ['confidential', 'public']) {
      const text = await minutesText(core, result.meetingId, edition);
      expect(text.match(/Drury declared/g), edition).toHaveLength(1);
      expect(text.match(/Bhatt declared/g), edition).toHaveLength(1);
      expect(text).toContain('left the meeting for that item');
      expect(text).not.toMatch(/withdrew from the room|taking no part|in this item/);
    }
  });

  it('into an existing meeting, whose section is written from the register, says the withdrawal as the text did', async () => {
    const core = tempCore();
    const first = await importTextInto(
      core,
      header + "24. CHAIR'S ANNOUNCEMENTS\n\nThe Chair welcomed everyone.\n",
    );
    const meeting = await ok<{ meeting: Meeting }>(core, 'meetings.get', { id: first.result.meetingId });
    await importTextInto(core, items.replace(/^24\.[\s\S]*?(?=25\.)/, ''), { meetingId: meeting.meeting.id });
    const text = await minutesText(core, meeting.meeting.id);
    expect(text).toContain(
      "declared a non-financial interest in minute 25 (LAND AT MILL LANE) as a member of the Mill Lane Residents' Association, and left the meeting for that item.",
    );
    expect(text.match(/Drury declared/g)).toHaveLength(1);
    expect(text).not.toMatch(/withdrew from the room|taking no part/);
  });
});

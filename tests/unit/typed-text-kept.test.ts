// Autosaved text is stored exactly as typed (QA: an action's text was trimmed on save, so a space
// typed just before a reload was lost and the next words ran on, "theapplicant"). Every autosaved
// plain-text field keeps its spaces through the real router on a real SQLite file; the documents
// trim where they use the text.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/decisions';
import type { Action, ItemPerson, ItemReport, ItemUpdate } from '../../shared/domain';
import type { AttendanceDetail } from '../../shared/attendance';
import type { HouseStyle } from '../../shared/houseStyle';
import { readMeetingRecord } from '../../electron/store/meetingRecord';
import { attendanceBlock } from '../../electron/store/attendance/wording';
import { meetingDetail } from '../../electron/store/meetingRecord';
import { fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';

describe('autosaved text', () => {
  it('is stored as typed, spaces included, and documents read it trimmed', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const itemId = f.publicItem.id;

    const [action] = await ok<Action[]>(core, 'actions.list', { itemId });
    await ok(core, 'actions.update', { id: action!.id, baseVersion: action!.version, text: 'Write to the ' });
    const created = await ok<Action>(core, 'actions.create', { itemId, text: ' Ring the ' });
    const [update] = await ok<ItemUpdate[]>(core, 'updates.list', { itemId });
    await ok(core, 'updates.update', {
      id: update!.id,
      baseVersion: update!.version,
      heading: 'Update from the ',
    });
    await ok(core, 'itemPeople.set', {
      itemId,
      role: 'attendee',
      people: [{ personId: f.people.officer.id, capacity: 'Overview and ' }],
    });
    const [decision] = await ok<Decision[]>(core, 'decisions.list', { itemId });
    await ok(core, 'decisions.update', {
      id: decision!.id,
      baseVersion: decision!.version,
      qualifier: 'by a ',
      preamble: 'that the ',
      reasons: 'Because the ',
      alternatives: 'To do ',
      publicWording: 'That the ',
      clauses: decision!.clauses.map((clause, index) => ({
        ...clause,
        groupHeading: index === 0 ? 'Planning ' : clause.groupHeading,
      })),
    });
    const report = await ok<ItemReport>(core, 'reports.get', { itemId });
    await ok(core, 'reports.save', {
      itemId,
      baseVersion: report.version,
      doc: report.doc,
      contactPoints: 'Emma James, ',
      backgroundPapers: 'There are ',
    });
    await ok(core, 'attendance.setText', {
      meetingId: f.meeting.id,
      section: 'present',
      text: 'Present: the ',
    });
    const style = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
    await ok(core, 'houseStyle.save', {
      style: { ...style.style, councilName: 'Worcestershire County ', minuteHeading: '{number}. {title} ' },
      baseVersion: style.version,
    });

    // Read back as the screens load them: as typed.
    const actions = await ok<Action[]>(core, 'actions.list', { itemId });
    expect(actions.map((entry) => entry.text)).toEqual(['Write to the ', ' Ring the ']);
    expect(actions[1]!.id).toBe(created.id);
    expect((await ok<ItemUpdate[]>(core, 'updates.list', { itemId }))[0]!.heading).toBe('Update from the ');
    expect(
      (await ok<ItemPerson[]>(core, 'itemPeople.list', { itemId })).map((entry) => entry.capacity),
    ).toContain('Overview and ');
    const [saved] = await ok<Decision[]>(core, 'decisions.list', { itemId });
    expect(saved).toMatchObject({
      qualifier: 'by a ',
      preamble: 'that the ',
      reasons: 'Because the ',
      alternatives: 'To do ',
      publicWording: 'That the ',
    });
    expect(saved!.clauses[0]!.groupHeading).toBe('Planning ');
    expect(await ok<ItemReport>(core, 'reports.get', { itemId })).toMatchObject({
      contactPoints: 'Emma James, ',
      backgroundPapers: 'There are ',
    });
    const attendance = await ok<AttendanceDetail>(core, 'attendance.get', { meetingId: f.meeting.id });
    expect(attendance.overrides.find((entry) => entry.section === 'present')?.text).toBe('Present: the ');
    expect((await ok<{ style: HouseStyle }>(core, 'houseStyle.get', {})).style).toMatchObject({
      councilName: 'Worcestershire County ',
      minuteHeading: '{number}. {title} ',
    });

    // A document reads them trimmed.
    const record = readMeetingRecord(core.db, f.meeting.id, 'confidential', 'current');
    const entry = record.items.find((candidate) => candidate.item.id === itemId)!;
    expect(record.style.councilName).toBe('Worcestershire County');
    expect(record.style.minuteHeading).toBe('{number}. {title}');
    expect(entry.actions.map((item) => item.text)).toEqual(['Write to the', 'Ring the']);
    expect(entry.updates[0]!.heading).toBe('Update from the');
    expect(entry.decisions[0]).toMatchObject({
      qualifier: 'by a',
      preamble: 'that the',
      publicWording: 'That the',
    });
    expect(entry.decisions[0]!.clauses[0]!.groupHeading).toBe('Planning');
    expect(entry.report.contactPoints).toBe('Emma James,');
    expect(attendanceBlock(core.db, meetingDetail(core.db, f.meeting.id)).present).toBe('Present: the');
    await ok(core, 'exports.build', { meetingId: f.meeting.id, kind: 'minutes', edition: 'confidential' });
  });

  it('still refuses what is only spaces where text is needed', async () => {
    const core = tempCore();
    const style = await ok<{ style: HouseStyle; version: number }>(core, 'houseStyle.get', {});
    const result = await core.router.call('houseStyle.save', {
      style: { ...style.style, councilName: '   ' },
      baseVersion: style.version,
    });
    expect(result).toMatchObject({ ok: false, error: { message: 'Council name must not be empty.' } });
  });
});

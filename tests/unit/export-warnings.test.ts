// Saving minutes with warnings the item screens show (issue 17): the API lists them for the page to
// ask about before a save or download (not for minutes saved as approved), and the command prints them
// on stderr and writes anyway.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/decisions';
import type { Meeting, MeetingDetail } from '../../shared/domain';
import { openCore, type Core } from '../../electron/core';
import { readDocx } from './docx';
import { itemFixture, nameCouncil, ok, PROCESS_TIMEOUT_MS, SLOW, tempCore, tempDir } from './helpers';

/** Four members of a committee with a quorum of 3; two present, one with apologies, one absent. */
async function meetingWithWarnings(core: Core) {
  const { item, councillor } = await itemFixture(core);
  const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: item.meetingId });
  const [ahmed, brown, clarke, davies] = await Promise.all(
    ['Amir Ahmed', 'Beth Brown', 'Carl Clarke', 'Dee Davies'].map((name) => councillor(name)),
  );
  for (const member of [ahmed!, brown!, clarke!, davies!])
    await ok(core, 'memberships.add', {
      committeeId: detail.committee.id,
      personId: member.id,
      role: 'member',
    });
  const warnings = () =>
    ok<{ warnings: string[] }>(core, 'exports.warnings', { meetingId: item.meetingId, kind: 'minutes' });
  const decision = await ok<Decision>(core, 'decisions.create', { itemId: item.id, keyword: 'RESOLVED' });
  await ok(core, 'decisions.update', {
    id: decision.id,
    baseVersion: 1,
    moverId: clarke!.id,
    vote: { kind: 'show of hands', for: 5, against: 0, abstain: 0, recorded: [], castingVote: null },
  });
  return { item, people: { ahmed: ahmed!, brown: brown!, clarke: clarke!, davies: davies! }, warnings };
}

describe('warnings before the minutes are saved', () => {
  it('list each inquorate item and each vote, mover or seconder that does not square with who could vote', async () => {
    const core = tempCore();
    const { item, people, warnings } = await meetingWithWarnings(core);
    // Nobody marked yet: no quorum to speak of, but the votes cannot be squared with anyone.
    expect((await warnings()).warnings).toEqual([
      'Minute 1 (Community services), decision 1: 5 votes were recorded, but only 0 members count for this item.',
      'Minute 1 (Community services), decision 1: Councillor Carl Clarke is recorded as having moved this, but is not recorded as present.',
    ]);
    for (const [person, status] of [
      [people.ahmed, 'present'],
      [people.brown, 'present'],
      [people.clarke, 'apologies'],
      [people.davies, 'absent'],
    ] as const) {
      await ok(core, 'attendance.setMember', { meetingId: item.meetingId, personId: person.id, status });
    }
    expect((await warnings()).warnings).toEqual([
      'Minute 1 (Community services): inquorate — 2 members count for it; the quorum is 3.',
      'Minute 1 (Community services), decision 1: 5 votes were recorded, but only 2 members count for this item.',
      'Minute 1 (Community services), decision 1: Councillor Carl Clarke is recorded as having moved this, but sent apologies.',
    ]);
    // The agenda has nothing to ask about.
    expect(
      await ok<{ warnings: string[] }>(core, 'exports.warnings', {
        meetingId: item.meetingId,
        kind: 'agenda',
      }),
    ).toEqual({ warnings: [] });
  });
});

describe('warnings before approved minutes are saved', () => {
  it('are none for the minutes as approved, which cannot be put right, but are listed for the current version once reopened', async () => {
    const core = tempCore();
    const { item } = await meetingWithWarnings(core);
    const { meeting } = await ok<MeetingDetail>(core, 'meetings.get', { id: item.meetingId });
    const asked = (version?: 'approved' | 'current') =>
      ok<{ warnings: string[] }>(core, 'exports.warnings', {
        meetingId: item.meetingId,
        kind: 'minutes',
        ...(version ? { version } : {}),
      });
    const listed = [
      'Minute 1 (Community services), decision 1: 5 votes were recorded, but only 0 members count for this item.',
      'Minute 1 (Community services), decision 1: Councillor Carl Clarke is recorded as having moved this, but is not recorded as present.',
    ];
    expect((await asked()).warnings).toEqual(listed);
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: meeting.committeeId,
      date: '2024-01-11',
      startTime: '18:30',
    });
    await ok(core, 'meetings.approve', { id: meeting.id, approvedByMeetingId: next.id });
    expect((await asked()).warnings).toEqual([]);
    expect((await asked('current')).warnings).toEqual([]);
    await ok(core, 'meetings.reopen', { id: meeting.id, reason: 'The vote was miscounted.' });
    expect((await asked()).warnings).toEqual([]);
    expect((await asked('current')).warnings).toEqual(listed);
  });
});

describe('minutebook export with warnings', SLOW, () => {
  it('prints them on stderr and writes the document', async () => {
    const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
    expect(existsSync(cli), 'npm run build first').toBe(true);
    const dir = tempDir();
    const core = openCore(dir, { log: () => undefined });
    await nameCouncil(core);
    const { item, people } = await meetingWithWarnings(core);
    await ok(core, 'attendance.setMember', {
      meetingId: item.meetingId,
      personId: people.ahmed.id,
      status: 'present',
    });
    core.close();
    const out = path.join(tempDir(), 'minutes.docx');
    const run = spawnSync(
      process.execPath,
      [cli, 'export', '--data', dir, '--meeting', item.meetingId, '--kind', 'minutes', '--out', out],
      { encoding: 'utf8', timeout: PROCESS_TIMEOUT_MS },
    );
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'Warning: Minute 1 (Community services): inquorate — 1 member counts for it; the quorum is 3.',
      'Warning: Minute 1 (Community services), decision 1: 5 votes were recorded, but only 1 member counts for this item.',
      'Warning: Minute 1 (Community services), decision 1: Councillor Carl Clarke is recorded as having moved this, but is not recorded as present.',
    ]);
    expect(run.stdout).toContain(`Wrote ${out}`);
    expect((await readDocx(readFileSync(out))).text).toContain('Community services');
  });
});

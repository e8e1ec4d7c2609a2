// `minutebook import FILE --meeting ID --dry-run` says what the import would do: into approved
// minutes it gives the refusal the real run gives, with the same exit code (2); into any other
// meeting it shows the structure under that meeting's committee and date, not "Committee not found".
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import type { Committee, Meeting } from '../../shared/domain';
import { ok, PROCESS_TIMEOUT_MS, SLOW, tempDir } from './helpers';

const cli = path.resolve(__dirname, '../../dist/electron/cli.cjs');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 2 * PROCESS_TIMEOUT_MS });

// Items alone: no committee or date in the text, as a page of items added to a meeting often is.
const items = `45. Apologies for absence
Apologies were received from Councillor F Irwin.

46. Land at Mill Lane
RESOLVED that planning permission be granted.
`;
const withHeading = `Minutes of the meeting held at 6.00 pm in the Council Chamber.

Present: Councillor A Dawson (Chair), Councillors B Ellis, C Foster and D Grant

${items}`;

async function meetings(data: string) {
  const core = openCore(data, { log: () => undefined });
  try {
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Planning Committee',
      kind: 'regulatory',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const held = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committee.id,
      date: '2025-03-12',
      startTime: '18:00',
    });
    const next = await ok<Meeting>(core, 'meetings.create', {
      committeeId: committee.id,
      date: '2025-04-09',
      startTime: '18:00',
    });
    return {
      held,
      next,
      approve: () => ok(core, 'meetings.approve', { id: held.id, approvedByMeetingId: next.id }),
      core,
    };
  } catch (error) {
    core.close();
    throw error;
  }
}

describe('minutebook import FILE --meeting ID --dry-run', SLOW, () => {
  it('into approved minutes: the real run’s refusal and exit code 2', async () => {
    const data = tempDir();
    const file = path.join(tempDir(), 'items.txt');
    writeFileSync(file, items);
    const { held, approve, core } = await meetings(data);
    try {
      await approve();
    } finally {
      core.close();
    }
    const sentence =
      'The minutes of Planning Committee on Wednesday 12 March 2025 are approved and cannot change, so nothing was imported: reopen the meeting (saying why) if this file holds what that record lacks, then import into it.';
    const dry = run(['import', file, '--meeting', held.id, '--dry-run', '--data', data]);
    const real = run(['import', file, '--meeting', held.id, '--data', data]);
    expect(real.status).toBe(2);
    expect(real.stderr.trim()).toBe(sentence);
    expect(dry.status).toBe(2);
    expect(dry.stderr.trim()).toBe(sentence);
    expect(dry.stdout).toBe('');
  }, 300_000);

  it('into a meeting: its committee and date, not the text’s (or "not found")', async () => {
    const data = tempDir();
    const file = path.join(tempDir(), 'items.txt');
    writeFileSync(file, withHeading);
    const { held, core } = await meetings(data);
    core.close();
    const dry = run(['import', file, '--meeting', held.id, '--dry-run', '--data', data]);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).not.toContain('not found');
    expect(dry.stdout.split('\n')[0]).toMatch(/^Planning Committee, 2025-03-12\b/);
    const json = JSON.parse(
      run(['import', file, '--meeting', held.id, '--dry-run', '--json', '--data', data]).stdout,
    ) as { meeting: { committee: string; date: string } };
    expect(json.meeting).toMatchObject({ committee: 'Planning Committee', date: '2025-03-12' });
  }, 300_000);

  it('into no such meeting: refused, exit code 2', () => {
    const data = tempDir();
    const file = path.join(tempDir(), 'items.txt');
    writeFileSync(file, items);
    const dry = run(['import', file, '--meeting', 'no-such-meeting', '--dry-run', '--data', data]);
    expect(dry.status).toBe(2);
    expect(dry.stderr).toContain('That meeting was not found.');
  });
});

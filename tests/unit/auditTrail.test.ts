// The audit trail records changes, not keystrokes: writing up minutes after the meeting (the normal
// case, autosaving all the while) makes one entry per run of typing, and adding, removing or moving
// an agenda item records that item, not the whole agenda. Measured on the real data file.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, AuditEntry, Committee, Meeting } from '../../shared/domain';
import type { Core } from '../../electron/core';
import { ok, tempCore } from './helpers';

const docOf = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Calls the router as the given window would. */
async function as<T>(core: Core, window: string, method: string, input: unknown): Promise<T> {
  const result = await core.router.call(method, input, { window });
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function endedMeeting(core: Core, items = 1) {
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Overview and Scrutiny Committee',
    kind: 'scrutiny',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2024-03-14',
    startTime: '18:30',
  });
  const agenda: AgendaItem[] = [];
  for (let n = 0; n < items; n += 1) {
    agenda.push(
      await ok<AgendaItem>(core, 'items.create', {
        meetingId: meeting.id,
        title: `Item ${n + 1}`,
        purpose: '',
        leadOfficerId: null,
        exempt: false,
        exemptParagraph: null,
      }),
    );
  }
  return { committee, meeting, agenda };
}

/** The data file and its log, once the log has been written back. */
function bytesOnDisk(core: Core): number {
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(core.dataFile).size + statSync(`${core.dataFile}-wal`).size;
}

const words = 'The Committee discussed the report and members asked about the budget for next year. ';

describe('the audit trail records changes, not keystrokes', () => {
  // 10,000 real transactions: about 15 s on an idle 2-core machine, several minutes with both cores
  // busy elsewhere, so its own generous limit.
  it('10,000 autosaves of growing minutes on an ended meeting add under 5 MB and make one entry, first before to last after', async () => {
    const core = tempCore();
    const { meeting, agenda } = await endedMeeting(core);
    const item = agenda[0]!;
    let { version } = await as<{ version: number }>(core, 'browser:window-a', 'minutes.save', {
      itemId: item.id,
      baseVersion: 0,
      doc: docOf('Draft notes taken in the meeting.'),
    });
    const before = bytesOnDisk(core);
    const runStart = (await ok<AuditEntry[]>(core, 'audit.list', { meetingId: meeting.id })).length;
    let text = 'Draft notes taken in the meeting.';
    for (let save = 0; save < 10_000; save += 1) {
      // About an hour of typing: a few keystrokes between autosaves, the text growing all the while.
      text +=
        words.charAt((save * 3) % words.length) + words.slice((save * 3 + 1) % words.length).charAt(0) + ' ';
      ({ version } = await as<{ version: number }>(core, 'browser:window-a', 'minutes.save', {
        itemId: item.id,
        baseVersion: version,
        doc: docOf(text),
      }));
    }
    const added = bytesOnDisk(core) - before;
    // Were each save an entry of its own, with the text before and after, this would be 300 MB.
    expect(text.length).toBeGreaterThan(30_000);
    expect(added).toBeLessThan(5 * 1024 * 1024);

    const trail = (
      await ok<AuditEntry[]>(core, 'audit.list', { meetingId: meeting.id, itemId: item.id })
    ).filter((entry) => entry.subject === 'minutes');
    expect(trail).toHaveLength(1);
    expect(trail[0]!.before).toBe('');
    expect(trail[0]!.after).toBe(text);
    expect((await ok<AuditEntry[]>(core, 'audit.list', { meetingId: meeting.id })).length).toBe(runStart);
  }, 600_000);

  it('two windows writing two items at once keep one run each', async () => {
    const core = tempCore();
    const { meeting, agenda } = await endedMeeting(core, 2);
    const versions = [0, 0];
    const texts = ['', ''];
    for (let save = 0; save < 2_000; save += 1) {
      const which = save % 2;
      texts[which] += 'ab'.charAt(which);
      ({ version: versions[which] } = await as<{ version: number }>(
        core,
        `browser:window-${which}`,
        'minutes.save',
        { itemId: agenda[which]!.id, baseVersion: versions[which], doc: docOf(texts[which]!) },
      ));
    }
    const minutes = (await ok<AuditEntry[]>(core, 'audit.list', { meetingId: meeting.id })).filter(
      (entry) => entry.subject === 'minutes',
    );
    expect(minutes.map((entry) => [entry.itemId, entry.before, entry.after]).sort()).toEqual(
      [
        [agenda[0]!.id, '', texts[0]],
        [agenda[1]!.id, '', texts[1]],
      ].sort(),
    );
  }, 60_000);

  it('one window moving to another part starts a new entry; coming back starts another', async () => {
    const core = tempCore();
    const { meeting, agenda } = await endedMeeting(core, 2);
    const save = async (index: number, text: string, baseVersion: number) =>
      (
        await as<{ version: number }>(core, 'desktop:1', 'minutes.save', {
          itemId: agenda[index]!.id,
          baseVersion,
          doc: docOf(text),
        })
      ).version;
    let first = await save(0, 'One', 0);
    first = await save(0, 'One two', first);
    await save(1, 'Other', 0);
    await save(0, 'One two three', first);
    const minutes = (await ok<AuditEntry[]>(core, 'audit.list', { meetingId: meeting.id }))
      .filter((entry) => entry.subject === 'minutes')
      .map((entry) => [entry.before, entry.after]);
    expect(minutes).toEqual([
      ['One two', 'One two three'],
      ['', 'Other'],
      ['', 'One two'],
    ]);
  }, 60_000);
});

describe('agenda changes after the meeting record the item, not the agenda', () => {
  it('adding, moving and removing an item on a 2,000-item agenda each name that item alone', async () => {
    const core = tempCore();
    const { meeting, agenda } = await endedMeeting(core, 2_000);
    const added = await as<AgendaItem>(core, 'desktop:1', 'items.create', {
      meetingId: meeting.id,
      title: 'Urgent item: flooding',
      purpose: '',
      leadOfficerId: null,
      exempt: false,
      exemptParagraph: null,
    });
    await as(core, 'desktop:2', 'items.move', { id: added.id, toNumber: 3 });
    await as(core, 'desktop:3', 'items.delete', { id: agenda[0]!.id });

    const agendaEntries = (await ok<AuditEntry[]>(core, 'audit.list', { meetingId: meeting.id })).filter(
      (entry) => entry.subject === 'agenda',
    );
    const [removed, moved, created] = agendaEntries;
    expect(created).toMatchObject({
      itemId: added.id,
      before: '(not on the agenda)',
      after: '2001. Urgent item: flooding',
    });
    expect(moved).toMatchObject({
      itemId: added.id,
      before: '2001. Urgent item: flooding',
      after: '3. Urgent item: flooding',
    });
    expect(removed).toMatchObject({
      itemId: agenda[0]!.id,
      before: '1. Item 1',
      after: '(not on the agenda)',
    });
    // The 2,000 items created one by one while setting up: one entry each, one line each.
    expect(agendaEntries).toHaveLength(2_003);
    for (const entry of agendaEntries) {
      expect(entry.before!.includes('\n') || entry.after!.includes('\n')).toBe(false);
    }
  }, 120_000);
});

// A decision notice's conflicts of interest say the withdrawal as the minutes worded it ("left the
// chamber and took no part in the debate"), not "withdrew from the meeting for this item", and the
// kind of interest in the nation's own words (Wales's personal and prejudicial).
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx';
import { ok, SLOW, tempCore } from './helpers';
import { executiveMeeting } from './statutoryFixture';

describe('a decision notice’s declarations', SLOW, () => {
  it('say the withdrawal in the minutes’ words, and the kind in the nation’s', async () => {
    const core = tempCore();
    const data = await executiveMeeting(core);
    await ok(core, 'declarations.add', {
      meetingId: data.meeting.id,
      itemId: data.budget.id,
      personId: data.leader.id,
      category: 'personal and prejudicial',
      interest: 'as a governor of the school',
      withdrew: true,
      withdrawalWords: 'left the chamber and took no part in the debate',
    });
    const { base64 } = await ok<{ base64: string }>(core, 'statutoryExports.build', {
      kind: 'decision notice',
      meetingId: data.meeting.id,
      edition: 'confidential',
    });
    const { text } = await readDocx(new Uint8Array(Buffer.from(base64, 'base64')));
    expect(text).toContain(
      'declared a personal and prejudicial interest (as a governor of the school) and left the chamber and took no part in the debate.',
    );
    // The declaration recorded without words of its own keeps the usual ones.
    expect(text).toContain('and withdrew from the meeting for this item.');
  });
});

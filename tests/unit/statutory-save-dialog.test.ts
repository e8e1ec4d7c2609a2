// Saving a statutory-cycle document from the desktop app: statutoryExports.save with the caller's
// file dialog (no Electron needed), as exports.save does for the meeting documents.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx';
import { SLOW, ok, tempCore, tempDir } from './helpers';
import { executiveMeeting } from './statutoryFixture';

describe('saving a statutory document through the desktop save dialog', SLOW, () => {
  it('offers the file name, writes where the officer chose (adding .docx), does nothing on cancel, and is refused without a dialog', async () => {
    const core = tempCore();
    const { meeting, budgetDecision } = await executiveMeeting(core);
    await ok(core, 'decisionNotices.save', { decisionId: budgetDecision.id, publishedOn: '2023-04-13' });
    const dir = tempDir();
    const offered: string[] = [];
    const request = { kind: 'decision notice', meetingId: meeting.id, edition: 'public' };
    const save = (chooseFile: (name: string) => Promise<string | undefined>) =>
      core.router.call('statutoryExports.save', request, { chooseFile });

    const cancelled = await save((name) => {
      offered.push(name);
      return Promise.resolve(undefined);
    });
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(offered).toEqual(['Cabinet 2023-04-13 decision notices (public).docx']);
    expect(readdirSync(dir)).toEqual([]);

    const saved = await save(() => Promise.resolve(path.join(dir, 'Notices')));
    expect(saved).toEqual({ ok: true, value: { saved: path.join(dir, 'Notices.docx') } });
    const { text } = await readDocx(readFileSync(path.join(dir, 'Notices.docx')));
    expect(text).toContain('Decisions of Cabinet taken at its meeting on Thursday 13 April 2023');
    expect(text).toContain('5.00 pm on Thursday 20 April 2023');

    expect(await core.router.call('statutoryExports.save', request)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/desktop app; in browser mode the document downloads/),
      },
    });
  });
});

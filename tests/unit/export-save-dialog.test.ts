// Saving a Word document from the desktop app: exports.save with the caller's file dialog.
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx';
import { fullMeeting } from './exportFixture';
import { tempCore } from './helpers';

describe('the desktop save dialog path (exports.save with a chooseFile from the caller, no Electron needed)', () => {
  it('offers the file name, writes where the officer chose, and does nothing when they cancel', async () => {
    const { tempDir } = await import('./helpers');
    const { readFileSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const core = tempCore();
    const f = await fullMeeting(core);
    const dir = tempDir();
    const offered: string[] = [];
    const request = { meetingId: f.meeting.id, kind: 'agenda', edition: 'public' };
    const saveDocument = (input: unknown, chooseFile: (name: string) => Promise<string | undefined>) =>
      core.router.call('exports.save', input, { chooseFile });
    const cancelled = await saveDocument(request, (name) => {
      offered.push(name);
      return Promise.resolve(undefined);
    });
    expect(cancelled).toEqual({ ok: true, value: { cancelled: true } });
    expect(readdirSync(dir)).toEqual([]);
    const saved = await saveDocument(request, () => Promise.resolve(path.join(dir, 'Agenda')));
    expect(saved).toEqual({ ok: true, value: { saved: path.join(dir, 'Agenda.docx') } });
    expect((await readDocx(readFileSync(path.join(dir, 'Agenda.docx')))).text).toContain('Items of business');
    expect(offered).toEqual([
      'Adult Care and Well Being Overview and Scrutiny Panel 2021-03-15 agenda (public).docx',
    ]);
    // A bad request from the window is refused before any dialog opens.
    const bad = await saveDocument({ ...request, kind: 'letter' }, () => {
      throw new Error('no dialog should open');
    });
    expect(bad.ok).toBe(false);
    // Without a dialog (browser mode, the command line) it is refused with the way forward.
    expect(await core.router.call('exports.save', request)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/desktop app; in browser mode the document downloads/),
      },
    });
  });
});

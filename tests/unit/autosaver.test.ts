// The autosave state machine against a real router on a real SQLite file.
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItem, Committee, ItemMinutes, Meeting } from '../../shared/domain';
import { AppError } from '../../shared/result';
import type { RichDoc } from '../../shared/richText';
import {
  describeSaveState,
  Autosaver,
  type SaveValue,
  type SaveState,
} from '../../renderer/minutes/Autosaver';
import { ok, tempCore } from './helpers';

const doc = (words: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setUp() {
  const core = tempCore();
  const committee = await ok<Committee>(core, 'committees.create', {
    name: 'Cabinet',
    kind: 'cabinet',
    quorum: 3,
    defaultVenue: '',
    numberingScheme: '{n}',
  });
  const meeting = await ok<Meeting>(core, 'meetings.create', {
    committeeId: committee.id,
    date: '2026-05-19',
    startTime: '10:00',
  });
  const item = await ok<AgendaItem>(core, 'items.create', {
    meetingId: meeting.id,
    title: 'Budget',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  const save: SaveValue<RichDoc> = async (body, baseVersion) => {
    const result = await core.router.call('minutes.save', { itemId: item.id, doc: body, baseVersion });
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as { version: number };
  };
  const stored = async () => (await ok<ItemMinutes>(core, 'minutes.get', { itemId: item.id })).doc;
  return { core, item, save, stored };
}

describe('autosave', () => {
  it('writes the last of a burst of changes once, and says Saved only after the commit', async () => {
    const { save, stored } = await setUp();
    const states: string[] = [];
    const spy = vi.fn(save);
    const saver = new Autosaver<RichDoc>(0, spy, (state) => states.push(describeSaveState(state)), {
      delayMs: 20,
    });
    for (const words of ['T', 'Th', 'The', 'The Board']) saver.change(doc(words));
    expect(saver.hasUnsaved()).toBe(true);
    await vi.waitFor(() => expect(states.at(-1)).toBe('Saved'));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual(doc('The Board'));
    expect(saver.hasUnsaved()).toBe(false);
    expect(states).toEqual(['Saving…', 'Saving…', 'Saving…', 'Saving…', 'Saving…', 'Saved']);
  });

  it('keeps typing that arrives while a save is in flight, and saves it next', async () => {
    const { save, stored } = await setUp();
    let release: () => void = () => undefined;
    const slow: SaveValue<RichDoc> = async (body, base) => {
      await new Promise<void>((resolve) => (release = resolve));
      return save(body, base);
    };
    let state: SaveState = { kind: 'saved' };
    const saver = new Autosaver<RichDoc>(0, slow, (next) => (state = next), { delayMs: 5 });
    saver.change(doc('first'));
    await wait(20);
    saver.change(doc('first and second'));
    release();
    await wait(20);
    release();
    await vi.waitFor(() => expect(state.kind).toBe('saved'));
    expect(await stored()).toEqual(doc('first and second'));
  });

  it('says Not saved with the reason when a write fails, keeps the text, and saves it on retry', async () => {
    const { save, stored } = await setUp();
    let failing = true;
    const flaky: SaveValue<RichDoc> = (body, base) =>
      failing
        ? Promise.reject(new AppError('disk_full', 'The disk is full, so this change was not saved.'))
        : save(body, base);
    const states: string[] = [];
    const saver = new Autosaver<RichDoc>(0, flaky, (state) => states.push(describeSaveState(state)), {
      delayMs: 5,
      retryMs: 30,
    });
    saver.change(doc('Apologies were received.'));
    await vi.waitFor(() =>
      expect(states.at(-1)).toBe('Not saved — The disk is full, so this change was not saved.'),
    );
    expect(saver.hasUnsaved()).toBe(true);
    expect(await stored()).toBeNull();
    failing = false;
    await vi.waitFor(() => expect(states.at(-1)).toBe('Saved'));
    expect(await stored()).toEqual(doc('Apologies were received.'));
  });

  it('stops on a conflict with another window rather than overwrite it', async () => {
    const { save, stored } = await setUp();
    await save(doc('From the other window.'), 0);
    let state: SaveState = { kind: 'saved' };
    const spy = vi.fn(save);
    const saver = new Autosaver<RichDoc>(0, spy, (next) => (state = next), { delayMs: 5, retryMs: 10 });
    saver.change(doc('From this window.'));
    await vi.waitFor(() => expect(state).toMatchObject({ kind: 'failed', conflict: true }));
    saver.change(doc('From this window, more.'));
    await wait(50);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual(doc('From the other window.'));
    expect(saver.hasUnsaved()).toBe(true);
  });
});

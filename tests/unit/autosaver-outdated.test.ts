// A window told that another window saved a newer version of what it shows (renderer/saving:
// Autosaver.outdated, rebase) never says "Saved" beside the older text: with nothing unsent it says
// so until the screen shows the newer version and saves go over that; with something unsent, the
// write over the older version is refused, and kept, as any other conflict. And the version the
// window asks for as it regains the focus (minutes.version). Over the real router on a real SQLite
// file, on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ItemMinutes } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import {
  Autosaver,
  BEHIND_NOTE,
  describeSaveState,
  keptNote,
  type KeptReason,
  type SaveState,
  type SaveValue,
} from '../../renderer/saving/Autosaver';
import { itemFixture, ok, tempCore } from './helpers';

const doc = (words: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

async function setUp() {
  const core = tempCore();
  const { item } = await itemFixture(core);
  const itemId = item.id;
  const save: SaveValue<RichDoc> = async (body, baseVersion) => {
    const result = await core.router.call('minutes.save', { itemId, doc: body, baseVersion });
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as { version: number };
  };
  const kept: string[] = [];
  const keep = async (value: RichDoc, reason: KeptReason) => {
    await ok(core, 'keptMinutes.keep', { itemId, doc: value, reason });
    kept.push(plainText(value));
  };
  const stored = async () => ok<ItemMinutes>(core, 'minutes.get', { itemId });
  return { core, itemId, save, keep, kept, stored };
}

describe('a window behind another window’s save', () => {
  it('with nothing unsent is not "Saved" until it shows the newer version, then saves over it', async () => {
    const { save, stored } = await setUp();
    const states: SaveState[] = [];
    const behind = vi.fn();
    const saved: number[] = [];
    const a = new Autosaver<RichDoc>(0, save, (state) => states.push(state), {
      onBehind: behind,
      onSaved: (version) => saved.push(version),
    });
    a.change(doc('A.'));
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(saved).toEqual([1]);
    // B saves over version 1 (and says so): A is behind.
    await save(doc('A. And B.'), 1);
    a.outdated(1); // its own version: nothing
    expect(behind).not.toHaveBeenCalled();
    a.outdated(2);
    expect(behind).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({ kind: 'outdated', reason: BEHIND_NOTE });
    expect(describeSaveState(states.at(-1)!)).toBe(BEHIND_NOTE);
    expect(describeSaveState(states.at(-1)!)).not.toContain('Saved');
    // The screen shows version 2: Saved, and A's next save goes over it, not refused.
    expect(a.rebase((await stored()).version)).toBe(true);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    a.change(doc('A. And B. And A again.'));
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(plainText((await stored()).doc!)).toBe('A. And B. And A again.');
    expect(saved).toEqual([1, 3]);
    a.dispose();
  });

  it('forgets news of a version the server does not have once it has read the newest there is', async () => {
    const { save, stored } = await setUp();
    const states: SaveState[] = [];
    const behind = vi.fn();
    const a = new Autosaver<RichDoc>(0, save, (state) => states.push(state), { onBehind: behind });
    a.change(doc('A.'));
    await vi.advanceTimersByTimeAsync(300);
    // Told of version 9 (a backup restored since, say): the read finds 1, with no news meanwhile.
    a.outdated(9);
    expect(states.at(-1)?.kind).toBe('outdated');
    // Read while news came: still behind, and read again.
    expect(a.rebase((await stored()).version)).toBe(true);
    expect(states.at(-1)?.kind).toBe('outdated');
    expect(behind).toHaveBeenCalledTimes(2);
    expect(a.rebase((await stored()).version, true)).toBe(true);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    a.change(doc('A. On.'));
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    a.dispose();
  });

  it('with a save in flight says "Saved" only if nothing newer was saved elsewhere meanwhile', async () => {
    const { save } = await setUp();
    const states: SaveState[] = [];
    const behind = vi.fn();
    let release: () => void = () => undefined;
    const slow: SaveValue<RichDoc> = async (body, base) => {
      await new Promise<void>((resolve) => (release = resolve));
      return save(body, base);
    };
    const a = new Autosaver<RichDoc>(0, slow, (state) => states.push(state), { onBehind: behind });
    a.change(doc('A.'));
    await vi.advanceTimersByTimeAsync(300);
    // Its own save, as the server tells it while the answer is on its way: not another's.
    a.outdated(1);
    expect(behind).not.toHaveBeenCalled();
    release();
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(behind).not.toHaveBeenCalled();
    // A's next save (over 1) is in flight, and makes 2; meanwhile another window, told of 2, saved 3.
    a.change(doc('A. More.'));
    await vi.advanceTimersByTimeAsync(300);
    a.outdated(3);
    expect(behind).not.toHaveBeenCalled(); // something is in flight
    release();
    await vi.advanceTimersByTimeAsync(300);
    // A's save made version 2, but 3 is newer: not "Saved" beside A's text.
    expect(states.at(-1)).toEqual({ kind: 'outdated', reason: BEHIND_NOTE });
    expect(behind).toHaveBeenCalledTimes(1);
    a.dispose();
  });

  it('with typing unsent lets the write be refused and kept, saying so in one sentence', async () => {
    const { save, keep, kept, stored } = await setUp();
    const states: SaveState[] = [];
    const behind = vi.fn();
    const a = new Autosaver<RichDoc>(0, save, (state) => states.push(state), {
      onBehind: behind,
      keep,
      keepMs: 1000,
    });
    a.change(doc('A.'));
    await vi.advanceTimersByTimeAsync(300);
    await save(doc('B.'), 1);
    a.change(doc('A. Typed on.'));
    a.outdated(2);
    // Something typed is unsent: the screen is not told to show B's text over it.
    expect(behind).not.toHaveBeenCalled();
    expect(a.rebase(2)).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toMatchObject({
      kind: 'failed',
      conflict: true,
      reason: keptNote('conflict', false),
    });
    await vi.advanceTimersByTimeAsync(1100);
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ kept: true }));
    const said = describeSaveState(states.at(-1)!);
    expect(said).toBe(
      'Not saved — These minutes were changed in another window first, so what you typed here is kept apart from them: choose ‘Show the current minutes’ to see the two side by side.',
    );
    expect(said).not.toMatch(/copy|reload/);
    expect(kept).toEqual(['A. Typed on.']);
    expect(plainText((await stored()).doc!)).toBe('B.');
    // Halted: later news changes nothing.
    a.outdated(5);
    expect(behind).not.toHaveBeenCalled();
    a.dispose();
  });

  it('without a keep (a decision, an action) keeps the refusal’s own words', async () => {
    const { save } = await setUp();
    const states: SaveState[] = [];
    const a = new Autosaver<RichDoc>(0, save, (state) => states.push(state));
    a.change(doc('A.'));
    await vi.advanceTimersByTimeAsync(300);
    await save(doc('B.'), 1);
    a.change(doc('A. Typed on.'));
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', conflict: true });
    expect(describeSaveState(states.at(-1)!)).toContain('copy it, then reload');
    a.dispose();
  });
});

describe('minutes.version', () => {
  it('answers the version of the minutes as they stand, without their text', async () => {
    vi.useRealTimers();
    const { core, itemId, save } = await setUp();
    expect(await ok(core, 'minutes.version', { itemId })).toEqual({ itemId, version: 0 });
    await save(doc('A.'), 0);
    await save(doc('A. B.'), 1);
    expect(await ok(core, 'minutes.version', { itemId })).toEqual({ itemId, version: 2 });
  });

  it('refuses bad input and an unknown item with a sentence', async () => {
    vi.useRealTimers();
    const { core } = await setUp();
    const bad = await core.router.call('minutes.version', { itemId: 42 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.message).toMatch(/Agenda item/);
    }
    const extra = await core.router.call('minutes.version', { itemId: 'x', doc: null });
    expect(extra.ok).toBe(false);
    const missing = await core.router.call('minutes.version', { itemId: crypto.randomUUID() });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not_found');
  });
});

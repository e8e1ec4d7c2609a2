// The autosave state machine against a real router on a real SQLite file, on fake timers: the
// ceiling under continuous typing, one write in flight, the newest text winning, final failures
// that stop and transient ones that back off, and handing off as the page goes away.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem, Committee, ItemMinutes, Meeting } from '../../shared/domain';
import { AppError } from '../../shared/result';
import { plainText, type RichDoc } from '../../shared/richText';
import {
  describeSaveState,
  Autosaver,
  type SaveValue,
  type SaveState,
} from '../../renderer/saving/Autosaver';
import { ok, tempCore } from './helpers';

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
  return { core, meeting, item, save, stored };
}

/** A save that waits to be let go, one write at a time, counting how many are in flight at once. */
function held(save: SaveValue<RichDoc>) {
  const releases: (() => void)[] = [];
  let inFlight = 0;
  let most = 0;
  const slow: SaveValue<RichDoc> = async (body, base) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    await new Promise<void>((resolve) => releases.push(resolve));
    try {
      return await save(body, base);
    } finally {
      inFlight -= 1;
    }
  };
  return {
    slow,
    releaseNext: () => releases.shift()?.(),
    waiting: () => releases.length,
    mostAtOnce: () => most,
  };
}

describe('autosave', () => {
  it('writes a burst of changes made at once as one write, and says Saved only after the commit', async () => {
    const { save, stored } = await setUp();
    const states: string[] = [];
    const spy = vi.fn(save);
    const saver = new Autosaver<RichDoc>(0, spy, (state) => states.push(describeSaveState(state)));
    for (const words of ['T', 'Th', 'The', 'The Board']) saver.change(doc(words));
    expect(saver.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('Saved');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual(doc('The Board'));
    expect(saver.hasUnsaved()).toBe(false);
    expect(states).toEqual(['Saving…', 'Saving…', 'Saving…', 'Saving…', 'Saving…', 'Saved']);
  });

  it('commits continuous typing at most half a second after each key, though the typing never pauses', async () => {
    const { save, stored } = await setUp();
    const saver = new Autosaver<RichDoc>(0, save, () => undefined);
    const sentence = 'The Committee considered the report of the Director of Finance on the budget. ';
    const typed: { at: number; text: string }[] = [];
    let text = '';
    // 20 keys a second for 10 seconds, never a pause; what the file holds is read after every key.
    let worstLag = 0;
    for (let key = 0; key < 200; key += 1) {
      text += sentence[key % sentence.length];
      saver.change(doc(text));
      typed.push({ at: Date.now(), text });
      await vi.advanceTimersByTimeAsync(50);
      const held = plainText((await stored()) ?? doc(''));
      expect(text.startsWith(held)).toBe(true);
      // The oldest key not yet in the file: how long ago it was typed.
      const firstMissing = typed.find((entry) => entry.text.length > held.length);
      if (firstMissing) worstLag = Math.max(worstLag, Date.now() - firstMissing.at);
    }
    expect(worstLag).toBeLessThanOrEqual(500);
    await vi.advanceTimersByTimeAsync(300);
    expect(plainText((await stored())!)).toBe(text);
  });

  it('never has two writes in flight, and the newest text wins', async () => {
    const { save, stored } = await setUp();
    const hold = held(save);
    let state: SaveState = { kind: 'saved' };
    const saver = new Autosaver<RichDoc>(0, hold.slow, (next) => (state = next));
    saver.change(doc('first'));
    await vi.advanceTimersByTimeAsync(10);
    expect(hold.waiting()).toBe(1);
    for (const words of ['first and', 'first and second', 'first and second and third']) {
      saver.change(doc(words));
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(hold.waiting()).toBe(1);
    hold.releaseNext();
    await vi.advanceTimersByTimeAsync(0);
    // The write after it starts at once (the ceiling has long passed) with only the newest text.
    expect(hold.waiting()).toBe(1);
    hold.releaseNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.kind).toBe('saved');
    expect(hold.mostAtOnce()).toBe(1);
    expect(await stored()).toEqual(doc('first and second and third'));
  });

  it('says Not saved with the reason when a write fails for now, keeps the text, and retries with backoff', async () => {
    const { save, stored } = await setUp();
    let failing = true;
    let attempts = 0;
    const flaky: SaveValue<RichDoc> = (body, base) => {
      attempts += 1;
      return failing
        ? Promise.reject(new AppError('disk_full', 'The disk is full, so this change was not saved.'))
        : save(body, base);
    };
    const states: string[] = [];
    const saver = new Autosaver<RichDoc>(0, flaky, (state) => states.push(describeSaveState(state)), {
      retryMs: 1000,
      maxRetryMs: 8000,
    });
    saver.change(doc('Apologies were received.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe(
      'Not saved — The disk is full, so this change was not saved. Minutebook keeps trying.',
    );
    expect(saver.hasUnsaved()).toBe(true);
    expect(await stored()).toBeNull();
    // Backoff: tries at 1, 3, 7 and 15 seconds, then every 8 seconds.
    await vi.advanceTimersByTimeAsync(15_000);
    expect(attempts).toBe(5);
    await vi.advanceTimersByTimeAsync(8000);
    expect(attempts).toBe(6);
    // Typing meanwhile does not hurry the retry, but it is what the retry writes.
    saver.change(doc('Apologies were received from two members.'));
    failing = false;
    await vi.advanceTimersByTimeAsync(8000);
    expect(states.at(-1)).toBe('Saved');
    expect(await stored()).toEqual(doc('Apologies were received from two members.'));
  });

  it('stops on a conflict with another window rather than overwrite it, keeping the text', async () => {
    const { save, stored } = await setUp();
    await save(doc('From the other window.'), 0);
    let state: SaveState = { kind: 'saved' };
    const spy = vi.fn(save);
    const saver = new Autosaver<RichDoc>(0, spy, (next) => (state = next));
    saver.change(doc('From this window.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state).toMatchObject({ kind: 'failed', conflict: true, retrying: false });
    saver.change(doc('From this window, more.'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual(doc('From the other window.'));
    expect(saver.hasUnsaved()).toBe(true);
    expect(saver.stuck()).toMatch(/changed in another window/);
  });

  it('stops retrying once the minutes are approved: no request after the refusal, the text kept', async () => {
    const { core, meeting, save } = await setUp();
    const later = await ok<Meeting>(core, 'meetings.create', {
      committeeId: meeting.committeeId,
      date: '2026-06-19',
      startTime: '10:00',
    });
    await ok(core, 'meetings.approve', { id: meeting.id, approvedByMeetingId: later.id });
    let state: SaveState = { kind: 'saved' };
    const spy = vi.fn(save);
    const saver = new Autosaver<RichDoc>(0, spy, (next) => (state = next));
    saver.change(doc('A late correction.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state).toMatchObject({ kind: 'failed', retrying: false });
    expect(describeSaveState(state)).toMatch(/^Not saved — .*approved/);
    expect(describeSaveState(state)).not.toMatch(/keeps trying/);
    saver.change(doc('A late correction, typed on.'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(saver.hasUnsaved()).toBe(true);
  });

  it('does not resend input refused as invalid until something new is typed', async () => {
    const { save, stored } = await setUp();
    const picky: SaveValue<RichDoc> = (body, base) =>
      plainText(body).includes('<')
        ? Promise.reject(new AppError('invalid_input', 'That cannot be saved as it is.'))
        : save(body, base);
    const spy = vi.fn(picky);
    let state: SaveState = { kind: 'saved' };
    const saver = new Autosaver<RichDoc>(0, spy, (next) => (state = next));
    saver.change(doc('a <b'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(state).toMatchObject({ kind: 'failed', retrying: false });
    saver.change(doc('a b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.kind).toBe('saved');
    expect(await stored()).toEqual(doc('a b'));
  });

  it('flush writes at once and resolves once the commit is acknowledged', async () => {
    const { save, stored } = await setUp();
    const saver = new Autosaver<RichDoc>(0, save, () => undefined, { delayMs: 10_000 });
    saver.change(doc('Leaving the item now.'));
    await saver.flush();
    expect(await stored()).toEqual(doc('Leaving the item now.'));
    expect(saver.hasUnsaved()).toBe(false);
  });

  it('hands off what was typed while a write is in flight, over the version that write leaves', async () => {
    const { save, stored } = await setUp();
    const hold = held(save);
    let state: SaveState = { kind: 'saved' };
    const saver = new Autosaver<RichDoc>(0, hold.slow, (next) => (state = next));
    saver.change(doc('Typed before the reload'));
    await vi.advanceTimersByTimeAsync(0);
    saver.change(doc('Typed before the reload, and just after.'));
    // The page is going away: the second text goes out now, beside the first, not after it.
    expect(saver.handOff()).toBe(true);
    expect(hold.waiting()).toBe(2);
    hold.releaseNext();
    await vi.advanceTimersByTimeAsync(0);
    hold.releaseNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(await stored()).toEqual(doc('Typed before the reload, and just after.'));
    // Had the page stayed, the saver carries on from the version both writes left.
    expect(state.kind).toBe('saved');
    saver.change(doc('Typed before the reload, and just after. Still here.'));
    await vi.advanceTimersByTimeAsync(300);
    hold.releaseNext();
    await vi.advanceTimersByTimeAsync(0);
    expect(await stored()).toEqual(doc('Typed before the reload, and just after. Still here.'));
    expect(hold.mostAtOnce()).toBe(2);
  });

  it('cannot hand off text that is stuck, so leaving the page asks first', async () => {
    const { save } = await setUp();
    await save(doc('Other window.'), 0);
    const saver = new Autosaver<RichDoc>(0, save, () => undefined);
    saver.change(doc('This window.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.handOff()).toBe(false);
  });
});

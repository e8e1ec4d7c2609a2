// A change sent as the blocks that changed (minutes.saveChanges) must only ever be applied to the text
// it was made from. The version number alone did not ensure it: window A's change, sent as the page
// went away over the version A's save in flight would make, landed on window B's save when B took
// that version because A's save failed (refused, B having saved first), mixing B's text with A's
// later typing and losing A's earlier typing, with "Saved" on both screens. Each save now carries an
// id and a change names the save whose text it was made from; the server refuses it as a conflict
// unless the stored minutes are that very save's. Tested on the router, and with the editor's own
// save function (renderer/minutes/minutesSaves.ts) and autosaver over the real router.
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core';
import type { MethodInput, MethodOutput } from '../../shared/api';
import type { ItemMinutes } from '../../shared/domain';
import { minutesSaves, type SaveCall } from '../../renderer/minutes/minutesSaves';
import { Autosaver, type SaveState } from '../../renderer/saving/Autosaver';
import { itemFixture, ok, tempCore } from './helpers';

const schema = getSchema([StarterKit.configure({ heading: { levels: [3, 4] } })]);
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const docOf = (...texts: string[]): ProseMirrorNode =>
  schema.nodeFromJSON({ type: 'doc', content: texts.map(p) });
/** The editor's next document: paragraph `index` replaced, every other block the very same node. */
const edited = (doc: ProseMirrorNode, index: number, text: string): ProseMirrorNode =>
  doc.replace(
    doc.resolve(0).posAtIndex(index),
    doc.resolve(0).posAtIndex(index + 1),
    schema.nodeFromJSON({ type: 'doc', content: [p(text)] }).slice(0),
  );
const texts = async (core: Core, itemId: string) => {
  const minutes = await ok<ItemMinutes>(core, 'minutes.get', { itemId });
  return (minutes.doc?.content ?? []).map((block) => (block.content?.[0] as { text: string }).text);
};

async function refusal(core: Core, method: string, input: unknown): Promise<string> {
  const result = await core.router.call(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  return (result as { ok: false; error: { code: string } }).error.code;
}

/** A window's way to the real router, whose requests the test can hold back or whose answers it can lose. */
function windowTransport(core: Core) {
  const held: (() => void)[] = [];
  let hold = 0;
  let loseAnswers = 0;
  let dropRequests = 0;
  const call: SaveCall = async <M extends 'minutes.save' | 'minutes.saveChanges'>(
    method: M,
    input: MethodInput<M>,
  ): Promise<MethodOutput<M>> => {
    if (dropRequests > 0) {
      dropRequests -= 1;
      throw Object.assign(new Error('Minutebook’s server is not answering.'), { code: 'internal' });
    }
    if (hold > 0) {
      hold -= 1;
      await new Promise<void>((release) => held.push(release));
    }
    const result = await core.router.call(method, input);
    if (loseAnswers > 0) {
      loseAnswers -= 1;
      throw Object.assign(new Error('Minutebook’s server is not answering.'), { code: 'internal' });
    }
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as MethodOutput<M>;
  };
  return {
    call,
    holdNext: () => (hold += 1),
    loseNextAnswer: () => (loseAnswers += 1),
    dropNext: () => (dropRequests += 1),
    release: () => held.shift()?.(),
    /** How many of this window's requests are being held back now. */
    waiting: () => held.length,
  };
}

describe('a change to the minutes is applied only to the text it was made from', () => {
  it('on the router: another window’s save at the version claimed is a conflict, for a change and a whole save', async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    const itemId = item.id;
    await ok(core, 'minutes.save', {
      itemId,
      doc: docOf('One.', 'Two.', 'Three.').toJSON(),
      baseVersion: 0,
      saveId: 'a1',
    });
    // Window B, which read version 1, saves first (its first save of the screen is whole).
    await ok(core, 'minutes.save', {
      itemId,
      doc: docOf('One.', 'Two.', 'Three, as B corrected it.').toJSON(),
      baseVersion: 1,
      saveId: 'b1',
    });
    // A's save in flight (over a1) arrives after B's: refused.
    const a2 = { from: 0, to: 1, blocks: [p('One, as A typed it.')], length: 3 };
    expect(
      await refusal(core, 'minutes.saveChanges', {
        itemId,
        ...a2,
        baseVersion: 1,
        baseSaveId: 'a1',
        saveId: 'a2',
      }),
    ).toBe('conflict');
    // A's next change, made from a2's text, over the version a2 would have made: B's is there, so refused.
    const a3 = { from: 1, to: 2, blocks: [p('Two, as A typed it.')], length: 3 };
    expect(
      await refusal(core, 'minutes.saveChanges', {
        itemId,
        ...a3,
        baseVersion: 2,
        baseSaveId: 'a2',
        saveId: 'a3',
      }),
    ).toBe('conflict');
    // Nor may the whole save the editor falls back to land there.
    expect(
      await refusal(core, 'minutes.save', {
        itemId,
        doc: docOf('One, as A typed it.', 'Two, as A typed it.', 'Three.').toJSON(),
        baseVersion: 2,
        baseSaveId: 'a2',
        saveId: 'a3',
      }),
    ).toBe('conflict');
    expect(await texts(core, itemId)).toEqual(['One.', 'Two.', 'Three, as B corrected it.']);
    // A change made from the stored text itself is taken.
    await ok(core, 'minutes.saveChanges', { itemId, ...a3, baseVersion: 2, baseSaveId: 'b1', saveId: 'b2' });
    expect(await texts(core, itemId)).toEqual(['One.', 'Two, as A typed it.', 'Three, as B corrected it.']);
    // A change must say what it was made from.
    expect(await refusal(core, 'minutes.saveChanges', { itemId, ...a3, baseVersion: 3 })).toBe(
      'invalid_input',
    );
  });

  it('in the editor’s saving: a change handed off over a save that then failed does not land on the other window’s', async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    const itemId = item.id;
    const a = windowTransport(core);
    const b = windowTransport(core);
    const states: SaveState[] = [];
    let docA = docOf('One.', 'Two.', 'Three.');
    const saverA = new Autosaver<() => ProseMirrorNode>(
      0,
      minutesSaves(itemId, a.call),
      (s) => states.push(s),
      {
        intervalMs: 0,
      },
    );
    saverA.change(() => docA);
    await saverA.flush();
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    // B opens the item (version 1) and types.
    const saverB = new Autosaver<() => ProseMirrorNode>(1, minutesSaves(itemId, b.call), () => undefined, {
      intervalMs: 0,
    });
    // A types; its save is slow to reach the server.
    a.holdNext();
    docA = edited(docA, 0, 'One, as A typed it.');
    saverA.change(() => docA);
    await vi.waitFor(() => expect(a.waiting()).toBe(1), { timeout: 10_000, interval: 5 });
    // B's save reaches it first.
    let docB = docOf('One.', 'Two.', 'Three.');
    docB = edited(docB, 2, 'Three, as B corrected it.');
    saverB.change(() => docB);
    await saverB.flush();
    expect(await texts(core, itemId)).toEqual(['One.', 'Two.', 'Three, as B corrected it.']);
    // A types on and the window is hidden: what is pending is handed off over A's save in flight.
    docA = edited(docA, 1, 'Two, as A typed it.');
    saverA.change(() => docA);
    expect(saverA.handOff()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    a.release();
    await saverA.flush();
    // B's text stands, untouched by A's change; A is told, and keeps all it typed on screen.
    expect(await texts(core, itemId)).toEqual(['One.', 'Two.', 'Three, as B corrected it.']);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', conflict: true });
    expect(saverA.stuck()).not.toBeNull();
    expect(docA.textContent).toBe('One, as A typed it.Two, as A typed it.Three.');
  });

  it('in the editor’s saving: a save handed off while a retry is tried over a save that never arrived does not land on the other window’s', async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    const itemId = item.id;
    const a = windowTransport(core);
    const b = windowTransport(core);
    const states: SaveState[] = [];
    let docA = docOf('One.', 'Two.');
    const saverA = new Autosaver<() => ProseMirrorNode>(
      0,
      minutesSaves(itemId, a.call),
      (s) => states.push(s),
      {
        intervalMs: 0,
        retryMs: 300,
      },
    );
    saverA.change(() => docA);
    await saverA.flush();
    // A's next save never reaches the server; it is retried shortly.
    a.dropNext();
    docA = edited(docA, 0, 'One, as A typed it.');
    saverA.change(() => docA);
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ kind: 'failed', retrying: true }), {
      timeout: 10_000,
      interval: 5,
    });
    // Meanwhile B (which read version 1) saves.
    const saverB = new Autosaver<() => ProseMirrorNode>(1, minutesSaves(itemId, b.call), () => undefined, {
      intervalMs: 0,
    });
    const docB = edited(docOf('One.', 'Two.'), 1, 'Two, as B corrected it.');
    saverB.change(() => docB);
    await saverB.flush();
    // A's retry is slow to arrive; A types on and is hidden.
    a.holdNext();
    await vi.waitFor(() => expect(a.waiting()).toBe(1), { timeout: 10_000, interval: 5 });
    docA = edited(docA, 1, 'Two, as A typed it.');
    saverA.change(() => docA);
    saverA.handOff();
    await new Promise((resolve) => setTimeout(resolve, 50));
    a.release();
    await saverA.flush();
    expect(await texts(core, itemId)).toEqual(['One.', 'Two, as B corrected it.']);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', conflict: true });
  });

  it('in the editor’s saving: after a save whose answer was lost, or that never arrived, the next is made over the right text', async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    const itemId = item.id;
    const a = windowTransport(core);
    const save = minutesSaves(itemId, a.call);
    let doc = docOf('One.', 'Two.');
    expect((await save(() => doc, 0)).version).toBe(1);
    // Committed, but the answer was lost (the server stopped before it answered).
    a.loseNextAnswer();
    doc = edited(doc, 0, 'One, changed.');
    await expect(save(() => doc, 1)).rejects.toMatchObject({ code: 'internal' });
    // The retry, over the version last acknowledged, as the autosaver makes it: taken, nothing lost.
    doc = edited(doc, 1, 'Two, changed.');
    const retried = await save(() => doc, 1);
    expect(retried.version).toBe(3);
    expect(await texts(core, itemId)).toEqual(['One, changed.', 'Two, changed.']);
    // Never arrived: the retry is made over the version acknowledged.
    a.dropNext();
    doc = edited(doc, 0, 'One, again.');
    await expect(save(() => doc, 3)).rejects.toMatchObject({ code: 'internal' });
    doc = edited(doc, 1, 'Two, again.');
    expect((await save(() => doc, 3)).version).toBe(4);
    expect(await texts(core, itemId)).toEqual(['One, again.', 'Two, again.']);
  });
});

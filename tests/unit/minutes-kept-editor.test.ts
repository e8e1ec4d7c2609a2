// The editor's side of keeping typed minutes (renderer/saving/Autosaver.ts, minutesSaves.ts): once
// another window's save has stopped this window's saving, what is typed on is kept on the server
// (keptMinutes.keep), once a second and at once as the page goes away, so that nothing typed is lost
// with the window; and the indicator says so. Over the real router, each window named as the
// transports name it.
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core';
import type { MethodInput, MethodOutput } from '../../shared/api';
import type { KeptMinutes } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import { minutesSaves, type SaveCall } from '../../renderer/minutes/minutesSaves';
import { Autosaver, KEPT_NOTE, type KeptReason, type SaveState } from '../../renderer/saving/Autosaver';
import { itemFixture, ok, tempCore } from './helpers';

const schema = getSchema([StarterKit.configure({ heading: { levels: [3, 4] } })]);
const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const docOf = (...texts: string[]): ProseMirrorNode =>
  schema.nodeFromJSON({ type: 'doc', content: texts.map(p) });

/** A window's way to the real router, as browser mode's transport names it. */
function windowOf(core: Core, name: string) {
  const caller = { window: `browser:${name}` };
  const call: SaveCall = async <M extends 'minutes.save' | 'minutes.saveChanges'>(
    method: M,
    input: MethodInput<M>,
  ): Promise<MethodOutput<M>> => {
    const result = await core.router.call(method, input, caller);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as MethodOutput<M>;
  };
  let keeps = 0;
  const keep = (itemId: string) => async (read: () => ProseMirrorNode, reason: KeptReason) => {
    keeps += 1;
    const result = await core.router.call(
      'keptMinutes.keep',
      { itemId, doc: read().toJSON() as RichDoc, reason },
      caller,
    );
    if (!result.ok) throw new Error(result.error.message);
  };
  return { call, keep, keeps: () => keeps };
}

const keptTexts = async (core: Core, itemId: string) =>
  (await ok<KeptMinutes[]>(core, 'keptMinutes.list', { itemId })).map((kept) => plainText(kept.doc));

describe('the editor keeps what is typed once saving has stopped', () => {
  it('typing on after another window’s save is kept, newest text, and said so', async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    const itemId = item.id;
    const a = windowOf(core, 'a');
    const b = windowOf(core, 'b');
    const states: SaveState[] = [];
    const saverA = new Autosaver<() => ProseMirrorNode>(
      0,
      minutesSaves(itemId, a.call),
      (s) => states.push(s),
      {
        intervalMs: 0,
        keep: a.keep(itemId),
        keepMs: 20,
      },
    );
    const saverB = new Autosaver<() => ProseMirrorNode>(0, minutesSaves(itemId, b.call), () => undefined, {
      intervalMs: 0,
    });
    // B saves first; A's first save is refused and its text kept by the server.
    saverB.change(() => docOf('B’s words.'));
    await saverB.flush();
    saverA.change(() => docOf('A.'));
    await saverA.flush();
    expect(states.at(-1)).toMatchObject({ kind: 'failed', conflict: true });
    expect(await keptTexts(core, itemId)).toEqual(['A.']);
    // A types on: kept within the keep interval, as the newest text.
    saverA.change(() => docOf('A.', 'A typed on.'));
    saverA.change(() => docOf('A.', 'A typed on, and on.'));
    await vi.waitFor(async () => expect(await keptTexts(core, itemId)).toEqual(['A.\nA typed on, and on.']), {
      timeout: 10_000,
      interval: 10,
    });
    await vi.waitFor(() => expect((states.at(-1) as { reason: string }).reason).toContain(KEPT_NOTE));
    expect(saverA.stuck()).toBeNull();
    // As the page goes away: kept at once, and nothing is left that the page must ask about.
    saverA.change(() => docOf('A.', 'A typed on, and on.', 'Last words.'));
    const before = a.keeps();
    expect(saverA.handOff()).toBe(true);
    expect(a.keeps()).toBe(before + 1);
    await vi.waitFor(async () =>
      expect(await keptTexts(core, itemId)).toEqual(['A.\nA typed on, and on.\nLast words.']),
    );
    // B's text stands throughout.
    const stored = await ok<{ doc: RichDoc }>(core, 'minutes.get', { itemId });
    expect(plainText(stored.doc)).toBe('B’s words.');
    saverA.dispose();
    saverB.dispose();
  });
});

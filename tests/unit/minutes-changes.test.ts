// Saving what changed (minutes.saveChanges): the editor sends the top-level blocks a keystroke
// changed, found by comparing ProseMirror's blocks by identity, over the version it saved before.
// The stored document must be exactly what a whole save of the same text stores, and every
// guarantee of a whole save holds: a stale version is refused, approved minutes are refused, the
// audit trail runs on, and the input is checked as strictly.
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { AuditEntry, ItemMinutes, MeetingDetail } from '../../shared/domain';
import { applyDelta, changedRange } from '../../shared/richDelta';
import type { RichDoc, RichNode } from '../../shared/richText';
import { itemFixture, ok, tempCore } from './helpers';

const schema = getSchema([StarterKit.configure({ heading: { levels: [3, 4] } })]);

const p = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const start: RichDoc = {
  type: 'doc',
  content: [
    p('The Director introduced the report.'),
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Points raised' }] },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p('Staff would be paid a salary.')] }],
    },
    p('Members asked about the cost.'),
    p('The Chair thanked officers.'),
  ],
};

/** What the editor sends for a change from `before` to `after` (as renderer/minutes/minutesWriter.ts does). */
function deltaOf(before: ProseMirrorNode, after: ProseMirrorNode) {
  const { from, to, end } = changedRange(before, after);
  const blocks: RichNode[] = [];
  for (let index = from; index < end; index += 1) blocks.push(after.child(index).toJSON() as RichNode);
  return { from, to, blocks, length: after.childCount };
}

/** Typing as the editor does: one transaction, which keeps every block it does not touch. */
const typed = (doc: ProseMirrorNode, at: number, text: string) =>
  EditorState.create({ doc }).tr.insertText(text, at).doc;

async function twoItems(core: Core) {
  const { item } = await itemFixture(core);
  const other = await ok<{ id: string }>(core, 'items.create', {
    meetingId: item.meetingId,
    title: 'Second',
    purpose: '',
    leadOfficerId: null,
    exempt: false,
    exemptParagraph: null,
  });
  return { item, other };
}

async function refusal(core: Core, method: string, input: unknown) {
  const result = await core.router.call(method, input);
  expect(result.ok, `${method} should be refused`).toBe(false);
  return (result as { ok: false; error: { code: string; message: string } }).error;
}

describe('saving what changed in the minutes', () => {
  it('stores the same document, search text and trail as a whole save of the same text', async () => {
    const core = tempCore();
    const { item, other } = await twoItems(core);
    let doc = schema.nodeFromJSON(start);
    const first = { doc: doc.toJSON() as RichDoc, baseVersion: 0 };
    let version = (
      await ok<{ version: number }>(core, 'minutes.save', { itemId: item.id, ...first, saveId: 'save-0' })
    ).version;
    // A keystroke in the middle, a new paragraph at the end, a block deleted, a list item added.
    const steps: ((doc: ProseMirrorNode) => ProseMirrorNode)[] = [
      (d) => typed(d, d.child(0).nodeSize + 3, 'X'),
      (d) =>
        EditorState.create({ doc: d }).tr.insert(
          d.content.size,
          schema.node('paragraph', null, schema.text('Agreed.')),
        ).doc,
      (d) =>
        EditorState.create({ doc: d }).tr.delete(
          d.child(0).nodeSize,
          d.child(0).nodeSize + d.child(1).nodeSize,
        ).doc,
      (d) => EditorState.create({ doc: d }).tr.split(d.child(0).nodeSize + d.child(1).nodeSize - 3, 2).doc,
      (d) => typed(d, 1, 'Y'),
    ];
    // One run of saves, then the other, as two windows' runs would be (one window's saves to
    // another part end its run in the trail).
    const docs: ProseMirrorNode[] = [];
    for (const step of steps) {
      const next = step(doc);
      const delta = deltaOf(doc, next);
      expect(delta.blocks.length).toBeLessThan(next.childCount);
      version = (
        await ok<{ version: number }>(core, 'minutes.saveChanges', {
          itemId: item.id,
          ...delta,
          baseVersion: version,
          baseSaveId: `save-${docs.length}`,
          saveId: `save-${docs.length + 1}`,
        })
      ).version;
      docs.push((doc = next));
    }
    let otherVersion = (await ok<{ version: number }>(core, 'minutes.save', { itemId: other.id, ...first }))
      .version;
    for (const next of docs) {
      otherVersion = (
        await ok<{ version: number }>(core, 'minutes.save', {
          itemId: other.id,
          doc: next.toJSON(),
          baseVersion: otherVersion,
        })
      ).version;
    }
    const stored = (id: string) =>
      core.db.prepare('SELECT doc, plain_text, version FROM item_minutes WHERE item_id = ?').get(id);
    expect(stored(item.id)).toEqual(stored(other.id));
    expect((await ok<ItemMinutes>(core, 'minutes.get', { itemId: item.id })).doc).toEqual(doc.toJSON());
    // The meeting has ended, so both runs of saves are in the trail, each one entry.
    const trail = await ok<AuditEntry[]>(core, 'audit.list', { meetingId: item.meetingId });
    const of = (id: string) => trail.filter((entry) => entry.itemId === id && entry.subject === 'minutes');
    expect(of(item.id)).toHaveLength(1);
    expect(of(item.id)[0]!.after).toBe(of(other.id)[0]!.after);
  });

  it('refuses a change over a stale version, one that does not fit, and a bad block', async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    const before = schema.nodeFromJSON(start);
    await ok(core, 'minutes.save', { itemId: item.id, doc: before.toJSON(), baseVersion: 0, saveId: 'a1' });
    const after = typed(before, 3, 'Z');
    await ok(core, 'minutes.saveChanges', {
      itemId: item.id,
      ...deltaOf(before, after),
      baseVersion: 1,
      baseSaveId: 'a1',
      saveId: 'a2',
    });
    // Made from version 1 again (another window's, or a lost answer's): refused, nothing changed.
    const stale = await refusal(core, 'minutes.saveChanges', {
      itemId: item.id,
      ...deltaOf(before, typed(before, 3, 'Q')),
      baseVersion: 1,
      baseSaveId: 'a1',
    });
    expect(stale.code).toBe('conflict');
    // Never saved: a change has nothing to be made from.
    const { item: fresh } = await itemFixture(core);
    expect(
      (
        await refusal(core, 'minutes.saveChanges', {
          itemId: fresh.id,
          from: 0,
          to: 0,
          blocks: [],
          length: 1,
          baseVersion: 0,
          baseSaveId: 'a0',
        })
      ).code,
    ).toBe('invalid_input');
    // Blocks that do not add up to the editor's document, a range outside it, a block the schema refuses.
    for (const bad of [
      { from: 0, to: 1, blocks: [p('One')], length: 6 },
      { from: 4, to: 9, blocks: [], length: 0 },
      { from: 0, to: 1, blocks: [{ type: 'image', attrs: { src: 'x' } }], length: 5 },
      {
        from: 0,
        to: 1,
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] }],
        length: 5,
      },
      { from: -1, to: 1, blocks: [], length: 4 },
    ]) {
      expect(
        (
          await refusal(core, 'minutes.saveChanges', {
            itemId: item.id,
            ...bad,
            baseVersion: 2,
            baseSaveId: 'a2',
          })
        ).code,
        JSON.stringify(bad),
      ).toBe('invalid_input');
    }
    const read = await ok<ItemMinutes>(core, 'minutes.get', { itemId: item.id });
    expect(read.version).toBe(2);
    expect(read.doc).toEqual(after.toJSON());
  });

  it('is refused once the minutes are approved, like a whole save', async () => {
    const core = tempCore();
    const { item } = await itemFixture(core);
    const before = schema.nodeFromJSON(start);
    await ok(core, 'minutes.save', { itemId: item.id, doc: before.toJSON(), baseVersion: 0, saveId: 'a1' });
    const { meeting } = await ok<MeetingDetail>(core, 'meetings.get', { id: item.meetingId });
    const next = await ok<{ id: string }>(core, 'meetings.create', {
      committeeId: meeting.committeeId,
      date: '2024-01-18',
      startTime: '18:30',
    });
    await ok(core, 'meetings.approve', { id: item.meetingId, approvedByMeetingId: next.id });
    const change = {
      itemId: item.id,
      ...deltaOf(before, typed(before, 3, 'Z')),
      baseVersion: 1,
      baseSaveId: 'a1',
    };
    expect((await refusal(core, 'minutes.saveChanges', change)).code).toBe('approved');
    expect((await ok<ItemMinutes>(core, 'minutes.get', { itemId: item.id })).doc).toEqual(before.toJSON());
  });

  it('applies a change to the blocks it names and no others', () => {
    const doc: RichDoc = { type: 'doc', content: [p('a'), p('b'), p('c')] };
    expect(applyDelta(doc, { from: 1, to: 2, blocks: [p('B'), p('B2')], length: 4 })).toEqual({
      type: 'doc',
      content: [p('a'), p('B'), p('B2'), p('c')],
    });
    expect(applyDelta(doc, { from: 3, to: 3, blocks: [], length: 3 })).toEqual(doc);
    expect(applyDelta(doc, { from: 2, to: 1, blocks: [], length: 4 })).toBeNull();
  });
});

// A change to a rich-text document as the editor makes it, for saving what changed rather than the
// whole document at every keystroke: the top-level blocks from `from` up to (not including) `to` of
// the document saved before are replaced by `blocks`, and the document then has `length` blocks.
// ProseMirror keeps the blocks a transaction did not touch as the same objects, so the editor finds
// the change by comparing blocks by identity, without serialising the rest.
import type { RichDoc, RichNode } from './richText';

export interface RichDelta {
  from: number;
  to: number;
  blocks: RichNode[];
  /** How many top-level blocks the changed document has: a check that both sides had the same one. */
  length: number;
}

/**
 * The document `delta` makes of `doc`, or null when it does not fit it (a range outside the
 * document, or another number of blocks than the editor has): then it was made from another one.
 */
export function applyDelta(doc: RichDoc, delta: RichDelta): RichDoc | null {
  const content = doc.content ?? [];
  const { from, to, blocks, length } = delta;
  if (from < 0 || to < from || to > content.length) return null;
  if (content.length - (to - from) + blocks.length !== length) return null;
  return { ...doc, content: [...content.slice(0, from), ...blocks, ...content.slice(to)] };
}

/** Anything with numbered children compared by identity: a ProseMirror node, or a document's JSON. */
export interface Blocks<B> {
  readonly childCount: number;
  child(index: number): B;
}

/**
 * The range of `after`'s top-level blocks that are not the very same objects as `before`'s: `from`
 * and `to` in `before`, and `end` (where the range ends) in `after`. Unchanged blocks at the start
 * and at the end are left out; everything between is the change.
 */
export function changedRange<B>(
  before: Blocks<B>,
  after: Blocks<B>,
): { from: number; to: number; end: number } {
  const shorter = Math.min(before.childCount, after.childCount);
  let from = 0;
  while (from < shorter && before.child(from) === after.child(from)) from += 1;
  let same = 0;
  while (
    same < shorter - from &&
    before.child(before.childCount - 1 - same) === after.child(after.childCount - 1 - same)
  )
    same += 1;
  return { from, to: before.childCount - same, end: after.childCount - same };
}

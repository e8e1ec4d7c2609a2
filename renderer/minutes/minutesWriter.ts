// How an item's minutes are written as the officer types: the first save of the screen sends the
// whole document, each one after it only the top-level blocks changed since the save before
// (minutes.saveChanges), found by comparing ProseMirror's blocks by identity, so that a keystroke in
// 100 pages serialises, sends, checks and parses one paragraph, not 100 pages. The whole save stays
// for whatever a change cannot be made from.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { changedRange } from '../../shared/richDelta';
import type { RichDoc, RichNode } from '../../shared/richText';
import { api } from '../api/client';

type Saved = { version: number; updatedAt: string };

/** The document saved as `version`, as the editor had it (ProseMirror nodes never change). */
interface Known {
  version: number;
  doc: ProseMirrorNode;
}

/**
 * The save function for one item's autosaver: given how to read the editor's document now and the
 * version it is saved over. Keeps the documents this window saved, so a change is sent against the
 * very document the server has at that version; a save over any other version is a whole one.
 */
export function minutesWriter(
  itemId: string,
): (read: () => ProseMirrorNode, baseVersion: number) => Promise<Saved> {
  // The last save acknowledged, and the save in flight (with the version it will have once
  // committed): a save handed off as the page goes away is made over the one in flight.
  let acknowledged: Known | null = null;
  let inFlight: Known | null = null;
  const whole = (doc: ProseMirrorNode, baseVersion: number) =>
    api.call('minutes.save', { itemId, doc: doc.toJSON() as RichDoc, baseVersion }, { durable: true });
  return async (read, baseVersion) => {
    const doc = read();
    const base = [acknowledged, inFlight].find((known) => known?.version === baseVersion)?.doc;
    const sending: Known = { version: baseVersion + 1, doc };
    inFlight = sending;
    let saved: Saved;
    if (base) {
      const { from, to, end } = changedRange(base, doc);
      const blocks: RichNode[] = [];
      for (let index = from; index < end; index += 1) blocks.push(doc.child(index).toJSON() as RichNode);
      try {
        saved = await api.call(
          'minutes.saveChanges',
          { itemId, from, to, blocks, length: doc.childCount, baseVersion },
          { durable: true },
        );
      } catch (error) {
        // A change refused as not fitting is sent again whole; every other failure is the save's own.
        if ((error as { code?: string }).code !== 'invalid_input') throw error;
        saved = await whole(doc, baseVersion);
      }
    } else {
      saved = await whole(doc, baseVersion);
    }
    if (inFlight === sending) inFlight = null;
    if (!acknowledged || saved.version > acknowledged.version) acknowledged = { version: saved.version, doc };
    return saved;
  };
}

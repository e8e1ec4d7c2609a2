// How an item's minutes are written as the officer types: the first save of the screen sends the
// whole document, each one after it only the top-level blocks changed since the save before
// (minutes.saveChanges), found by comparing ProseMirror's blocks by identity, so that a keystroke in
// 100 pages serialises, sends, checks and parses one paragraph, not 100 pages. The whole save stays
// for whatever a change cannot be made from.
//
// Every save carries an id of its own, and a change names the save whose text it was made from: the
// server applies it only to that very text. The version number alone is not enough: a change sent
// over the version a save in flight will make (as the page goes away) would otherwise land on
// another window's save, if that one took the number because the save in flight failed.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { changedRange } from '../../shared/richDelta';
import type { MethodInput, MethodOutput } from '../../shared/api';
import type { RichDoc, RichNode } from '../../shared/richText';

type Saved = { version: number; updatedAt: string };

type SaveMethod = 'minutes.save' | 'minutes.saveChanges';
/** How a save reaches the server: api.call, durable (minutesWriter.ts), or a test's transport. */
export type SaveCall = <M extends SaveMethod>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** The document a save of this window sent, and the version it has (or will have) once committed. */
interface Known {
  version: number;
  doc: ProseMirrorNode;
  saveId: string;
}

const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

/** Characters of JSON sent whole over a save in flight: at 3 bytes each, well within 64 KiB. */
const WHOLE_OVER_IN_FLIGHT = 16_000;
const fitsWhole = (doc: ProseMirrorNode) => JSON.stringify(doc.toJSON()).length <= WHOLE_OVER_IN_FLIGHT;

/**
 * The save function for one item's autosaver: given how to read the editor's document now and the
 * version it is saved over. Keeps the documents this window saved, so a change is sent against the
 * very document the server has at that version; a save over any other version is a whole one.
 */
export function minutesSaves(
  itemId: string,
  call: SaveCall,
): (read: () => ProseMirrorNode, baseVersion: number) => Promise<Saved> {
  // The last save acknowledged, the save in flight (with the version it will have once committed:
  // a save handed off as the page goes away is made over it), and the last save that failed without
  // being refused (the server not answering): it may have been committed all the same.
  let acknowledged: Known | null = null;
  let inFlight: Known | null = null;
  let unsure: Known | null = null;
  // That unsure save while a change is being tried over it; and the version the screen loaded, the
  // one version a save may be made over without naming the save that wrote it.
  let tryingOver: Known | null = null;
  let loaded: number | null = null;

  const send = async (
    doc: ProseMirrorNode,
    base: Known | null,
    baseVersion: number,
    tentative = false,
  ): Promise<Saved> => {
    // A save tried over one that may not have been committed is not kept if refused: the same text
    // is sent at once over the version known (and kept if that is refused).
    const maybe = tentative ? { tentative } : {};
    const sending: Known = { version: baseVersion + 1, doc, saveId: crypto.randomUUID() };
    const { saveId } = sending;
    const overInFlight = base !== null && base === inFlight;
    inFlight = sending;
    const whole = () =>
      call('minutes.save', {
        itemId,
        doc: doc.toJSON() as RichDoc,
        baseVersion,
        saveId,
        baseSaveId: base?.saveId,
        ...maybe,
      });
    let saved: Saved;
    try {
      // Made over a save still in flight (as the page goes away): that save may be refused, and then
      // the server does not know the text this change was made from, and could not keep what was
      // typed. Sent whole instead, where it fits a keepalive request with room to spare.
      if (base && !(overInFlight && fitsWhole(doc))) {
        const { from, to, end } = changedRange(base.doc, doc);
        const blocks: RichNode[] = [];
        for (let index = from; index < end; index += 1) blocks.push(doc.child(index).toJSON() as RichNode);
        try {
          saved = await call('minutes.saveChanges', {
            itemId,
            from,
            to,
            blocks,
            length: doc.childCount,
            baseVersion,
            saveId,
            baseSaveId: base.saveId,
            ...maybe,
          });
        } catch (error) {
          // A change refused as not fitting is sent again whole (over the same text, checked the
          // same way); every other failure is the save's own.
          if (codeOf(error) !== 'invalid_input') throw error;
          saved = await whole();
        }
      } else {
        saved = await whole();
      }
    } catch (error) {
      if (inFlight === sending) inFlight = null;
      const code = codeOf(error);
      if (code !== 'conflict' && code !== 'invalid_input' && code !== 'approved') unsure = sending;
      throw error;
    }
    if (inFlight === sending) inFlight = null;
    if (!acknowledged || saved.version > acknowledged.version)
      acknowledged = { ...sending, version: saved.version };
    return saved;
  };

  return async (read, baseVersion) => {
    const doc = read();
    loaded ??= baseVersion;
    // A save whose answer never came may have been committed (the server stopped after its commit):
    // the change is tried over it first. The server takes it only if the stored minutes are that
    // save's text; otherwise it is a conflict, and the change is made over the version known.
    const maybe = unsure;
    if (maybe && maybe.version === baseVersion + 1) {
      unsure = null;
      tryingOver = maybe;
      try {
        return await send(doc, maybe, maybe.version, true);
      } catch (error) {
        if (codeOf(error) !== 'conflict') {
          unsure = maybe;
          throw error;
        }
      } finally {
        if (tryingOver === maybe) tryingOver = null;
      }
    }
    const base = [acknowledged, inFlight, tryingOver].find((known) => known?.version === baseVersion) ?? null;
    // A version neither loaded nor written by a save of this window known here: its text is not
    // known, so nothing is saved over it (the version alone could be another window's save).
    if (!base && baseVersion !== loaded) {
      throw Object.assign(
        new Error(
          'These minutes were changed in another window after you opened them. What you typed is still on screen: copy it, then reload to see the other version.',
        ),
        { code: 'conflict' },
      );
    }
    return send(doc, base, baseVersion);
  };
}

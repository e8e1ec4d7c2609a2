// The save function of an item's minutes screen: minutesSaves over the app's API, each save sent so
// that it reaches the server even if the page goes away straight after; and where what is typed goes
// once saving has stopped (another window's change first, approved minutes): kept on the server,
// apart from the record, and offered again on the item's screen (KeptMinutesNotice).
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { RichDoc } from '../../shared/richText';
import { api } from '../api/client';
import type { KeptReason } from '../saving/Autosaver';
import { minutesSaves } from './minutesSaves';

export function minutesWriter(
  itemId: string,
): (read: () => ProseMirrorNode, baseVersion: number) => Promise<{ version: number; updatedAt: string }> {
  return minutesSaves(itemId, (method, input) => api.call(method, input, { durable: true }));
}

export function minutesKeeper(
  itemId: string,
): (read: () => ProseMirrorNode, reason: KeptReason) => Promise<unknown> {
  return (read, reason) =>
    api.call('keptMinutes.keep', { itemId, doc: read().toJSON() as RichDoc, reason }, { durable: true });
}

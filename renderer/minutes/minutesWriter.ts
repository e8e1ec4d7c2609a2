// The save function of an item's minutes screen: minutesSaves over the app's API, each save sent so
// that it reaches the server even if the page goes away straight after.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { api } from '../api/client';
import { minutesSaves } from './minutesSaves';

export function minutesWriter(
  itemId: string,
): (read: () => ProseMirrorNode, baseVersion: number) => Promise<{ version: number; updatedAt: string }> {
  return minutesSaves(itemId, (method, input) => api.call(method, input, { durable: true }));
}

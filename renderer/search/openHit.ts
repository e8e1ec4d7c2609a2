// Where a search hit opens: the screen that shows its text (an item's minutes, its report, the
// meeting's attendance), and the place on it to show (the paragraph, or the decision, clause, action,
// update or declaration). In meeting mode, a hit in the meeting under way stays in meeting mode,
// unless meeting mode does not show it.
import type { SearchHit } from '../../shared/search/results';
import { navigate, type Route } from '../state/route';
import { searchTarget, useReveal, type Reveal } from './reveal';

export function destinationOf(hit: SearchHit, live: boolean): { route: Route; reveal: Reveal } {
  const itemId = hit.itemId;
  if (hit.kind === 'attendance' || !itemId) {
    return {
      route: { screen: 'attendance', id: hit.meetingId },
      reveal: { kind: 'element', target: searchTarget('attendance', hit.field) },
    };
  }
  // Meeting mode shows neither updates after the meeting nor an item's purpose: those open the full screen.
  const shownLive = hit.kind !== 'update' && !(hit.kind === 'item' && hit.field === 'purpose');
  const item: Route = { screen: 'item', id: itemId, live: live && shownLive };
  const element = (kind: string, id: string) => ({
    kind: 'element' as const,
    target: searchTarget(kind, id),
  });
  switch (hit.kind) {
    case 'declaration':
      return {
        route: { screen: 'attendance', id: hit.meetingId },
        reveal: element('declaration', hit.sourceId),
      };
    case 'report':
      return {
        route: { screen: 'report', id: itemId },
        reveal:
          hit.field === 'report' && hit.paragraph
            ? {
                kind: 'paragraph',
                document: 'report',
                itemId,
                path: hit.paragraph,
                fallback: searchTarget('report', itemId),
              }
            : element(hit.field === 'report' ? 'report' : hit.field, itemId),
      };
    case 'minutes':
      return {
        route: item,
        reveal: hit.paragraph
          ? {
              kind: 'paragraph',
              document: 'minutes',
              itemId,
              path: hit.paragraph,
              fallback: searchTarget('minutes', itemId),
            }
          : element('minutes', itemId),
      };
    case 'decision':
      return {
        route: item,
        reveal: element(hit.field === 'clause' ? 'clause' : 'decision', hit.sourceId),
      };
    case 'action':
      return { route: item, reveal: element('action', hit.sourceId) };
    case 'update':
      return { route: item, reveal: element('update', hit.sourceId) };
    case 'item':
      return {
        route: item,
        reveal: element(hit.field === 'purpose' ? 'item-purpose' : 'item-title', itemId),
      };
  }
}

/** Opens the hit's screen and shows the hit on it. */
export function openHit(hit: SearchHit, from: { route: Route; meetingId: string | null }): void {
  const live = from.route.screen === 'item' && from.route.live === true && hit.meetingId === from.meetingId;
  const { route, reveal } = destinationOf(hit, live);
  useReveal.getState().show(reveal);
  navigate(route);
}

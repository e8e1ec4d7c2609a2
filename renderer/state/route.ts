// Where the officer is (an item's /live form is meeting mode), kept in the URL fragment so that reload and back/forward work.
import type { Edition } from '../../shared/meetingRecord';

/** The documents of a meeting the preview shows. */
export type PreviewKind = 'minutes' | 'agenda';

export type Route =
  | { screen: 'home' }
  | { screen: 'people' }
  | { screen: 'house-style' }
  | { screen: 'backups' }
  | { screen: 'decisions' }
  | { screen: 'import'; meetingId?: string }
  | { screen: 'report'; id: string }
  | { screen: 'new-committee' }
  | { screen: 'committee'; id: string }
  | { screen: 'meeting'; id: string }
  | { screen: 'attendance'; id: string }
  | { screen: 'document'; id: string; kind: PreviewKind; edition: Edition }
  | { screen: 'item'; id: string; live?: boolean }
  | { screen: 'notices'; id: string }
  | { screen: 'forward-plan'; id: string }
  | { screen: 'officer-decisions' }
  | { screen: 'calendar' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'people') return { screen: 'people' };
  if (parts[0] === 'house-style') return { screen: 'house-style' };
  if (parts[0] === 'backups') return { screen: 'backups' };
  if (parts[0] === 'officer-decisions') return { screen: 'officer-decisions' };
  if (parts[0] === 'calendar') return { screen: 'calendar' };
  if (parts[0] === 'meetings' && parts[1] && parts[2] === 'notices')
    return { screen: 'notices', id: parts[1] };
  if (parts[0] === 'committees' && parts[1] && parts[2] === 'forward-plan')
    return { screen: 'forward-plan', id: parts[1] };
  if (parts[0] === 'decisions') return { screen: 'decisions' };
  if (parts[0] === 'import') return { screen: 'import' };
  if (parts[0] === 'meetings' && parts[1] && parts[2] === 'import')
    return { screen: 'import', meetingId: parts[1] };
  if (parts[0] === 'items' && parts[1] && parts[2] === 'report') return { screen: 'report', id: parts[1] };
  if (parts[0] === 'committees' && parts[1] === 'new') return { screen: 'new-committee' };
  if (parts[0] === 'committees' && parts[1]) return { screen: 'committee', id: parts[1] };
  if (parts[0] === 'meetings' && parts[1] && parts[2] === 'attendance')
    return { screen: 'attendance', id: parts[1] };
  if (parts[0] === 'meetings' && parts[1] && parts[2] === 'document')
    return {
      screen: 'document',
      id: parts[1],
      kind: parts[3] === 'agenda' ? 'agenda' : 'minutes',
      edition: parts[4] === 'confidential' ? 'confidential' : 'public',
    };
  if (parts[0] === 'meetings' && parts[1]) return { screen: 'meeting', id: parts[1] };
  if (parts[0] === 'items' && parts[1]) return { screen: 'item', id: parts[1], live: parts[2] === 'live' };
  return { screen: 'home' };
}

export function href(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'people':
      return '#/people';
    case 'house-style':
      return '#/house-style';
    case 'backups':
      return '#/backups';
    case 'decisions':
      return '#/decisions';
    case 'import':
      return route.meetingId ? `#/meetings/${route.meetingId}/import` : '#/import';
    case 'report':
      return `#/items/${route.id}/report`;
    case 'new-committee':
      return '#/committees/new';
    case 'committee':
      return `#/committees/${route.id}`;
    case 'meeting':
      return `#/meetings/${route.id}`;
    case 'attendance':
      return `#/meetings/${route.id}/attendance`;
    case 'document':
      return `#/meetings/${route.id}/document/${route.kind}/${route.edition}`;
    case 'item':
      return `#/items/${route.id}${route.live ? '/live' : ''}`;
    case 'notices':
      return `#/meetings/${route.id}/notices`;
    case 'forward-plan':
      return `#/committees/${route.id}/forward-plan`;
    case 'officer-decisions':
      return '#/officer-decisions';
    case 'calendar':
      return '#/calendar';
  }
}

/** The hash the app itself moved to, after an action: what the action said stays on screen there. */
let movedByTheApp: string | null = null;

/**
 * Moves to a screen. After an action (a meeting created, so its page opens) what the action said
 * stays; `asTheOfficer` is a move the officer asked for (a quick key), which clears it as a link does.
 */
export function navigate(route: Route, { asTheOfficer = false } = {}): void {
  movedByTheApp = asTheOfficer ? null : href(route);
  window.location.hash = href(route);
}

/** Whether the app moved to this hash itself (true once), rather than the officer following a link. */
export function wasMovedByTheApp(hash: string): boolean {
  const moved = movedByTheApp !== null && hash.replace(/^#\/?/, '') === movedByTheApp.replace(/^#\/?/, '');
  movedByTheApp = null;
  return moved;
}

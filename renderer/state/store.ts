// The renderer's state: what is on screen, loaded through the API, and what to tell the officer.
import { create } from 'zustand';
import type {
  AppInfo,
  Committee,
  CommitteeDetail,
  Meeting,
  MeetingDetail,
  Person,
} from '../../shared/domain';
import { api } from '../api/client';
import { navigate, parseRoute, type Route } from './route';

interface AppState {
  route: Route;
  info: AppInfo | null;
  committees: Committee[];
  /** Every meeting, for the sidebar (each committee's, upcoming first). */
  meetings: Meeting[];
  people: Person[];
  committee: CommitteeDetail | null;
  meeting: MeetingDetail | null;
  /** Read out by screen readers (a polite live region) and shown briefly. */
  announcement: string;
  /** A failure the officer must see; stays until dismissed or the next success. */
  error: string | null;
  loaded: boolean;

  /**
   * Shows another screen. What the last action said (and a failure) belongs to the screen it was
   * done on: it goes when the officer moves elsewhere, and stays when the action itself moved them
   * (a new meeting opens with "Meeting … created.").
   */
  setRoute: (route: Route, options?: { keepStatus?: boolean }) => Promise<void>;
  refresh: () => Promise<void>;
  /**
   * Runs a change, reloads what is on screen, and says what happened (or what went wrong). With
   * `leaveTo` (a change that removes what is on screen, as deleting a meeting does) the app moves
   * there instead, and what was on screen is not read again: it is gone, and reading it would only
   * say "not found" beside "deleted".
   */
  perform: <T>(
    change: () => Promise<T>,
    done: string | ((value: T) => string),
    options?: { leaveTo?: Route },
  ) => Promise<T | undefined>;
  announce: (message: string) => void;
  dismissError: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What every screen reads: app.info and the lists for the sidebar, asked for at once, together; the
 * first time, the replies that came in the page if it has them (browser mode's launch address).
 */
function readShared() {
  const first = api.takeFirstScreen();
  const replies = first?.replies;
  const info = replies?.['app.info'] ?? api.call('app.info', {});
  const lists = Promise.all([
    replies?.['committees.list'] ?? api.call('committees.list', {}),
    replies?.['meetings.list'] ?? api.call('meetings.list', {}),
    replies?.['people.list'] ?? api.call('people.list', {}),
  ]);
  // In recovery mode (or when app.info fails) the lists are not waited for: a refusal of them then
  // is no failure of the page's.
  lists.catch(() => undefined);
  return { info, lists, shown: first?.values ?? null };
}

/**
 * The first screen's reads, taken from the page or sent as this script starts, so that they travel
 * while React renders and the first refresh (on the first route) finds them answered or on their way.
 */
let opening: ReturnType<typeof readShared> | null = readShared();
/**
 * The replies that came in the page, shown by the first render (the home screen, as the launch
 * address opens) rather than after its first refresh; that refresh takes the same replies.
 */
const shown = opening.shown;
const firstRoute = parseRoute(window.location.hash);

export const useAppStore = create<AppState>()((set, get) => ({
  route: firstRoute,
  info: shown?.['app.info'] ?? null,
  committees: shown?.['committees.list'] ?? [],
  meetings: shown?.['meetings.list'] ?? [],
  people: shown?.['people.list'] ?? [],
  committee: null,
  meeting: null,
  announcement: '',
  error: null,
  loaded: shown !== null && firstRoute.screen === 'home',

  async setRoute(route, options = {}) {
    set(options.keepStatus ? { route } : { route, announcement: '', error: null });
    await get().refresh();
  },

  async refresh() {
    const { route } = get();
    const reads = opening ?? readShared();
    opening = null;
    try {
      const info = await reads.info;
      // A damaged data file: only the recovery screen has anything to show.
      if (info.recovery) {
        set({ info, loaded: true, committee: null, meeting: null });
        return;
      }
      // At once: what app.info says about the data file shows even if reading the rest fails.
      set({ info });
      const [committees, meetings, people] = await reads.lists;
      const committee =
        route.screen === 'committee' || route.screen === 'forward-plan'
          ? await api.call('committees.get', { id: route.id })
          : null;
      const meetingId =
        route.screen === 'meeting' ||
        route.screen === 'attendance' ||
        route.screen === 'document' ||
        route.screen === 'notices'
          ? route.id
          : route.screen === 'item' || route.screen === 'report'
            ? (await api.call('items.get', { id: route.id })).meetingId
            : null;
      const meeting = meetingId ? await api.call('meetings.get', { id: meetingId }) : null;
      // A slower load for a route the officer has already left must not overwrite the newer one.
      if (get().route !== route) return;
      set({ info, committees, meetings, people, committee, meeting, loaded: true });
    } catch (error) {
      set({ error: messageOf(error), loaded: true, committee: null, meeting: null });
    }
  },

  async perform(change, done, { leaveTo } = {}) {
    try {
      const value = await change();
      set({ error: null });
      if (leaveTo) {
        // The screen goes at once (nothing on it reads the removed record again); the hash change
        // that follows loads the new one and keeps what is said here.
        set({ route: leaveTo, committee: null, meeting: null });
        navigate(leaveTo);
        get().announce(typeof done === 'function' ? done(value) : done);
        return value;
      }
      await get().refresh();
      get().announce(typeof done === 'function' ? done(value) : done);
      return value;
    } catch (error) {
      set({ error: messageOf(error), announcement: '' });
      return undefined;
    }
  },

  announce(message) {
    set({ announcement: message });
  },

  dismissError() {
    set({ error: null });
  },
}));

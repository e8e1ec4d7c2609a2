// The first screen's reads, put into the page that browser mode serves for its launch address
// (electron/server.ts) so that the page starts without asking for them over HTTP; the renderer
// takes them once (renderer/api/firstScreen.ts) and asks the API as before when they are absent.
// Types only from the contract: the renderer's first script stays free of zod.
import type { MethodName, MethodOutput } from './api';
import type { ApiResult } from './result';

/** Every screen's shared reads: app.info and the sidebar's three lists (renderer/state/store.ts). */
export const FIRST_SCREEN_METHODS = [
  'app.info',
  'committees.list',
  'meetings.list',
  'people.list',
] as const satisfies readonly MethodName[];
export type FirstScreenMethod = (typeof FIRST_SCREEN_METHODS)[number];

/** The launch address's query parameter: a key of its own for each launch, as the token is. */
export const LAUNCH_PARAM = 'launch';

/** The id of the `<script type="application/json">` element (data, never run) that holds them. */
export const FIRST_SCREEN_ELEMENT_ID = 'minutebook-first-screen';

export interface FirstScreen {
  /** The launch key the page was asked for with; a page whose address does not carry it ignores them. */
  launch: string;
  /**
   * The SHA-256 of the launch's token, in hex: a page whose token is another (an out-of-date one)
   * ignores them and asks, and is told its key is out of date.
   */
  token: string;
  /** Each method's reply, as the API would have sent it (failures included). */
  answers: { [M in FirstScreenMethod]: ApiResult<MethodOutput<M>> };
}

/**
 * As JSON safe inside a script element: no `<` (so neither `</script>` nor `<!--` can occur), and
 * no `>`, `&` or line separators either; JSON.parse reads the escapes back as the characters.
 */
export function firstScreenJson(value: FirstScreen): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

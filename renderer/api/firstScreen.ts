// The first screen's reads as browser mode put them into the page it served for the launch address
// (shared/firstScreen.ts). Taken once, as the page starts; anything amiss (no element, as in the
// desktop app or a reloaded page, a page asked for with another launch key or none, a reply of a
// shape not ours) and the page asks the API as before.
import {
  FIRST_SCREEN_ELEMENT_ID,
  FIRST_SCREEN_METHODS,
  LAUNCH_PARAM,
  type FirstScreen,
} from '../../shared/firstScreen';

interface PageParts {
  getElementById(id: string): { textContent: string | null; remove(): void } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The replies in the page, if they were made for this page's own launch address (`search`, its
 * query as it was loaded), or null. The element is removed either way: they are read once.
 */
export function readFirstScreen(page: PageParts, search: string): FirstScreen | null {
  const element = page.getElementById(FIRST_SCREEN_ELEMENT_ID);
  if (!element) return null;
  element.remove();
  const launch = new URLSearchParams(search).get(LAUNCH_PARAM);
  let parsed: unknown;
  try {
    parsed = JSON.parse(element.textContent ?? '');
  } catch {
    return null;
  }
  if (
    !isRecord(parsed) ||
    !launch ||
    parsed.launch !== launch ||
    typeof parsed.token !== 'string' ||
    !isRecord(parsed.answers)
  ) {
    return null;
  }
  const { answers } = parsed;
  const wellShaped = FIRST_SCREEN_METHODS.every((method) => {
    const answer = answers[method];
    return (
      isRecord(answer) &&
      (answer.ok === true ? 'value' in answer : answer.ok === false && isRecord(answer.error))
    );
  });
  return wellShaped ? (parsed as unknown as FirstScreen) : null;
}

/** Whether the replies were made for this token (FirstScreen.token); false where it cannot be told. */
export async function madeForToken(first: FirstScreen, token: string | null): Promise<boolean> {
  if (!token || !globalThis.crypto?.subtle) return false;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('') === first.token;
}

// The renderer's one way to the main process: api.call(method, input), typed by shared/api.ts.
// In Electron it goes through the preload bridge; in browser mode over HTTP with the launch token.
import type { MethodInput, MethodName, MethodOutput, MinutebookBridge } from '../../shared/api';
import type { FirstScreenMethod } from '../../shared/firstScreen';
import type { ApiError, ApiResult } from '../../shared/result';
import { madeForToken, readFirstScreen } from './firstScreen';

declare global {
  interface Window {
    minutebook?: MinutebookBridge;
  }
}

export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
  }
}

interface CallOptions {
  /**
   * A save of what the officer typed: sent so that it reaches the server even if the page goes away
   * straight after (a keepalive request in browser mode; the desktop bridge always does).
   */
  durable?: boolean;
}

type Transport = (method: string, input: unknown, options: CallOptions) => Promise<ApiResult<unknown>>;

/**
 * Chromium lets a page have at most 64 KiB of keepalive request bodies in flight; a larger save goes
 * as an ordinary request, and counts as at risk until it is answered.
 */
const KEEPALIVE_BUDGET = 60 * 1024;
let keepaliveBytes = 0;
let atRisk = 0;

const TOKEN_KEY = 'minutebook.token';

/** Takes the token from the launch URL's fragment (never sent over HTTP) and keeps it for reloads. */
function takeLaunchToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** This page's own id: the audit trail counts a run of saves from one window as one change. */
const windowId = crypto.randomUUID();

function httpTransport(token: string | null): Transport {
  return async (method, input, { durable = false }) => {
    let response: Response;
    const body = JSON.stringify(input);
    // Each UTF-16 unit is at most 3 bytes of UTF-8: a cheap bound, measured exactly only when close.
    const bytes =
      body.length > KEEPALIVE_BUDGET || body.length * 3 <= KEEPALIVE_BUDGET
        ? body.length * 3
        : new TextEncoder().encode(body).length;
    const keepalive = durable && keepaliveBytes + bytes <= KEEPALIVE_BUDGET;
    if (keepalive) keepaliveBytes += bytes;
    else if (durable) atRisk += 1;
    try {
      response = await fetch(`api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Minutebook-Token': token ?? '',
          'X-Minutebook-Window': windowId,
        },
        body,
        keepalive,
      });
    } catch {
      return failure('internal', 'Minutebook’s server is not answering. Is it still running?');
    } finally {
      if (keepalive) keepaliveBytes -= bytes;
      else if (durable) atRisk -= 1;
    }
    if (response.status === 401) {
      return failure(
        'unauthorised',
        'This page’s access key is out of date. Open Minutebook again from the address the server printed.',
      );
    }
    if (!response.ok) return failure('internal', `The server refused the request (HTTP ${response.status}).`);
    return (await response.json()) as ApiResult<unknown>;
  };
}

const failure = (code: ApiError['code'], message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

// The bridge's message reaches the main process as it is sent, whatever happens to the window after.
function bridgeTransport(bridge: MinutebookBridge): Transport {
  return async (method, input) => (await bridge.call(method, input)) as ApiResult<unknown>;
}

// Read before the launch address is tidied away (takeLaunchToken): the replies are for it alone.
let firstScreen = readFirstScreen(document, window.location.search);

const launchToken = window.minutebook ? null : takeLaunchToken();
const transport: Transport = window.minutebook
  ? bridgeTransport(window.minutebook)
  : httpTransport(launchToken);

/** A reply's value, or its failure thrown as api.call throws it. */
function valueOf<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

export const api = {
  async call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    options: CallOptions = {},
  ): Promise<MethodOutput<M>> {
    return valueOf((await transport(method, input, options)) as ApiResult<MethodOutput<M>>);
  },
  /**
   * The first screen's replies that came in the page (browser mode's launch address), once; null
   * after that or when none came. `replies`: each as api.call would answer it, once the page's
   * token is known to be the one they were made for (if not, asked for, so the page hears that its
   * key is out of date). `values`: what the first render may show at once when all four succeeded.
   */
  takeFirstScreen(): {
    replies: { [M in FirstScreenMethod]: Promise<MethodOutput<M>> };
    values: { [M in FirstScreenMethod]: MethodOutput<M> } | null;
  } | null {
    const taken = firstScreen;
    firstScreen = null;
    if (!taken) return null;
    const ours = madeForToken(taken, launchToken).catch(() => false);
    const answer = <M extends FirstScreenMethod>(method: M): Promise<MethodOutput<M>> =>
      ours.then((yes) => (yes ? valueOf(taken.answers[method]) : api.call(method, {} as MethodInput<M>)));
    const { answers } = taken;
    return {
      replies: {
        'app.info': answer('app.info'),
        'committees.list': answer('committees.list'),
        'meetings.list': answer('meetings.list'),
        'people.list': answer('people.list'),
      },
      values:
        answers['app.info'].ok &&
        answers['committees.list'].ok &&
        answers['meetings.list'].ok &&
        answers['people.list'].ok
          ? {
              'app.info': answers['app.info'].value,
              'committees.list': answers['committees.list'].value,
              'meetings.list': answers['meetings.list'].value,
              'people.list': answers['people.list'].value,
            }
          : null,
    };
  },
  /** Saves in flight that would be lost if the page went away now (too large to outlive it). */
  savesAtRisk: (): number => atRisk,
  /** The desktop app asks the window to finish its saves before it closes. */
  onCloseRequested(flush: () => Promise<{ unsaved: string[] }>): void {
    window.minutebook?.onFlushRequest?.(flush);
  },
};

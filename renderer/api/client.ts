// The renderer's one way to the main process: api.call(method, input), typed by shared/api.ts.
// In Electron it goes through the preload bridge; in browser mode over HTTP with the launch token.
import type { MethodInput, MethodName, MethodOutput, MinutebookBridge } from '../../shared/api';
import type { ApiError, ApiResult } from '../../shared/result';

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

type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

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
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Minutebook-Token': token ?? '',
          'X-Minutebook-Window': windowId,
        },
        body: JSON.stringify(input),
      });
    } catch {
      return failure('internal', 'Minutebook’s server is not answering. Is it still running?');
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

function bridgeTransport(bridge: MinutebookBridge): Transport {
  return async (method, input) => (await bridge.call(method, input)) as ApiResult<unknown>;
}

const transport: Transport = window.minutebook
  ? bridgeTransport(window.minutebook)
  : httpTransport(takeLaunchToken());

export const api = {
  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await transport(method, input);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value as MethodOutput<M>;
  },
};

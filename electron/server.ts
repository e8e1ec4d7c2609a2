// Browser mode: the renderer and the router served on 127.0.0.1 only.
// API calls need the per-launch token (sent as a header, which no other origin can set on a
// request that reaches us), a Host and Origin of our own, POST and a JSON body.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import {
  FIRST_SCREEN_ELEMENT_ID,
  FIRST_SCREEN_METHODS,
  firstScreenJson,
  LAUNCH_PARAM,
  type FirstScreen,
} from '../shared/firstScreen';
import type { Router } from './api/router';
import { contentSecurityPolicy, contentTypes } from './security';

export const TOKEN_HEADER = 'x-minutebook-token';
/** Each page's own id, so the audit trail can tell one window's run of saves from another's. */
export const WINDOW_HEADER = 'x-minutebook-window';
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface ServerOptions {
  router: Router;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  port: number;
  /** http://127.0.0.1:PORT/ */
  origin: string;
  /**
   * What the officer opens: the origin with the launch key in the query (it asks for the page with
   * the first screen's data in it, and opens nothing else) and the token in the fragment, which is
   * never sent over HTTP.
   */
  launchUrl: string;
  token: string;
  launchKey: string;
  close(): Promise<void>;
}

const baseHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const digest = (value: string) => createHash('sha256').update(value).digest();

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(32).toString('base64url');
  const tokenDigest = digest(token);
  const launchKey = randomBytes(16).toString('base64url');
  const launchKeyDigest = digest(launchKey);
  const staticDir = path.resolve(options.staticDir);
  let port = 0;

  const tokenMatches = (presented: string | string[] | undefined) =>
    typeof presented === 'string' && timingSafeEqual(digest(presented), tokenDigest);
  const launchKeyMatches = (presented: string | null) =>
    presented !== null && timingSafeEqual(digest(presented), launchKeyDigest);

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('Minutebook: request failed', error);
      if (!response.headersSent) send(response, 500, { error: 'Internal error' });
      else response.destroy();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    const host = request.headers.host ?? '';
    if (!ownHosts.includes(host)) {
      return send(response, 403, { error: 'This server only answers requests addressed to itself.' });
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      return send(response, 403, { error: 'Requests from other sites are refused.' });
    }
    let url: URL;
    try {
      url = new URL(request.url ?? '/', `http://${host}`);
    } catch {
      return send(response, 400, { error: 'The address is not valid.' });
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return send(response, 405, { error: 'API methods are called with POST.' });
      }
      if (!tokenMatches(request.headers[TOKEN_HEADER])) {
        return send(response, 401, {
          error: 'Missing or wrong access token. Open Minutebook from the address the server printed.',
        });
      }
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        return send(response, 415, {
          error: 'API calls carry a JSON body (Content-Type: application/json).',
        });
      }
      const body = await readBody(request);
      if (body === null) return send(response, 413, { error: 'The request is too large.' });
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return send(response, 400, { error: 'The request body is not valid JSON.' });
      }
      const method = decoded(url.pathname.slice('/api/'.length));
      if (method === null) return send(response, 400, { error: 'The address is not valid.' });
      const window = request.headers[WINDOW_HEADER];
      const caller =
        typeof window === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(window)
          ? { window: `browser:${window}` }
          : {};
      return send(response, 200, await options.router.call(method, input, caller));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, 405, { error: 'Method not allowed.' });
    }
    const headOnly = request.method === 'HEAD';
    if (
      (url.pathname === '/' || url.pathname === '/index.html') &&
      launchKeyMatches(url.searchParams.get(LAUNCH_PARAM))
    ) {
      return serveFirstScreen(headOnly, response);
    }
    return serveStatic(url.pathname, headOnly, response);
  }

  /**
   * The page for the launch address, with the first screen's reads in it. Its head goes at once, so
   * that the browser fetches the script while the reads are answered (for a new data folder, once the
   * file is made); the rest, the reads as a JSON element (data, which the Content-Security-Policy
   * does not need to allow), follows. Module scripts run once the page is whole, so they find it.
   */
  async function serveFirstScreen(headOnly: boolean, response: http.ServerResponse) {
    let page: string;
    try {
      page = await readFile(path.join(staticDir, 'index.html'), 'utf8');
    } catch {
      return send(response, 404, { error: 'Not found.' });
    }
    response.writeHead(200, { ...baseHeaders, 'Content-Type': contentTypes['.html'] });
    if (headOnly) return response.end();
    const bodyEnd = page.lastIndexOf('</body>');
    const split = bodyEnd === -1 ? page.length : bodyEnd;
    response.write(page.slice(0, split));
    response.end(`${await firstScreenElement()}${page.slice(split)}`);
  }

  /** The reads as the API answers them, or nothing if they cannot be had (the page then asks). */
  async function firstScreenElement(): Promise<string> {
    try {
      const replies = await Promise.all(
        FIRST_SCREEN_METHODS.map((method) => options.router.call(method, {})),
      );
      const answers = Object.fromEntries(
        FIRST_SCREEN_METHODS.map((method, index) => [method, replies[index]]),
      ) as FirstScreen['answers'];
      const json = firstScreenJson({ launch: launchKey, token: tokenDigest.toString('hex'), answers });
      return `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">${json}</script>`;
    } catch {
      return '';
    }
  }

  async function serveStatic(pathname: string, headOnly: boolean, response: http.ServerResponse) {
    // A malformed escape ("/%E0%A4%A") is a bad request, not a failure of ours.
    const requested = pathname === '/' ? 'index.html' : decoded(pathname);
    if (requested === null) return send(response, 400, { error: 'The address is not valid.' });
    const relative = requested.replace(/^\/+/, '');
    const file = path.resolve(staticDir, relative);
    if (!file.startsWith(staticDir + path.sep)) return send(response, 404, { error: 'Not found.' });
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(response, 404, { error: 'Not found.' });
    }
    response.writeHead(200, {
      ...baseHeaders,
      // The built scripts and styles are named by their content's hash: kept for the launch's reloads.
      ...(path.relative(staticDir, file).split(path.sep)[0] === 'assets'
        ? { 'Cache-Control': 'max-age=31536000, immutable' }
        : {}),
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': content.length,
    });
    response.end(headOnly ? undefined : content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}/`;
  return {
    port,
    origin,
    launchUrl: `${origin}?${LAUNCH_PARAM}=${launchKey}#token=${token}`,
    token,
    launchKey,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A percent-encoded path decoded, or null when its escapes are malformed. */
function decoded(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    ...baseHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  response.end(json);
}

/** The body, or null when it passes the limit. */
function readBody(request: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

// The desktop window's own address: the renderer is served from app://minutebook/ by a privileged
// custom protocol, not from file://, so the page has an origin of its own and no file:// privileges
// (the grantFileProtocolExtraPrivileges fuse is off). main.ts registers it; everything it decides
// is here, in plain Node, so tests can ask it for files without Electron.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy, contentTypes } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'minutebook';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** As protocol.registerSchemesAsPrivileged takes them: a standard, secure origin, nothing more. */
export const appSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  corsEnabled: false,
  allowServiceWorkers: false,
  bypassCSP: false,
  stream: false,
} as const;

/**
 * The file in `rendererDir` an app:// address names, or null for anything else: another scheme or
 * host, a malformed escape, or a path that would leave the folder ("..", encoded or not, or with
 * backslashes).
 */
export function resolveAppFile(url: string, rendererDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^[/\\]+/, '');
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The handler for protocol.handle: a file of the renderer, with the Content-Security-Policy. */
export function appProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed.', { status: 405 });
    }
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found.', { status: 404 });
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Not found.', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

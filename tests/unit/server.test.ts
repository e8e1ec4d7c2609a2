import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer, TOKEN_HEADER, type RunningServer } from '../../electron/server';
import { SLOW, tempCore, tempDir } from './helpers';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const core = tempCore();
  const staticDir = tempDir();
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Minutebook</title>');
  server = await startServer({ router: core.router, staticDir, port: 0 });
  return { core, server, staticDir };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so that Host and Origin can be forged as a hostile page or process would. */
function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiCall = (s: RunningServer, headers: Record<string, string>, body = '{}', method = 'POST') =>
  request(s.port, {
    method,
    path: '/api/committees.list',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: method === 'POST' ? body : undefined,
  });

// Every test here starts the browser-mode server (and talks to it over HTTP).
describe('browser mode server', SLOW, () => {
  it('listens on 127.0.0.1 only, with a 256-bit token', async () => {
    const { server: s } = await start();
    expect(s.origin).toBe(`http://127.0.0.1:${s.port}/`);
    expect(Buffer.from(s.token, 'base64url')).toHaveLength(32);
    expect(s.launchUrl).toBe(`${s.origin}?launch=${s.launchKey}#token=${s.token}`);
    expect(Buffer.from(s.launchKey, 'base64url')).toHaveLength(16);
    const other = await startServer({ router: (await start()).core.router, staticDir: tempDir(), port: 0 });
    expect(other.token).not.toBe(s.token);
    await other.close();
  });

  it('answers an API call with the token, its own Host and Origin', async () => {
    const { server: s } = await start();
    const reply = await apiCall(s, { [TOKEN_HEADER]: s.token, Origin: `http://127.0.0.1:${s.port}` });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses an API call without the token (401)', async () => {
    const { server: s } = await start();
    expect((await apiCall(s, {})).status).toBe(401);
  });

  it('refuses a wrong token, including one of the right length (401)', async () => {
    const { server: s } = await start();
    const forged = `${s.token.slice(0, -1)}${s.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await apiCall(s, { [TOKEN_HEADER]: forged })).status).toBe(401);
    expect((await apiCall(s, { [TOKEN_HEADER]: 'x' })).status).toBe(401);
  });

  it('refuses a forged Host, even with the token (403)', async () => {
    const { server: s } = await start();
    const reply = await apiCall(s, { [TOKEN_HEADER]: s.token, Host: `attacker.example:${s.port}` });
    expect(reply.status).toBe(403);
    const rebinding = await request(s.port, { path: '/', headers: { Host: 'attacker.example' } });
    expect(rebinding.status).toBe(403);
  });

  it('refuses a foreign Origin, even with the token (403)', async () => {
    const { server: s } = await start();
    for (const origin of ['https://attacker.example', 'http://127.0.0.1:1', 'null']) {
      expect((await apiCall(s, { [TOKEN_HEADER]: s.token, Origin: origin })).status).toBe(403);
    }
  });

  it('refuses GET (and other verbs) on an API method (405)', async () => {
    const { server: s } = await start();
    const reply = await apiCall(s, { [TOKEN_HEADER]: s.token }, '', 'GET');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
    expect((await apiCall(s, { [TOKEN_HEADER]: s.token }, '', 'OPTIONS')).status).toBe(405);
  });

  it('wants a JSON body: other content types 415, broken JSON 400', async () => {
    const { server: s } = await start();
    const form = await request(s.port, {
      method: 'POST',
      path: '/api/committees.list',
      headers: { [TOKEN_HEADER]: s.token, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(form.status).toBe(415);
    expect((await apiCall(s, { [TOKEN_HEADER]: s.token }, '{"name": ')).status).toBe(400);
  });

  it('passes the router’s own refusals through in the envelope', async () => {
    const { server: s } = await start();
    const reply = await request(s.port, {
      method: 'POST',
      path: '/api/no.such.method',
      headers: { [TOKEN_HEADER]: s.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Minutebook has no method called "no.such.method".' },
    });
  });

  it('serves the page with a strict Content-Security-Policy, and nothing outside its folder', async () => {
    const { server: s } = await start();
    const page = await request(s.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    for (const escape of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      expect((await request(s.port, { path: escape })).status).toBe(404);
    }
  });

  it('lets the browser keep the built assets (named by their hash), never the page or the API', async () => {
    const { server: s, staticDir } = await start();
    mkdirSync(path.join(staticDir, 'assets'));
    writeFileSync(path.join(staticDir, 'assets', 'index-Cx1.js'), 'export {};');
    const asset = await request(s.port, { path: '/assets/index-Cx1.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('max-age=31536000, immutable');
    expect(asset.headers['content-security-policy']).toContain("script-src 'self'");
    for (const page of ['/', '/index.html', '/assets/../index.html', `/?launch=${s.launchKey}`]) {
      expect((await request(s.port, { path: page })).headers['cache-control']).toBe('no-store');
    }
    expect((await apiCall(s, { [TOKEN_HEADER]: s.token })).headers['cache-control']).toBe('no-store');
  });

  it('answers a malformed escape in a page or method address with 400, and logs no stack', async () => {
    const { server: s } = await start();
    const logged = vi.spyOn(console, 'error');
    try {
      for (const bad of ['/%E0%A4%A', '/assets/%ZZ.js', '/%']) {
        const reply = await request(s.port, { path: bad });
        expect(reply.status).toBe(400);
        expect(JSON.parse(reply.body)).toEqual({ error: 'The address is not valid.' });
      }
      const api = await request(s.port, {
        method: 'POST',
        path: '/api/%E0%A4%A',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: s.token },
        body: '{}',
      });
      expect(api.status).toBe(400);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('stores a lone surrogate in any text field as U+FFFD: well-formed UTF-8 in the file', async () => {
    const { core, server: s } = await start();
    // As a hostile or broken client sends it: JSON escapes of half a character.
    const body =
      '{"name":"Planning \\ud800 Committee","kind":"other","quorum":2,"defaultVenue":"Hall \\udfff","numberingScheme":"{n}"}';
    const reply = await request(s.port, {
      method: 'POST',
      path: '/api/committees.create',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: s.token },
      body,
    });
    const created = JSON.parse(reply.body) as { ok: boolean; value: { name: string; defaultVenue: string } };
    expect(created.ok).toBe(true);
    expect(created.value.name).toBe('Planning \uFFFD Committee');
    expect(created.value.defaultVenue).toBe('Hall \uFFFD');
    const bytes = core.db.prepare('SELECT CAST(name AS BLOB) FROM committees').pluck().get() as Buffer;
    expect(bytes.toString('hex')).toBe(Buffer.from('Planning \uFFFD Committee', 'utf8').toString('hex'));
    // A well-formed pair is kept as it is.
    const pair = await core.router.call('people.create', {
      name: 'Ann \uD83D\uDE00 Smith',
      honorific: '',
      role: '',
      organisation: '',
      party: '',
      kind: 'officer',
    });
    expect(pair).toMatchObject({ ok: true, value: { name: 'Ann \uD83D\uDE00 Smith' } });
  });
});

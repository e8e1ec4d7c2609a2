// The first screen's reads in the page browser mode serves for its launch address (issue 21): the
// server puts the router's own replies into it as data, for that address alone, and the renderer
// takes them only when they were made for its own address and token.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/server';
import { contentSecurityPolicy } from '../../electron/security';
import { madeForToken, readFirstScreen } from '../../renderer/api/firstScreen';
import type { Committee } from '../../shared/domain';
import {
  FIRST_SCREEN_ELEMENT_ID,
  FIRST_SCREEN_METHODS,
  firstScreenJson,
  type FirstScreen,
} from '../../shared/firstScreen';
import { ok, SLOW, tempCore, tempDir } from './helpers';

const PAGE = '<!doctype html><title>Minutebook</title><body><div id="root"></div></body></html>';
const ELEMENT = new RegExp(
  `<script type="application/json" id="${FIRST_SCREEN_ELEMENT_ID}">([^<]*)</script>`,
);

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(router = tempCore().router) {
  const staticDir = tempDir();
  writeFileSync(path.join(staticDir, 'index.html'), PAGE);
  server = await startServer({ router, staticDir, port: 0 });
  return server;
}

async function get(s: RunningServer, address: string, method = 'GET') {
  const response = await fetch(new URL(address, s.origin), { method });
  return { response, body: await response.text() };
}

describe('the page for the launch address', SLOW, () => {
  it('carries the four replies the router gives, as data, before the end of the body', async () => {
    const core = tempCore();
    await ok<Committee>(core, 'committees.create', {
      name: 'Licensing Committee',
      kind: 'regulatory',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const s = await start(core.router);
    const { response, body } = await get(s, s.launchUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // The same policy as every page: the element is data, so no 'unsafe-inline' is wanted.
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(
      body.startsWith('<!doctype html><title>Minutebook</title><body><div id="root"></div><script'),
    ).toBe(true);
    expect(body.endsWith('</script></body></html>')).toBe(true);
    const first = JSON.parse(ELEMENT.exec(body)![1]!) as FirstScreen;
    expect(first.launch).toBe(s.launchKey);
    expect(first.token).toBe(createHash('sha256').update(s.token).digest('hex'));
    for (const method of FIRST_SCREEN_METHODS) {
      expect(first.answers[method]).toEqual(await core.router.call(method, {}));
    }
    const committees = first.answers['committees.list'];
    expect(committees.ok && committees.value.map((committee) => committee.name)).toEqual([
      'Licensing Committee',
    ]);
  });

  it('escapes what could end the element or open a comment, and reads back the same text', async () => {
    const core = tempCore();
    const name = '</script><script>alert(1)</script><!-- & \u2028 >';
    await ok(core, 'committees.create', {
      name,
      kind: 'regulatory',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    });
    const s = await start(core.router);
    const { body } = await get(s, s.launchUrl);
    expect(body.match(/<script/g)).toHaveLength(1);
    expect(body).not.toContain('alert(1)</script>');
    expect(body).not.toContain('<!--');
    const first = JSON.parse(ELEMENT.exec(body)![1]!) as FirstScreen;
    const committees = first.answers['committees.list'];
    expect(committees.ok && committees.value[0]!.name).toBe(name);
    expect(firstScreenJson(first)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('is the plain page without the launch key, with another key, or for HEAD', async () => {
    const s = await start();
    for (const address of ['/', '/index.html', '/?launch=', '/?launch=x', `/?launch=${s.launchKey}x`]) {
      const { response, body } = await get(s, address);
      expect(response.status).toBe(200);
      expect(body).toBe(PAGE);
    }
    expect((await get(s, `/index.html?launch=${s.launchKey}`)).body).toMatch(ELEMENT);
    const head = await get(s, s.launchUrl, 'HEAD');
    expect(head.response.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('is the plain page when the reads cannot be had (a data file that could not be made)', async () => {
    const s = await start({
      call: () => Promise.reject(new Error('The disk is full.')),
    });
    const { response, body } = await get(s, s.launchUrl);
    expect(response.status).toBe(200);
    expect(body).toBe(PAGE);
  });
});

describe('the renderer takes the replies', () => {
  const token = 'a-token-of-this-launch';
  const made = (overrides: Partial<FirstScreen> = {}): FirstScreen => ({
    launch: 'key',
    token: createHash('sha256').update(token).digest('hex'),
    answers: {
      'app.info': {
        ok: true,
        value: {
          version: '0.1.0',
          dataFile: '/tmp/x/minutebook.sqlite3',
          empty: true,
          warnings: [],
          recovery: null,
          notices: [],
          checking: false,
        },
      },
      'committees.list': { ok: true, value: [] },
      'meetings.list': { ok: true, value: [] },
      'people.list': { ok: false, error: { code: 'damaged', message: 'The data file is damaged.' } },
    },
    ...overrides,
  });
  /** A page holding the element with this text (or none), which records its removal. */
  const page = (text: string | null) => {
    const state = { removed: false };
    return {
      state,
      getElementById: (id: string) =>
        id === FIRST_SCREEN_ELEMENT_ID && text !== null
          ? { textContent: text, remove: () => void (state.removed = true) }
          : null,
    };
  };

  it('once, when made for this address, failures included', () => {
    const p = page(firstScreenJson(made()));
    expect(readFirstScreen(p, '?launch=key')).toEqual(made());
    expect(p.state.removed).toBe(true);
  });

  it('not when absent: the desktop app, a reloaded page', () => {
    expect(readFirstScreen(page(null), '?launch=key')).toBeNull();
    expect(readFirstScreen(page(null), '')).toBeNull();
  });

  it('not when made for another address, or when not of their shape', () => {
    for (const [text, search] of [
      [firstScreenJson(made()), ''],
      [firstScreenJson(made()), '?launch=other'],
      [firstScreenJson(made({ launch: '' })), '?launch='],
      ['{"launch":"key"', '?launch=key'],
      ['null', '?launch=key'],
      [JSON.stringify({ ...made(), answers: { 'app.info': made().answers['app.info'] } }), '?launch=key'],
      [JSON.stringify({ ...made(), token: 1 }), '?launch=key'],
      [
        JSON.stringify({ ...made(), answers: { ...made().answers, 'meetings.list': { ok: 'yes' } } }),
        '?launch=key',
      ],
    ] as const) {
      const p = page(text);
      expect(readFirstScreen(p, search)).toBeNull();
      expect(p.state.removed).toBe(true);
    }
  });

  it('only with the token they were made for: an out-of-date one asks, and hears so', async () => {
    expect(await madeForToken(made(), token)).toBe(true);
    expect(await madeForToken(made(), 'stale')).toBe(false);
    expect(await madeForToken(made(), null)).toBe(false);
  });
});

// The desktop shell with the electron module mocked: the settings every window must have.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { resolveAppFile } from '../../electron/appProtocol';
import { API_CHANNEL, FLUSH_CHANNEL, FLUSH_DONE_CHANNEL } from '../../electron/security';
import { COUNCIL, tempDir } from './helpers';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const state = { lock: true, userData: '', packaged: false };
  interface FakeWindow {
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    listeners: Map<string, Listener>;
    webContents: { send: ReturnType<typeof vi.fn>; isCrashed: () => boolean };
    destroy: ReturnType<typeof vi.fn>;
  }
  const windows: FakeWindow[] = [];
  const BrowserWindow = vi.fn(function (this: unknown, options: Record<string, unknown>) {
    const listeners = new Map<string, Listener>();
    const window = {
      options,
      listeners,
      loadURL: vi.fn(() => Promise.resolve()),
      once: vi.fn(),
      show: vi.fn(),
      on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
      webContents: { send: vi.fn(), isCrashed: () => false },
      destroy: vi.fn(),
    };
    windows.push(window);
    return window;
  }) as unknown as { getAllWindows(): unknown[] } & ReturnType<typeof vi.fn>;
  const ipcMainListeners = new Map<string, Listener>();
  BrowserWindow.getAllWindows = () => windows;
  (BrowserWindow as unknown as { fromWebContents: () => undefined }).fromWebContents = () => undefined;
  return {
    state,
    appListeners,
    windows,
    ipcMainListeners,
    module: {
      app: {
        requestSingleInstanceLock: vi.fn(() => state.lock),
        quit: vi.fn(),
        on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
        whenReady: vi.fn(() => Promise.resolve()),
        getPath: vi.fn(() => state.userData),
        get isPackaged() {
          return state.packaged;
        },
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      BrowserWindow,
      ipcMain: {
        handle: vi.fn(),
        on: vi.fn((channel: string, listener: Listener) => ipcMainListeners.set(channel, listener)),
        removeListener: vi.fn((channel: string) => ipcMainListeners.delete(channel)),
      },
      dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onHeadersReceived: vi.fn() },
        },
      },
      contextBridge: { exposeInMainWorld: vi.fn() },
      ipcRenderer: {
        invoke: vi.fn(() => Promise.resolve('reply')),
        on: vi.fn(),
        send: vi.fn(),
        removeAllListeners: vi.fn(),
      },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

async function loadMain() {
  vi.resetModules();
  electron.appListeners.clear();
  electron.windows.length = 0;
  vi.clearAllMocks();
  electron.state.userData = tempDir();
  await import('../../electron/main');
  // Let whenReady's continuation run.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    setWindowOpenHandler: vi.fn(),
    on: vi.fn((event: string, listener: Listener) => listeners.set(event, listener)),
  };
}

describe('the Electron main process', () => {
  beforeEach(() => {
    electron.state.lock = true;
    electron.state.packaged = false;
  });

  it('opens a window with context isolation, sandbox, no Node integration and no webview tag', async () => {
    await loadMain();
    expect(electron.windows).toHaveLength(1);
    const prefs = electron.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(electron.windows[0]!.options.show).toBe(false);
    expect(electron.windows[0]!.loadURL).toHaveBeenCalledWith('app://minutebook/index.html');
  });

  it('denies window.open and navigation away, and refuses webviews, for every web contents', async () => {
    await loadMain();
    const contents = fakeContents();
    electron.appListeners.get('web-contents-created')!({}, contents);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as Listener;
    expect(openHandler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    const navigate = contents.listeners.get('will-navigate')!;
    const away = { preventDefault: vi.fn() };
    navigate(away, 'https://attacker.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', async () => {
    await loadMain();
    const session = electron.module.session.defaultSession;
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as Listener;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as Listener;
    expect(check({}, 'geolocation')).toBe(false);
  });

  it('sends a strict Content-Security-Policy with every response', async () => {
    await loadMain();
    const onHeaders = electron.module.session.defaultSession.webRequest.onHeadersReceived.mock
      .calls[0]![0] as Listener;
    const callback = vi.fn();
    onHeaders({ responseHeaders: {} }, callback);
    const csp = (callback.mock.calls[0]![0] as { responseHeaders: Record<string, string[]> }).responseHeaders[
      'Content-Security-Policy'
    ]![0];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe');
  });

  it('asks the window to write what is pending before it closes, and closes once it has', async () => {
    await loadMain();
    const window = electron.windows[0]!;
    const close = { preventDefault: vi.fn() };
    window.listeners.get('close')!(close);
    expect(close.preventDefault).toHaveBeenCalled();
    const [channel, requestId] = window.webContents.send.mock.calls[0] as [string, string];
    expect(channel).toBe(FLUSH_CHANNEL);
    expect(window.destroy).not.toHaveBeenCalled();
    // The window answers on its own channel: everything is saved.
    electron.ipcMainListeners.get(FLUSH_DONE_CHANNEL)!({ sender: window.webContents }, requestId, {
      unsaved: [],
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.destroy).toHaveBeenCalled();
    expect(electron.module.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks before closing a window that could not save everything, and stays if told to', async () => {
    await loadMain();
    const window = electron.windows[0]!;
    window.listeners.get('close')!({ preventDefault: vi.fn() });
    const [, requestId] = window.webContents.send.mock.calls[0] as [string, string];
    electron.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    electron.ipcMainListeners.get(FLUSH_DONE_CHANNEL)!({ sender: window.webContents }, requestId, {
      unsaved: ['Not saved — The disk is full.'],
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [, options] = electron.module.dialog.showMessageBox.mock.calls[0] as [unknown, { detail: string }];
    expect(options.detail).toContain('The disk is full.');
    expect(window.destroy).not.toHaveBeenCalled();
  });

  it('quits at once when another copy already holds the single-instance lock', async () => {
    electron.state.lock = false;
    await loadMain();
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(electron.module.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('answers API calls over IPC from its own page only', async () => {
    await loadMain();
    const [channel, handler] = electron.module.ipcMain.handle.mock.calls[0] as [string, Listener];
    expect(channel).toBe(API_CHANNEL);
    const ownUrl = electron.windows[0]!.loadURL.mock.calls[0]![0] as string;
    const own = { senderFrame: { url: ownUrl, parent: null } };
    expect(await handler(own, 'committees.list', {})).toEqual({ ok: true, value: [] });
    expect(await handler(own, 'committees.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const stranger = { senderFrame: { url: 'https://attacker.example/', parent: null } };
    expect(await handler(stranger, 'committees.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorised' },
    });
    const subframe = { senderFrame: { url: ownUrl, parent: {} } };
    expect(await handler(subframe, 'committees.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorised' },
    });
  });

  it('saves a Word document where the save dialog says, for its own page only, over the one API channel', async () => {
    await loadMain();
    const calls = electron.module.ipcMain.handle.mock.calls as unknown as [string, Listener][];
    expect(calls.map(([channel]) => channel)).toEqual([API_CHANNEL]);
    const api = calls.find(([channel]) => channel === API_CHANNEL)![1];
    const save = (sender: unknown, request: unknown) => api(sender, 'exports.save', request);
    const own = {
      senderFrame: {
        url: electron.windows[0]!.loadURL.mock.calls[0]![0] as string,
        parent: null,
      },
      sender: {},
    };
    const styled = (await api(own, 'houseStyle.get', {})) as { value: { style: object; version: number } };
    await api(own, 'houseStyle.save', {
      style: { ...styled.value.style, councilName: COUNCIL },
      baseVersion: styled.value.version,
    });
    const committee = (await api(own, 'committees.create', {
      name: 'Cabinet',
      kind: 'cabinet',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}',
    })) as { value: { id: string } };
    const meeting = (await api(own, 'meetings.create', {
      committeeId: committee.value.id,
      date: '2026-06-18',
      startTime: '10:00',
    })) as { value: { id: string } };
    const target = path.join(tempDir(), 'agenda.docx');
    electron.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const request = { meetingId: meeting.value.id, kind: 'agenda', edition: 'public' };
    expect(await save(own, request)).toEqual({ ok: true, value: { saved: target } });
    const [options] = electron.module.dialog.showSaveDialog.mock.calls[0] as [{ defaultPath: string }];
    expect(path.basename(options.defaultPath)).toBe('Cabinet 2026-06-18 agenda (public).docx');
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
    const stranger = { senderFrame: { url: 'https://attacker.example/', parent: null }, sender: {} };
    expect(await save(stranger, request)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    expect(electron.module.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });
});

describe('Electron hardening beyond the window settings', () => {
  beforeEach(() => {
    electron.state.lock = true;
    electron.state.packaged = false;
  });

  it('registers app:// as a privileged, secure scheme before the app is ready, and serves the window from it', async () => {
    await loadMain();
    const { protocol, app } = electron.module;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }),
      },
    ]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      app.whenReady.mock.invocationCallOrder[0]!,
    );
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.windows[0]!.loadURL).toHaveBeenCalledWith('app://minutebook/index.html');
  });

  it('the app:// handler serves the renderer with the Content-Security-Policy and refuses any path out of it', async () => {
    await loadMain();
    const handler = electron.module.protocol.handle.mock.calls[0]![1] as (
      request: Request,
    ) => Promise<Response>;
    const page = await handler(new Request('app://minutebook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toMatch(/<html/i);
    for (const outside of [
      'app://minutebook/..%2f..%2fpackage.json',
      'app://minutebook/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://minutebook/..%5c..%5cpackage.json',
      'app://minutebook/..\\..\\package.json',
      'app://minutebook/%E0%A4%A',
      'app://minutebook/index.html%00.js',
      'app://elsewhere/index.html',
    ]) {
      expect((await handler(new Request(outside))).status, outside).toBe(404);
    }
    expect(
      (await handler(new Request('app://minutebook/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
    // The decision itself, without the file system: nothing outside the folder is ever named.
    const dir = tempDir();
    expect(resolveAppFile('app://minutebook/assets/index.js', dir)).toBe(
      path.join(dir, 'assets', 'index.js'),
    );
    expect(resolveAppFile('app://minutebook/', dir)).toBe(path.join(dir, 'index.html'));
    expect(resolveAppFile('app://minutebook/..%2f..%2fetc%2fpasswd', dir)).toBeNull();
    expect(resolveAppFile('file:///etc/passwd', dir)).toBeNull();
  });

  it('has DevTools only when run from the sources, never in the installed app', async () => {
    await loadMain();
    expect((electron.windows[0]!.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
    electron.state.packaged = true;
    await loadMain();
    expect((electron.windows[0]!.options.webPreferences as { devTools: boolean }).devTools).toBe(false);
  });

  it('packages with Electron’s fuses set, as electron-builder itself loads and validates its configuration', async () => {
    const root = path.resolve(__dirname, '../..');
    const config = await getConfig(root, path.join(root, 'build/electron-builder.yml'), null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // A misspelt fuse would be ignored at packaging time: the schema refuses it here instead.
    await expect(
      validateConfiguration(
        { ...config, electronFuses: { ...config.electronFuses, runAsNodeX: false } } as typeof config,
        new DebugLogger(false),
      ),
    ).rejects.toThrow();
  });
});

describe('the preload script', () => {
  it('exposes one object of functions, never ipcRenderer itself', async () => {
    vi.resetModules();
    vi.clearAllMocks();
    await import('../../electron/preload');
    const expose = electron.module.contextBridge.exposeInMainWorld;
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, bridge] = expose.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('minutebook');
    expect(Object.keys(bridge)).toEqual(['call', 'onFlushRequest']);
    await (bridge.call as (m: string, i: unknown) => Promise<unknown>)('committees.list', {});
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith(API_CHANNEL, 'committees.list', {});
    // Asked to flush before the window closes: the page's flush runs and its answer goes back.
    const flush = vi.fn(() => Promise.resolve({ unsaved: [] }));
    (bridge.onFlushRequest as (f: typeof flush) => void)(flush);
    const [channel, listener] = electron.module.ipcRenderer.on.mock.calls[0] as unknown as [string, Listener];
    expect(channel).toBe(FLUSH_CHANNEL);
    listener({}, 'request-1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(flush).toHaveBeenCalled();
    expect(electron.module.ipcRenderer.send).toHaveBeenCalledWith(FLUSH_DONE_CHANNEL, 'request-1', {
      unsaved: [],
    });
  });
});

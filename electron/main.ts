// The desktop shell. With preload.ts, the only file that imports electron: everything it does
// beyond window and security wiring lives in plain-Node modules (core, api, store).
import { app, BrowserWindow, dialog, ipcMain, protocol, session, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../shared/result';
import { APP_INDEX_URL, APP_SCHEME, appProtocolHandler, appSchemePrivileges } from './appProtocol';
import { Session } from './session';
import { createCloseGuard, type FlushAnswer } from './closeGuard';
import {
  API_CHANNEL,
  FLUSH_CHANNEL,
  FLUSH_DONE_CHANNEL,
  contentSecurityPolicy,
  secureWebPreferences,
} from './security';

const rendererDir = path.join(__dirname, '..', 'renderer');
/** The window loads the renderer from app://minutebook/ (electron/appProtocol.ts), never file://. */
const rendererUrl = APP_INDEX_URL;

// Before the app is ready, as Electron requires: app:// is a standard, secure origin of its own.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);

let running: Session | undefined;
/** The officer asked to quit (not only to close a window). */
let quitRequested = false;

/** The data folder: `--data=DIR` on the command line, else Electron's userData. */
function dataDir(): string {
  const flag = process.argv.find((arg) => arg.startsWith('--data='));
  return flag ? path.resolve(flag.slice('--data='.length)) : app.getPath('userData');
}

/** Only our own page, in our own top frame, may call the API. */
function isTrustedSender(frame: { url: string; parent: unknown } | null): boolean {
  return frame !== null && frame.parent === null && frame.url.split('#')[0] === rendererUrl;
}

export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== rendererUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Minutebook',
    backgroundColor: '#ffffff',
    webPreferences: {
      ...secureWebPreferences,
      // No DevTools in the installed app: only in development, from the sources.
      devTools: !app.isPackaged,
      preload: path.join(__dirname, 'preload.cjs'),
    },
  });
  window.once('ready-to-show', () => window.show());
  const mayClose = createCloseGuard({
    askToFlush: () => askToFlush(window.webContents),
    confirmLoss: async (reasons) => {
      const choice = await dialog.showMessageBox(window, {
        type: 'warning',
        buttons: ['Stay in Minutebook', 'Close without it'],
        defaultId: 0,
        cancelId: 0,
        title: 'Not everything is saved',
        message: 'Some of what you typed has not been saved.',
        detail: `${reasons.join('\n')}\n\nStay to copy the text somewhere safe.`,
      });
      return choice.response === 1;
    },
    close: () => {
      window.destroy();
      if (quitRequested) app.quit();
    },
  });
  window.on('close', (event) => {
    if (!mayClose()) event.preventDefault();
  });
  void window.loadURL(rendererUrl);
  return window;
}

/** Asks the window to write what it has pending, and waits for its answer. */
function askToFlush(contents: WebContents): Promise<FlushAnswer> {
  if (contents.isCrashed()) return Promise.resolve({ unsaved: [] });
  const requestId = randomUUID();
  return new Promise((resolve) => {
    const listener = (event: { sender: WebContents }, replyId: unknown, answer: unknown) => {
      if (event.sender !== contents || replyId !== requestId) return;
      ipcMain.removeListener(FLUSH_DONE_CHANNEL, listener);
      const unsaved = (answer as Partial<FlushAnswer> | null)?.unsaved;
      resolve({ unsaved: Array.isArray(unsaved) ? unsaved.map(String) : [] });
    };
    ipcMain.on(FLUSH_DONE_CHANNEL, listener);
    contents.send(FLUSH_CHANNEL, requestId);
  });
}

function start(): void {
  try {
    running = Session.open(dataDir(), { holder: 'the desktop app' });
  } catch (error) {
    const failure = {
      code: error instanceof AppError ? error.code : 'internal',
      message: error instanceof AppError ? error.message : String(error),
    };
    // Another copy has the folder, or the file is from a newer Minutebook: the window says so, and
    // nothing has been written.
    ipcMain.handle(API_CHANNEL, () => ({ ok: false, error: failure }));
    createMainWindow();
    return;
  }
  const { router } = running;
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'unauthorised', message: 'Refused: not the Minutebook window.' } };
    }
    const window = BrowserWindow.fromWebContents(event.sender);
    return router.call(String(method), input, {
      // One run of saves per window in the audit trail.
      window: `desktop:${String(event.sender?.id)}`,
      // "Save as Word": the save dialog, over the window that asked.
      chooseFile: async (suggestedName) => {
        // The file's kind follows the name offered: a Word document, or the register as CSV.
        const csv = suggestedName.endsWith('.csv');
        const options = {
          title: csv ? 'Save as CSV' : 'Save as Word document',
          defaultPath: path.join(app.getPath('documents'), suggestedName),
          filters: [
            csv
              ? { name: 'CSV (comma-separated values)', extensions: ['csv'] }
              : { name: 'Word document', extensions: ['docx'] },
          ],
        };
        const choice = window
          ? await dialog.showSaveDialog(window, options)
          : await dialog.showSaveDialog(options);
        return choice.canceled ? undefined : choice.filePath;
      },
    });
  });
  createMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && running) createMainWindow();
  });
  // Quitting closes the windows first, and each writes what is pending before it goes (see the close
  // guard); a window that waits on that cancels the quit, which it asks for again once closed.
  app.on('before-quit', () => {
    quitRequested = true;
  });
  // Then, with every window closed: a last backup if anything changed, then the database and lock go.
  let quitting = false;
  app.on('will-quit', (event) => {
    if (!running || quitting) return;
    quitting = true;
    event.preventDefault();
    void running.close().finally(() => app.quit());
  });
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir));
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
      });
    });
    start();
  });
}

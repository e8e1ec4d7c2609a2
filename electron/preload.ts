// Runs sandboxed in the window: exposes one function, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { MinutebookBridge } from '../shared/api';

import { API_CHANNEL, FLUSH_CHANNEL, FLUSH_DONE_CHANNEL } from './security';

const bridge = {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, input),
  onFlushRequest: (flush: () => Promise<{ unsaved: string[] }>): void => {
    ipcRenderer.removeAllListeners(FLUSH_CHANNEL);
    ipcRenderer.on(FLUSH_CHANNEL, (_event, requestId: unknown) => {
      void flush().then(
        (answer) => ipcRenderer.send(FLUSH_DONE_CHANNEL, requestId, answer),
        (error: unknown) => ipcRenderer.send(FLUSH_DONE_CHANNEL, requestId, { unsaved: [String(error)] }),
      );
    });
  },
} satisfies MinutebookBridge;

contextBridge.exposeInMainWorld('minutebook', bridge);

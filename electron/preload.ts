// Runs sandboxed in the window: exposes one function, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { MinutebookBridge } from '../shared/api';

import { API_CHANNEL } from './security';

const bridge = {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, input),
} satisfies MinutebookBridge;

contextBridge.exposeInMainWorld('minutebook', bridge);

// Runs sandboxed in the window: exposes one function, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { MinutebookBridge } from '../shared/api';

import { API_CHANNEL, SAVE_DOCUMENT_CHANNEL } from './security';

const bridge = {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(API_CHANNEL, method, input),
  saveDocument: (input: unknown): Promise<unknown> => ipcRenderer.invoke(SAVE_DOCUMENT_CHANNEL, input),
} satisfies MinutebookBridge;

contextBridge.exposeInMainWorld('minutebook', bridge);

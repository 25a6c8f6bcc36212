import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../shared/contract/errors';
import { createPreloadApi } from './createPreloadApi';

/** The page sees `window.auditConsole`: named methods only, never `ipcRenderer` itself. */
contextBridge.exposeInMainWorld(
  'auditConsole',
  createPreloadApi((channel, request) => ipcRenderer.invoke(channel, request) as Promise<Result<unknown>>),
);

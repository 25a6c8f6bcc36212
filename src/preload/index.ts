import { contextBridge, ipcRenderer } from 'electron';
import { CANCEL_CALL_MESSAGE } from '../shared/contract/bridgeCall';
import type { Result } from '../shared/contract/errors';
import { createPreloadApi } from './createPreloadApi';

/** The page sees `window.auditConsole`: named methods only, never `ipcRenderer` itself. */
contextBridge.exposeInMainWorld(
  'auditConsole',
  createPreloadApi(
    (channel, request, callId) => ipcRenderer.invoke(channel, request, callId) as Promise<Result<unknown>>,
    (callId) => ipcRenderer.send(CANCEL_CALL_MESSAGE, callId),
  ),
);

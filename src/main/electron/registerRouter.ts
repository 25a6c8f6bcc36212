import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CANCEL_CALL_MESSAGE } from '../../shared/contract/bridgeCall';
import { CHANNELS } from '../../shared/contract/channelMethods';
import { isTrustedSender } from '../access/isTrustedSender';
import { CallRegistry } from '../router/CallRegistry';
import type { Router } from '../router/createRouter';

/** The only place that touches `ipcMain`: every contract channel, through the one router. */
export function registerRouter(
  router: Router,
  trustedWindows: () => readonly WebContents[],
  rendererOrigin: string,
): () => void {
  const calls = new CallRegistry();
  const trusted = (event: IpcMainInvokeEvent | IpcMainEvent) => {
    const frame = event.senderFrame;
    return isTrustedSender(
      frame ? { url: frame.url, isMainFrame: frame.parent === null, webContentsId: event.sender.id } : null,
      new Set(trustedWindows().map((contents) => contents.id)),
      rendererOrigin,
    );
  };
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown, callId: unknown) => {
      const call = calls.start(event.sender.id, callId);
      try {
        return await router.handle(channel, payload, { trusted: trusted(event), signal: call.signal });
      } finally {
        call.finish();
      }
    });
  }
  const onCancel = (event: IpcMainEvent, callId: unknown) => {
    if (trusted(event)) calls.cancel(event.sender.id, callId);
  };
  ipcMain.on(CANCEL_CALL_MESSAGE, onCancel);
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
    ipcMain.off(CANCEL_CALL_MESSAGE, onCancel);
  };
}

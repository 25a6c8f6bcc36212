import { ipcMain, type WebContents } from 'electron';
import { CHANNELS } from '../../shared/contract/channelMethods';
import { isTrustedSender } from '../access/isTrustedSender';
import type { Router } from '../router/createRouter';

/** The only place that touches `ipcMain`: every contract channel, through the one router. */
export function registerRouter(
  router: Router,
  trustedWindows: () => readonly WebContents[],
  rendererOrigin: string,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        frame ? { url: frame.url, isMainFrame: frame.parent === null, webContentsId: event.sender.id } : null,
        new Set(trustedWindows().map((contents) => contents.id)),
        rendererOrigin,
      );
      return router.handle(channel, payload, { trusted });
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

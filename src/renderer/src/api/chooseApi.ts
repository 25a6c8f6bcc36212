import type { DesktopBridge } from '../../../shared/contract/bridgeCall';
import type { ConsoleApi } from '../../../shared/contract/contract';
import { createBridgeApi } from './createBridgeApi';
import { createHttpApi } from './createHttpApi';
import { openBrowserSession } from './openBrowserSession';

declare global {
  interface Window {
    /** Exposed by the desktop preload; absent in browser mode. */
    auditConsole?: DesktopBridge;
  }
}

/** The desktop shell's IPC api when the preload provided one, else HTTP to the browser-mode server. */
export function chooseApi(): ConsoleApi {
  return window.auditConsole ? createBridgeApi(window.auditConsole) : createHttpApi(openBrowserSession());
}

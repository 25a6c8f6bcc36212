import type { ChannelApi } from './contract';

/**
 * How a call's cancellation crosses the desktop bridge. An AbortSignal cannot cross it, a function
 * can: the page hands the preload `onAbort`, which the preload calls once with the function that
 * cancels this call in main.
 */
export interface BridgeCallOptions {
  onAbort?: (cancel: () => void) => void;
}

/** What the desktop preload exposes as `window.auditConsole`: the contract's methods, cancelled through `onAbort`. */
export type DesktopBridge = ChannelApi<BridgeCallOptions>;

/** The IPC message that cancels a call in flight; not a contract channel, never exposed to the page. */
export const CANCEL_CALL_MESSAGE = 'call/cancel';

import type { BridgeCallOptions, DesktopBridge } from '../shared/contract/bridgeCall';
import { bindChannels, type Channel } from '../shared/contract/channelMethods';
import type { Result } from '../shared/contract/errors';

export type Invoke = (channel: Channel, request: unknown, callId: number) => Promise<Result<unknown>>;
export type CancelCall = (callId: number) => void;

/**
 * One named method per contract channel, each bound to its own channel name; nothing generic. Each
 * call carries an id so that the page can cancel it in main through `onAbort`.
 */
export function createPreloadApi(invoke: Invoke, cancel: CancelCall = () => undefined): DesktopBridge {
  let lastCallId = 0;
  return bindChannels<BridgeCallOptions>((channel, request, options) => {
    const callId = ++lastCallId;
    if (typeof options?.onAbort === 'function') options.onAbort(() => cancel(callId));
    return invoke(channel, request, callId);
  });
}

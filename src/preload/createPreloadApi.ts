import type { BridgeCallOptions } from '../shared/contract/bridgeCall';
import { CHANNEL_METHODS, type Channel } from '../shared/contract/channelMethods';
import type { ConsoleApi } from '../shared/contract/contract';
import type { Result } from '../shared/contract/errors';

export type Invoke = (channel: Channel, request: unknown, callId: number) => Promise<Result<unknown>>;
export type CancelCall = (callId: number) => void;

/**
 * One named method per contract channel, each bound to its own channel name; nothing generic. Each
 * call carries an id so that the page can cancel it in main through `onAbort`.
 */
export function createPreloadApi(invoke: Invoke, cancel: CancelCall = () => undefined): ConsoleApi {
  let lastCallId = 0;
  const api: Record<string, (request: unknown, options?: BridgeCallOptions) => Promise<Result<unknown>>> = {};
  for (const [channel, method] of Object.entries(CHANNEL_METHODS) as [Channel, string][]) {
    api[method] = (request: unknown, options?: BridgeCallOptions) => {
      const callId = ++lastCallId;
      if (typeof options?.onAbort === 'function') options.onAbort(() => cancel(callId));
      return invoke(channel, request, callId);
    };
  }
  return Object.freeze(api) as unknown as ConsoleApi;
}

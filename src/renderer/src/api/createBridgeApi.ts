import type { BridgeCallOptions, DesktopBridge } from '../../../shared/contract/bridgeCall';
import { bindChannels, CHANNEL_METHODS } from '../../../shared/contract/channelMethods';
import type { CallOptions, ConsoleApi } from '../../../shared/contract/contract';
import { CANCELLED_CALL, type Result } from '../../../shared/contract/errors';

/** Any one of the bridge's methods, seen from the page: each takes its own channel's request. */
type BridgeMethod = (request: never, options?: BridgeCallOptions) => Promise<Result<unknown>>;

/**
 * The desktop api: the preload's methods, with the caller's AbortSignal turned into the `onAbort`
 * function the bridge can carry, so that aborting a call cancels it in main.
 */
export function createBridgeApi(bridge: DesktopBridge): ConsoleApi {
  return bindChannels<CallOptions>((channel, request, options) => {
    const method: BridgeMethod = bridge[CHANNEL_METHODS[channel]];
    // bindChannels hands each channel only the request of its own method.
    const call = (bridgeOptions?: BridgeCallOptions) => method(request as never, bridgeOptions);
    const signal = options?.signal;
    if (!signal) return call();
    if (signal.aborted) return Promise.resolve(CANCELLED_CALL);
    const abandoned = new Promise<Result<unknown>>((resolve) =>
      signal.addEventListener('abort', () => resolve(CANCELLED_CALL), { once: true }),
    );
    const answer = call({ onAbort: (cancel) => signal.addEventListener('abort', () => cancel(), { once: true }) });
    return Promise.race([answer, abandoned]);
  });
}

import type { BridgeCallOptions } from '../../../shared/contract/bridgeCall';
import type { CallOptions, ConsoleApi } from '../../../shared/contract/contract';
import { CANCELLED_CALL, type Result } from '../../../shared/contract/errors';

type BridgeMethod = (request: unknown, options?: BridgeCallOptions) => Promise<Result<unknown>>;

/**
 * The desktop api: the preload's methods, with the caller's AbortSignal turned into the `onAbort`
 * function the bridge can carry, so that aborting a call cancels it in main.
 */
export function createBridgeApi(bridge: ConsoleApi): ConsoleApi {
  const api: Record<string, (request: unknown, options?: CallOptions) => Promise<Result<unknown>>> = {};
  for (const [method, call] of Object.entries(bridge as unknown as Record<string, BridgeMethod>)) {
    api[method] = (request, options) => {
      const signal = options?.signal;
      if (!signal) return call(request);
      if (signal.aborted) return Promise.resolve(CANCELLED_CALL);
      const abandoned = new Promise<Result<unknown>>((resolve) =>
        signal.addEventListener('abort', () => resolve(CANCELLED_CALL), { once: true }),
      );
      const answer = call(request, {
        onAbort: (cancel) => signal.addEventListener('abort', () => cancel(), { once: true }),
      });
      return Promise.race([answer, abandoned]);
    };
  }
  return api as unknown as ConsoleApi;
}

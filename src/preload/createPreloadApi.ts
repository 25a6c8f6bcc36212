import { CHANNEL_METHODS, type Channel } from '../shared/contract/channelMethods';
import type { ConsoleApi } from '../shared/contract/contract';
import type { Result } from '../shared/contract/errors';

export type Invoke = (channel: Channel, request: unknown) => Promise<Result<unknown>>;

/** One named method per contract channel, each bound to its own channel name; nothing generic. */
export function createPreloadApi(invoke: Invoke): ConsoleApi {
  const api: Record<string, (request: unknown) => Promise<Result<unknown>>> = {};
  for (const [channel, method] of Object.entries(CHANNEL_METHODS) as [Channel, string][]) {
    api[method] = (request: unknown) => invoke(channel, request);
  }
  return Object.freeze(api) as unknown as ConsoleApi;
}

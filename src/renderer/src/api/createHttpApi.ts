import { CHANNEL_METHODS, type Channel } from '../../../shared/contract/channelMethods';
import type { ConsoleApi } from '../../../shared/contract/contract';
import type { Result } from '../../../shared/contract/errors';

async function post(channel: Channel, request: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request ?? {}),
    });
  } catch {
    return {
      ok: false,
      code: 'UNAVAILABLE',
      message: 'The console server is not answering; is browser mode still running?',
    };
  }
  if (response.status === 401) {
    return {
      ok: false,
      code: 'UNTRUSTED_SENDER',
      message: 'Access token missing or wrong: open the address browser mode printed.',
    };
  }
  return (await response.json()) as Result<unknown>;
}

/** Browser mode: the same contract over HTTP to the loopback server, one method per channel. */
export function createHttpApi(): ConsoleApi {
  const api: Record<string, (request: unknown) => Promise<Result<unknown>>> = {};
  for (const [channel, method] of Object.entries(CHANNEL_METHODS) as [Channel, string][]) {
    api[method] = (request: unknown) => post(channel, request);
  }
  return api as unknown as ConsoleApi;
}

import { bindChannels, type Channel } from '../../../shared/contract/channelMethods';
import type { CallOptions, ConsoleApi } from '../../../shared/contract/contract';
import { CANCELLED_CALL, type Result } from '../../../shared/contract/errors';
import { NO_SESSION_MESSAGE, SESSION_HEADER } from '../../../shared/contract/browserSession';
import type { BrowserSessionState } from './openBrowserSession';

async function post(
  session: BrowserSessionState,
  channel: Channel,
  request: unknown,
  options: CallOptions = {},
): Promise<Result<unknown>> {
  if (session.header === null) return { ok: false, code: 'UNTRUSTED_SENDER', message: session.refusal };
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', [SESSION_HEADER]: session.header },
      body: JSON.stringify(request ?? {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch {
    // Aborting closes the connection, which stops the query in main.
    if (options.signal?.aborted) return CANCELLED_CALL;
    return {
      ok: false,
      code: 'UNAVAILABLE',
      message: 'The console server is not answering; is browser mode still running?',
    };
  }
  if (response.status === 401) return { ok: false, code: 'UNTRUSTED_SENDER', message: NO_SESSION_MESSAGE };
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return options.signal?.aborted
      ? CANCELLED_CALL
      : { ok: false, code: 'INTERNAL', message: 'The console server sent an unreadable answer.' };
  }
}

/**
 * Browser mode: the same contract over HTTP to the loopback server, one method per channel. Calls
 * wait for the tab's session (see `openBrowserSession`) and carry its header token.
 */
export function createHttpApi(session: Promise<BrowserSessionState>): ConsoleApi {
  return bindChannels<CallOptions>(async (channel, request, options) => post(await session, channel, request, options));
}

import { describe, expect, it } from 'vitest';
import { createPreloadApi } from '../../../../../src/preload/createPreloadApi';
import { createBridgeApi } from '../../../../../src/renderer/src/api/createBridgeApi';
import type { Channel } from '../../../../../src/shared/contract/channelMethods';
import type { Result } from '../../../../../src/shared/contract/errors';

/** The real preload over a stand-in for main: records each call and each cancel by call id. */
function desktop() {
  const calls: [Channel, unknown, number][] = [];
  const cancelled: number[] = [];
  const pending: ((result: Result<unknown>) => void)[] = [];
  const bridge = createPreloadApi(
    (channel, request, callId) => {
      calls.push([channel, request, callId]);
      return new Promise<Result<unknown>>((resolve) => pending.push(resolve));
    },
    (callId) => cancelled.push(callId),
  );
  return { api: createBridgeApi(bridge), calls, cancelled, pending };
}

describe('createBridgeApi over the preload', () => {
  it('turns an abort into a cancel of that very call in main and answers CANCELLED at once', async () => {
    const { api, calls, cancelled } = desktop();
    void api.appInfo({});
    const abort = new AbortController();
    const answer = api.searchLogs({ family: 'operational' }, { signal: abort.signal });
    abort.abort();
    await expect(answer).resolves.toMatchObject({ ok: false, code: 'CANCELLED' });
    expect(calls).toEqual([
      ['app/info', {}, 1],
      ['logs/search', { family: 'operational' }, 2],
    ]);
    expect(cancelled).toEqual([2]);
  });

  it('answers an already aborted call without reaching main', async () => {
    const { api, calls } = desktop();
    const abort = new AbortController();
    abort.abort();
    await expect(api.appInfo({}, { signal: abort.signal })).resolves.toMatchObject({ code: 'CANCELLED' });
    expect(calls).toEqual([]);
  });

  it('passes the answer through when nobody aborts', async () => {
    const { api, cancelled, pending } = desktop();
    const answer = api.releaseCursor({ family: 'operational', cursor: 'c' }, { signal: new AbortController().signal });
    pending[0]?.({ ok: true, data: { released: true } });
    await expect(answer).resolves.toEqual({ ok: true, data: { released: true } });
    expect(cancelled).toEqual([]);
  });
});

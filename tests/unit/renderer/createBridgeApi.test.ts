import { describe, expect, it } from 'vitest';
import { createBridgeApi } from '../../../src/renderer/src/api/createBridgeApi';
import type { BridgeCallOptions } from '../../../src/shared/contract/bridgeCall';
import type { ConsoleApi } from '../../../src/shared/contract/contract';
import type { Result } from '../../../src/shared/contract/errors';

/** A stand-in for the preload: records calls and the cancel function each call was given. */
function fakeBridge() {
  const cancels: string[] = [];
  const pending: ((result: Result<unknown>) => void)[] = [];
  let reached = 0;
  const call = (name: string) => (_request: unknown, options?: BridgeCallOptions) => {
    reached++;
    options?.onAbort?.(() => cancels.push(name));
    return new Promise<Result<unknown>>((resolve) => pending.push(resolve));
  };
  const bridge = { searchLogs: call('searchLogs'), appInfo: call('appInfo') } as unknown as ConsoleApi;
  return { bridge, cancels, pending, reached: () => reached };
}

describe('createBridgeApi', () => {
  it('turns an abort into a cancel in main and answers CANCELLED at once', async () => {
    const fake = fakeBridge();
    const api = createBridgeApi(fake.bridge);
    const abort = new AbortController();
    const answer = api.searchLogs({ family: 'operational' }, { signal: abort.signal });
    abort.abort();
    await expect(answer).resolves.toMatchObject({ ok: false, code: 'CANCELLED' });
    expect(fake.cancels).toEqual(['searchLogs']);
  });

  it('answers an already aborted call without reaching main', async () => {
    const fake = fakeBridge();
    const abort = new AbortController();
    abort.abort();
    await expect(createBridgeApi(fake.bridge).appInfo({}, { signal: abort.signal })).resolves.toMatchObject({
      code: 'CANCELLED',
    });
    expect(fake.reached()).toBe(0);
  });

  it('passes the answer through when nobody aborts', async () => {
    const fake = fakeBridge();
    const answer = createBridgeApi(fake.bridge).appInfo({}, { signal: new AbortController().signal });
    fake.pending[0]?.({ ok: true, data: { done: true } });
    await expect(answer).resolves.toEqual({ ok: true, data: { done: true } });
    expect(fake.cancels).toEqual([]);
  });
});

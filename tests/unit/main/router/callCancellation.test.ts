import { describe, expect, it } from 'vitest';
import { createPreloadApi } from '../../../../src/preload/createPreloadApi';
import { CallRegistry } from '../../../../src/main/router/CallRegistry';
import type { BridgeCallOptions } from '../../../../src/shared/contract/bridgeCall';

describe('CallRegistry', () => {
  it('aborts the call a window cancels, and only that one', () => {
    const calls = new CallRegistry();
    const first = calls.start(1, 7);
    const second = calls.start(1, 8);
    const otherWindow = calls.start(2, 7);
    expect(calls.cancel(1, 7)).toBe(true);
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    expect(otherWindow.signal.aborted).toBe(false);
  });

  it('ignores a cancel for a finished, unknown or malformed call', () => {
    const calls = new CallRegistry();
    const done = calls.start(1, 1);
    done.finish();
    expect(calls.cancel(1, 1)).toBe(false);
    expect(calls.cancel(1, 99)).toBe(false);
    expect(calls.cancel(1, '1')).toBe(false);
    expect(done.signal.aborted).toBe(false);
    expect(calls.size).toBe(0);
  });

  it('runs a call without an id, uncancellable, and keeps nothing for it', () => {
    const calls = new CallRegistry();
    const call = calls.start(1, undefined);
    expect(call.signal.aborted).toBe(false);
    expect(calls.size).toBe(0);
  });
});

describe('preload call ids', () => {
  it('gives every call its own id and hands the page a function that cancels that call', async () => {
    const invoked: number[] = [];
    const cancelled: number[] = [];
    const preload = createPreloadApi(
      (_channel, _request, callId) => {
        invoked.push(callId);
        return Promise.resolve({ ok: true, data: null });
      },
      (callId) => cancelled.push(callId),
    );
    const bridge = preload as unknown as Record<string, (request: unknown, options?: BridgeCallOptions) => unknown>;
    let cancelFirst: (() => void) | undefined;
    await bridge['searchLogs']?.({}, { onAbort: (cancel) => (cancelFirst = cancel) });
    await bridge['searchLogs']?.({});
    expect(invoked).toEqual([1, 2]);
    cancelFirst?.();
    expect(cancelled).toEqual([1]);
  });
});

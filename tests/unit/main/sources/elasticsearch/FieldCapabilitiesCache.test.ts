import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FieldCapabilitiesCache,
  KEEP_FRESH_AFTER_USE_MS,
} from '../../../../../src/main/sources/elasticsearch/FieldCapabilitiesCache';
import type { FieldCapabilities } from '../../../../../src/main/sources/elasticsearch/readFieldCapabilities';
import type { LogFamily } from '../../../../../src/shared/query/logQuery';
import { deferred } from '../../../support/deferred';

const TTL_MS = 60_000;

/** Capabilities told apart by the answer they came in: the `n`th ask names `field-n` as missing. */
function answer(n: number): FieldCapabilities {
  return { missingFields: [`field-${n}`], keywordFields: {}, wordFields: {}, textSearch: 'word sub-field' };
}

/** A cache over a mapping that answers at once (or as `answers` says), counting what it was asked. */
function cacheOver(answers: (n: number) => Promise<FieldCapabilities> = (n) => Promise.resolve(answer(n))) {
  const asked: LogFamily[] = [];
  const cache = new FieldCapabilitiesCache(
    (family) => {
      asked.push(family);
      return answers(asked.length);
    },
    TTL_MS,
    () => Date.now(),
  );
  return { cache, asked };
}

const missing = async (promise: Promise<FieldCapabilities>) => (await promise).missingFields[0];

/** Whether the promise has settled by the time queued callbacks have run. */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('FieldCapabilitiesCache', () => {
  it('asks once per family while the answer is trusted, and callers share the request under way', async () => {
    const { cache, asked } = cacheOver();
    const [first, second] = [cache.of('operational'), cache.of('operational')];
    expect(await missing(first)).toBe('field-1');
    expect(await missing(second)).toBe('field-1');
    await vi.advanceTimersByTimeAsync(TTL_MS / 2);
    expect(await missing(cache.of('operational'))).toBe('field-1');
    expect(await missing(cache.of('activity'))).toBe('field-2');
    expect(asked).toEqual(['operational', 'activity']);
    cache.close();
  });

  it('asks again in the background while a family is in use, so a search after a pause does not wait', async () => {
    const { cache, asked } = cacheOver();
    await cache.of('operational');
    // The operator reads the page for three minutes; nothing is asked of the cache meanwhile.
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(asked.length).toBeGreaterThanOrEqual(4);
    const asksSoFar = asked.length;
    const next = cache.of('operational');
    // Answered from what is known, not after another round trip, and never from an answer past its trust.
    expect(await settledNow(next)).toBe(true);
    expect(asked).toHaveLength(asksSoFar);
    expect(await missing(next)).toBe(`field-${asksSoFar}`);
  });

  it('never answers with capabilities older than their trust when the background ask has not come back', async () => {
    const slow = deferred<FieldCapabilities>();
    const { cache, asked } = cacheOver((n) => (n === 1 ? Promise.resolve(answer(1)) : slow.promise));
    await cache.of('operational');
    await vi.advanceTimersByTimeAsync(TTL_MS);
    expect(asked).toHaveLength(2);
    // Past its trust the first answer is not used; the search waits for a fresh one.
    const next = cache.of('operational');
    expect(await settledNow(next)).toBe(false);
    expect(asked).toHaveLength(3);
    slow.resolve(answer(2));
    expect(await missing(next)).toBe('field-2');
    cache.close();
  });

  it('stops asking ahead once a family has not been used for a while', async () => {
    const { cache, asked } = cacheOver();
    await cache.of('operational');
    await vi.advanceTimersByTimeAsync(KEEP_FRESH_AFTER_USE_MS + 5 * TTL_MS);
    const asksWhileIdle = asked.length;
    await vi.advanceTimersByTimeAsync(10 * TTL_MS);
    expect(asked).toHaveLength(asksWhileIdle);
    expect(asksWhileIdle).toBeLessThanOrEqual(Math.ceil(KEEP_FRESH_AFTER_USE_MS / (0.75 * TTL_MS)) + 2);
    // The next search after so long waits for the mapping, as the first one did.
    const next = cache.of('operational');
    expect(await settledNow(next)).toBe(true);
    expect(asked).toHaveLength(asksWhileIdle + 1);
  });

  it('keeps the trusted answer when a background ask fails, and reports the failure once it has expired', async () => {
    const { cache, asked } = cacheOver((n) =>
      n === 1 ? Promise.resolve(answer(1)) : Promise.reject(new Error('cluster unreachable')),
    );
    await cache.of('operational');
    await vi.advanceTimersByTimeAsync(TTL_MS * 0.9);
    expect(asked).toHaveLength(2);
    expect(await missing(cache.of('operational'))).toBe('field-1');
    await vi.advanceTimersByTimeAsync(TTL_MS * 0.2);
    await expect(cache.of('operational')).rejects.toThrow('cluster unreachable');
    // A failure is not kept: the next caller asks again.
    await expect(cache.of('operational')).rejects.toThrow('cluster unreachable');
    expect(asked).toHaveLength(4);
    cache.close();
  });

  it('asks nothing more once closed, nor for capabilities it was told to forget', async () => {
    const { cache, asked } = cacheOver();
    await cache.of('operational');
    await cache.of('activity');
    cache.clear();
    await vi.advanceTimersByTimeAsync(5 * TTL_MS);
    expect(asked).toHaveLength(2);
    await cache.of('operational');
    cache.close();
    await vi.advanceTimersByTimeAsync(5 * TTL_MS);
    expect(asked).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
  });
});

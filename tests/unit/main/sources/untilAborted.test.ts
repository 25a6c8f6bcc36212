import { afterEach, describe, expect, it } from 'vitest';
import { untilAborted } from '../../../../src/main/sources/untilAborted';
import { deferred } from '../../support/deferred';

/** Rejections nobody handled, as the process reports them. */
function watchUnhandled(): { seen: unknown[]; stop: () => void } {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', record);
  return { seen, stop: () => process.off('unhandledRejection', record) };
}

const afterTurns = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('untilAborted', () => {
  let watch: ReturnType<typeof watchUnhandled> | null = null;
  afterEach(() => watch?.stop());

  it('answers what the shared request answers while the caller waits', async () => {
    const shared = deferred<string>();
    const answer = untilAborted(shared.promise, new AbortController().signal);
    shared.resolve('words');
    await expect(answer).resolves.toBe('words');
  });

  it('is CANCELLED for this caller at once, while the shared request goes on for others', async () => {
    const shared = deferred<string>();
    const caller = new AbortController();
    const mine = untilAborted(shared.promise, caller.signal);
    const other = untilAborted(shared.promise, new AbortController().signal);
    caller.abort();
    await expect(mine).rejects.toMatchObject({ code: 'CANCELLED' });
    shared.resolve('words');
    await expect(other).resolves.toBe('words');
  });

  it('leaves no failure unobserved when the caller had given up before asking', async () => {
    watch = watchUnhandled();
    const shared = deferred<string>();
    const caller = new AbortController();
    caller.abort();
    await expect(untilAborted(shared.promise, caller.signal)).rejects.toMatchObject({ code: 'CANCELLED' });
    // The shared request fails later (its source closed, say) with nobody else waiting on it.
    shared.reject(new Error('the source closed'));
    await afterTurns();
    expect(watch.seen).toEqual([]);
  });
});

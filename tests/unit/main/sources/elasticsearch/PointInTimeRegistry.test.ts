import { describe, expect, it } from 'vitest';
import { PointInTimeRegistry } from '../../../../../src/main/sources/elasticsearch/PointInTimeRegistry';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('PointInTimeRegistry', () => {
  it('holds an id behind a short handle and follows its refreshed id', () => {
    const time = clock();
    const registry = new PointInTimeRegistry(60_000, time.now);
    const { handle } = registry.add('pit-1'.repeat(200));
    expect(handle.length).toBeLessThan(20);
    registry.set(handle, 'pit-2');
    expect(registry.get(handle)).toBe('pit-2');
    expect(registry.take(handle)).toBe('pit-2');
    expect(registry.get(handle)).toBeUndefined();
  });

  it('forgets a point-in-time idle longer than its keep-alive', () => {
    const time = clock();
    const registry = new PointInTimeRegistry(60_000, time.now);
    const { handle } = registry.add('pit');
    time.advance(60_001);
    expect(registry.get(handle)).toBeUndefined();
  });

  it('evicts the least recently used when full, handing back their ids to close', () => {
    const time = clock();
    const registry = new PointInTimeRegistry(60_000, time.now, 2);
    const first = registry.add('a').handle;
    registry.add('b');
    registry.set(first, 'a2');
    const third = registry.add('c');
    expect(third.evicted).toEqual(['b']);
    expect(registry.get(first)).toBe('a2');
    expect(registry.takeAll().sort()).toEqual(['a2', 'c']);
  });
});

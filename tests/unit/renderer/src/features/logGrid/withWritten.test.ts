import { describe, expect, it } from 'vitest';
import { unreadNames } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { withWritten } from '../../../../../../src/renderer/src/features/logGrid/withWritten';

describe('unreadNames', () => {
  it('names each parameter once, and every one of a link that could not be used as a whole', () => {
    expect(
      unreadNames([
        { param: 'zzz', value: '1', reason: 'r' },
        { param: 'zzz', value: '2', reason: 'r' },
        { param: '(link)', value: 'a=1&b=2&a=3', reason: 'r' },
      ]),
    ).toEqual(['zzz', 'a', 'b']);
    expect(unreadNames([])).toEqual([]);
  });
});

describe('withWritten', () => {
  it('replaces the named parameters with every value the address wrote, in its order', () => {
    const written = new URLSearchParams('b=1&x=9&b=2&c=3');
    expect(withWritten(new URLSearchParams('a=1&b=5&x=8'), written, ['b', 'c']).toString()).toBe('a=1&x=8&b=1&b=2&c=3');
    expect(withWritten(new URLSearchParams('a=1'), written, []).toString()).toBe('a=1');
  });
});

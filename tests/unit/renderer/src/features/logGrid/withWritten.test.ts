import { describe, expect, it } from 'vitest';
import { queryToParams } from '../../../../../../src/renderer/src/features/logGrid/queryRoute';
import { readRoute, unreadNames } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { pagingToParams } from '../../../../../../src/renderer/src/features/logGrid/routePaging';
import { withWritten } from '../../../../../../src/renderer/src/features/logGrid/withWritten';

/** The address the logs page writes for a new page size, keeping what it could not read as written. */
function newPageSize(link: string, pageSize: 25 | 100): string {
  const written = new URLSearchParams(link);
  const { query, ignored, paging } = readRoute('operational', written);
  const next = pagingToParams({ mode: paging.mode, page: 1 }, queryToParams({ ...query, pageSize }));
  return withWritten(
    next,
    written,
    unreadNames(ignored).filter((name) => name !== 'size'),
  ).toString();
}

describe('a new page size while the link has problems', () => {
  it.each([
    ['zzz=1&action=delete', 'action=delete&size=100&zzz=1'],
    [
      'from=2026-02-30T00:00:00Z&to=2026-03-05T00:00:00Z',
      'to=2026-03-05T00%3A00%3A00Z&size=100&from=2026-02-30T00%3A00%3A00Z',
    ],
    ['action=delete&action=zzz', 'size=100&action=delete&action=zzz'],
    ['last=24h&from=2026-01-01T00:00:00Z', 'last=24h&size=100&from=2026-01-01T00%3A00%3A00Z'],
    ['q=a&q=b', 'size=100&q=a&q=b'],
    ['mode=pages&page=abc', 'size=100&mode=pages&page=abc'],
    // The page size the link gave wrong is the one chosen now.
    ['size=7&zzz=1', 'size=100&zzz=1'],
    ['size=7', 'size=100'],
  ])('%s keeps what could not be read: %s', (link, written) => {
    expect(newPageSize(link, 100)).toBe(written);
  });
});

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

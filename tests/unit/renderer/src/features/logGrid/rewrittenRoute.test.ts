import { describe, expect, it } from 'vitest';
import type { QueryOf } from '../../../../../../src/renderer/src/features/logGrid/gridFamily';
import { withFilter } from '../../../../../../src/renderer/src/features/logGrid/queryFilters';
import { readRoute } from '../../../../../../src/renderer/src/features/logGrid/readRoute';
import { rewrittenRoute, type RouteRewrite } from '../../../../../../src/renderer/src/features/logGrid/rewrittenRoute';

type Query = QueryOf<'operational'>;

/** The address the logs page writes when the operator changes the query it read from `link`. */
function rewrite(link: string, change: (query: Query) => Query, options?: RouteRewrite): string {
  const written = new URLSearchParams(link);
  const { query, paging } = readRoute('operational', written);
  return rewrittenRoute('operational', written, change(query), { mode: paging.mode, page: 1 }, options).toString();
}

const pageSize100 = (query: Query): Query => ({ ...query, pageSize: 100 });
const textX = (query: Query): Query => ({ ...query, text: 'x' });
const noAction = (query: Query): Query => withFilter(query, 'action', []);
const lastDay = (query: Query): Query => ({ ...query, timeRange: { kind: 'relative', last: '24h' } });
const unchanged = (query: Query): Query => query;

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
    expect(rewrite(link, pageSize100)).toBe(written);
  });
});

const removeRange = (query: Query): Query => ({ ...query, timeRange: undefined });

describe('a new query that leaves alone what the link gave wrong keeps it as written', () => {
  it.each([
    ['the same filters saved', 'action=delete&zzz=1', 'action=delete&zzz=1', unchanged],
    ['new text', 'action=delete&zzz=1', 'action=delete&q=x&zzz=1', textX],
    [
      'new text',
      'from=2026-02-30T00:00:00Z&to=2026-03-05T00:00:00Z',
      'q=x&to=2026-03-05T00%3A00%3A00Z&from=2026-02-30T00%3A00%3A00Z',
      textX,
    ],
    ['a filter removed', 'action=delete&sort=zzz', 'sort=zzz', noAction],
  ])('%s: %s gives %s', (_, link, written, change) => {
    expect(rewrite(link, change)).toBe(written);
  });
});

describe('a new query that sets what the link gave wrong replaces it', () => {
  it.each([
    ['new text', 'q=a&q=b&zzz=1', 'q=x&zzz=1', textX],
    ['a filter removed', 'action=delete&action=zzz&zzz=1', 'zzz=1', noAction],
    // The range is set as one: a new range replaces every bound the link gave.
    ['a new range', 'from=2026-02-30T00:00:00Z&to=2026-03-05T00:00:00Z&zzz=1', 'last=24h&zzz=1', lastDay],
    ['a new range', 'last=forever&from=2026-01-01T00:00:00Z', 'last=24h', lastDay],
    ['the range removed', 'last=24h&from=2026-01-01T00:00:00Z&zzz=1', 'zzz=1', removeRange],
  ])('%s: %s gives %s', (_, link, written, change) => {
    expect(rewrite(link, change)).toBe(written);
  });
});

describe('a rewrite that says how it treats the address', () => {
  it('drops all that could not be read when the link is shown without it', () => {
    expect(rewrite('action=delete&action=zzz&zzz=1&size=7', unchanged, { dropUnread: true })).toBe('action=delete');
  });

  it('keeps the parameters it names as written, whatever the new query gives them', () => {
    const link = 'from=2026-02-30T00:00:00Z&to=2026-03-05T00:00:00Z&gap=45&zzz=1';
    expect(rewrite(link, lastDay, { keepWritten: ['last', 'from', 'to'] })).toBe(
      'from=2026-02-30T00%3A00%3A00Z&to=2026-03-05T00%3A00%3A00Z&gap=45&zzz=1',
    );
  });
});

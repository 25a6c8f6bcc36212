import { describe, expect, it } from 'vitest';
import { LogQuery, type LogQueryInput } from '../../../src/shared/query/logQuery';
import {
  decodeCursor,
  encodeCursor,
  hashQuery,
  readCursor,
  type LogCursor,
} from '../../../src/main/sources/elasticsearch/logCursor';

const query = (input: Partial<LogQueryInput> = {}) => LogQuery.parse({ family: 'operational', ...input });
const hash = hashQuery(query({ filters: { action: ['create'] } }), null);
const cursor: LogCursor = {
  v: 1,
  family: 'operational',
  handle: 'h1',
  after: [1735689840000, 'd19'],
  nowMs: 1735689900000,
  fromMs: null,
  toMs: null,
  total: { value: 10_000, relation: 'gte' },
  queryHash: hash,
};

describe('log cursor', () => {
  it('round-trips as an opaque base64url string', () => {
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded, 'operational', hash)).toEqual(cursor);
  });

  it('keeps a null sort value (a row missing the sort field)', () => {
    const encoded = encodeCursor({ ...cursor, after: [null, 'd03'] });
    expect(readCursor(encoded).after).toEqual([null, 'd03']);
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['JSON of another shape', Buffer.from('{"v":2}').toString('base64url')],
    ['an empty string', ''],
  ])('refuses %s as BAD_REQUEST on the cursor field', (_, encoded) => {
    expect(() => decodeCursor(encoded, 'operational', hash)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', field: 'cursor' }),
    );
  });

  it('refuses a cursor replayed with another query or family', () => {
    const encoded = encodeCursor(cursor);
    const other = hashQuery(query({ filters: { action: ['delete'] } }), null);
    expect(() => decodeCursor(encoded, 'operational', other)).toThrow(/different query/);
    expect(() => decodeCursor(encoded, 'activity', hash)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});

describe('hashQuery', () => {
  const base = query({ filters: { action: ['create', 'update'], status: ['error'] }, text: 'Huntli failed' });

  it.each<[string, LogQuery, readonly string[] | null]>([
    [
      'filter values in another order',
      query({ filters: { status: ['error'], action: ['update', 'create'] }, text: 'Huntli failed' }),
      null,
    ],
    [
      'text differing only in case and punctuation',
      query({ filters: { action: ['create', 'update'], status: ['error'] }, text: 'huntli, FAILED' }),
      null,
    ],
    ['another page size and a cursor', { ...base, pageSize: 100, cursor: 'x' }, null],
  ])('is the same for %s', (_, other, scope) => {
    expect(hashQuery(other, scope)).toBe(hashQuery(base, null));
  });

  it.each<[string, LogQuery, readonly string[] | null]>([
    [
      'another filter value',
      query({ filters: { action: ['create'], status: ['error'] }, text: 'Huntli failed' }),
      null,
    ],
    ['another text', query({ filters: { action: ['create', 'update'], status: ['error'] }, text: 'Huntli' }), null],
    [
      'another sort',
      query({
        filters: { action: ['create', 'update'], status: ['error'] },
        text: 'Huntli failed',
        sort: { field: 'created', direction: 'asc' },
      }),
      null,
    ],
    ['a time range', { ...base, timeRange: { kind: 'relative', last: '24h' } }, null],
    ['a scope', base, ['c1']],
  ])('differs for %s', (_, other, scope) => {
    expect(hashQuery(other, scope)).not.toBe(hashQuery(base, null));
  });
});

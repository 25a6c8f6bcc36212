import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CursorEnvelope, queryFingerprint, type CursorBinding } from '../../../../src/main/sources/cursorEnvelope';
import { LogQuery, type LogQueryInput } from '../../../../src/shared/query/logQuery';

const Body = z.object({ after: z.array(z.string()), total: z.number() }).strict();
const body = { after: ['d19'], total: 42 };
type OperationalInput = Partial<Extract<LogQueryInput, { family: 'operational' }>>;
const query = (input: OperationalInput = {}) => LogQuery.parse({ family: 'operational', ...input });
const binding: CursorBinding = {
  source: 'elasticsearch',
  family: 'operational',
  operatorId: 'ann',
  fingerprint: queryFingerprint(query({ filters: { action: ['create'] } }), null),
};

/** Flips one bit of the sealed part of a cursor, as a renderer trying to change what it holds could. */
function flip(cursor: string, at: number): string {
  const [iv = '', sealed = ''] = cursor.split('.');
  const bytes = Buffer.from(sealed, 'base64url');
  bytes[at] = (bytes[at] ?? 0) ^ 1;
  return `${iv}.${bytes.toString('base64url')}`;
}

describe('the cursor envelope', () => {
  const envelope = new CursorEnvelope();

  it('round-trips a position as an opaque url-safe string', () => {
    const cursor = envelope.seal(body, binding);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(envelope.open(cursor, Body, binding)).toEqual(body);
  });

  it('holds nothing a renderer can read: no sort value, total or operator in the clear', () => {
    const cursor = envelope.seal({ after: ['Dana Whitfield 4539578763621486'], total: 42 }, binding);
    for (const part of cursor.split('.')) {
      const decoded = Buffer.from(part, 'base64url').toString('latin1');
      expect(decoded).not.toMatch(/4539|Dana|ann|total/);
    }
  });

  it.each([0, 5, 30, -1])('refuses a cursor with a bit changed at byte %i', (at) => {
    const cursor = envelope.seal(body, binding);
    const length = Buffer.from(cursor.split('.')[1] ?? '', 'base64url').length;
    const forged = flip(cursor, at < 0 ? length + at : at);
    expect(() => envelope.open(forged, Body, binding)).toThrow(
      expect.objectContaining({
        code: 'BAD_REQUEST',
        field: 'cursor',
        message: expect.stringMatching(/not one this data source issued/),
      }),
    );
  });

  it('refuses a cursor signed with another key (another process, before a restart)', () => {
    const cursor = new CursorEnvelope(randomBytes(32)).seal(body, binding);
    expect(() => envelope.open(cursor, Body, binding)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });

  it.each<[string, Partial<CursorBinding>, string]>([
    ['another operator', { operatorId: 'bob' }, 'FORBIDDEN'],
    ['a caller with no operator', { operatorId: null }, 'FORBIDDEN'],
    [
      'another query',
      { fingerprint: queryFingerprint(query({ filters: { action: ['delete'] } }), null) },
      'BAD_REQUEST',
    ],
    [
      'the same query in another scope',
      { fingerprint: queryFingerprint(query({ filters: { action: ['create'] } }), ['c1']) },
      'BAD_REQUEST',
    ],
    ['the other family', { family: 'activity' }, 'BAD_REQUEST'],
    ['the other engine', { source: 'embedded' }, 'BAD_REQUEST'],
  ])('refuses a genuine cursor presented by %s', (_, change, code) => {
    const cursor = envelope.seal(body, binding);
    expect(() => envelope.open(cursor, Body, { ...binding, ...change })).toThrow(expect.objectContaining({ code }));
  });

  it('lets a release through without the query, but not for another operator', () => {
    const cursor = envelope.seal(body, binding);
    const issuedTo = { source: binding.source, family: binding.family, operatorId: binding.operatorId };
    expect(envelope.openForRelease(cursor, Body, issuedTo)).toEqual(body);
    expect(() => envelope.openForRelease(cursor, Body, { ...issuedTo, operatorId: 'bob' })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it.each(['', '!!!', 'abc', 'abc.def.ghi', `${Buffer.from('{"v":2}').toString('base64url')}.x`])(
    'refuses the malformed cursor %j',
    (cursor) => {
      expect(() => envelope.open(cursor, Body, binding)).toThrow(
        expect.objectContaining({ code: 'BAD_REQUEST', field: 'cursor' }),
      );
    },
  );

  it('refuses a signed envelope whose position the engine cannot read', () => {
    const cursor = envelope.seal({ after: 'not a list' }, binding);
    expect(() => envelope.open(cursor, Body, binding)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});

describe('queryFingerprint', () => {
  const baseInput: OperationalInput = {
    filters: { action: ['create', 'update'], status: ['error'] },
    text: 'Huntli failed',
  };
  const base = query(baseInput);

  it.each<[string, LogQuery]>([
    [
      'filter values in another order, repeated',
      query({ filters: { status: ['error'], action: ['update', 'create', 'update'] }, text: 'Huntli failed' }),
    ],
    [
      'text differing only in case and punctuation',
      query({ filters: { action: ['create', 'update'], status: ['error'] }, text: 'huntli, FAILED' }),
    ],
    ['another page size and a cursor', query({ ...baseInput, pageSize: 100, cursor: 'x' })],
  ])('is the same for %s', (_, other) => {
    expect(queryFingerprint(other, null)).toBe(queryFingerprint(base, null));
  });

  it('is the same for one instant written with an offset and in UTC', () => {
    const offset = query({ timeRange: { kind: 'absolute', from: '2026-03-01T10:00:00+05:00' } });
    const utc = query({ timeRange: { kind: 'absolute', from: '2026-03-01T05:00:00Z' } });
    expect(queryFingerprint(offset, null)).toBe(queryFingerprint(utc, null));
  });

  it.each<[string, LogQuery, readonly string[] | null]>([
    [
      'another filter value',
      query({ filters: { action: ['create'], status: ['error'] }, text: 'Huntli failed' }),
      null,
    ],
    ['another text', query({ filters: { action: ['create', 'update'], status: ['error'] }, text: 'Huntli' }), null],
    ['another sort', query({ ...baseInput, sort: { field: 'created', direction: 'asc' } }), null],
    ['a time range', query({ ...baseInput, timeRange: { kind: 'relative', last: '24h' } }), null],
    [
      'another instant',
      query({ ...baseInput, timeRange: { kind: 'absolute', from: '2026-03-01T10:00:00+04:00' } }),
      null,
    ],
    ['a scope', base, ['c1']],
  ])('differs for %s', (_, other, scope) => {
    expect(queryFingerprint(other, scope)).not.toBe(queryFingerprint(base, null));
  });
});

import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, queryFingerprint } from '../../../src/main/sources/embedded/embeddedCursor';
import { textWords, wordIndexOf } from '../../../src/main/sources/embedded/textWords';
import { LogQuery, type LogQueryInput } from '../../../src/shared/query/logQuery';

const parse = (input: LogQueryInput) => LogQuery.parse(input);

describe('embedded cursor', () => {
  const query = parse({ family: 'operational', filters: { action: ['get'] }, text: 'wallet' });
  const position = {
    value: 'Ann',
    id: 'op1',
    nowMs: 1_700_000_000_000,
    total: { value: 12, relation: 'eq' as const },
    query: queryFingerprint(query),
  };

  it('round-trips as opaque base64url', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, query)).toEqual(position);
  });

  it.each<[string, LogQueryInput]>([
    ['another filter value', { family: 'operational', filters: { action: ['create'] }, text: 'wallet' }],
    ['another text', { family: 'operational', filters: { action: ['get'] }, text: 'wallets' }],
    [
      'another sort',
      {
        family: 'operational',
        filters: { action: ['get'] },
        text: 'wallet',
        sort: { field: 'created', direction: 'asc' },
      },
    ],
    [
      'another range',
      {
        family: 'operational',
        filters: { action: ['get'] },
        text: 'wallet',
        timeRange: { kind: 'relative', last: '1h' },
      },
    ],
    ['another family', { family: 'activity', text: 'wallet' }],
  ])('is refused for %s', (_name, other) => {
    expect(() => decodeCursor(encodeCursor(position), parse(other))).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', field: 'cursor' }),
    );
  });

  it.each<[string, LogQueryInput]>([
    [
      'the same words typed differently',
      { family: 'operational', filters: { action: ['get', 'get'] }, text: ' WALLET ' },
    ],
    ['another page size', { family: 'operational', filters: { action: ['get'] }, text: 'wallet', pageSize: 100 }],
  ])('is accepted for %s', (_name, same) => {
    expect(decodeCursor(encodeCursor(position), parse(same)).id).toBe('op1');
  });

  it('treats one instant written in two zones as the same range', () => {
    const utc = parse({ family: 'activity', timeRange: { kind: 'absolute', from: '2024-03-01T00:00:00Z' } });
    const paris = parse({ family: 'activity', timeRange: { kind: 'absolute', from: '2024-03-01T01:00:00+01:00' } });
    expect(queryFingerprint(utc)).toBe(queryFingerprint(paris));
  });

  it.each([
    '',
    'not base64!',
    Buffer.from('{"v":2}').toString('base64url'),
    Buffer.from('[1,2]').toString('base64url'),
  ])('refuses the malformed cursor %j', (cursor) => {
    expect(() => decodeCursor(cursor, query)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });
});

describe('textWords: lowercased runs of letters and digits', () => {
  it.each<[string | null, string[]]>([
    ['Sending transaction to Huntli', ['sending', 'transaction', 'to', 'huntli']],
    ['{"code":"E_TIMEOUT","status":504}', ['code', 'e', 'timeout', 'status', '504']],
    ['e-mail  3.14 client_id', ['e', 'mail', '3', '14', 'client', 'id']],
    [
      "at PaymentService.send (/srv/payments.js:88:13) don't",
      ['at', 'paymentservice', 'send', 'srv', 'payments', 'js', '88', '13', 'don', 't'],
    ],
    ['Émile ÖZ naïve 東京', ['émile', 'öz', 'naïve', '東京']],
    ['', []],
    [null, []],
    ['-- .. 👍', []],
  ])('splits %j', (text, words) => {
    expect(textWords(text)).toEqual(words);
  });

  it('indexes the distinct words of several fields between spaces', () => {
    expect(wordIndexOf('Wallet frozen', null, 'wallet FROZEN again')).toBe(' wallet frozen again ');
    expect(wordIndexOf(null, '')).toBe(' ');
  });
});

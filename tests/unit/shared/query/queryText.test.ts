import { describe, expect, it } from 'vitest';
import { LogQuery } from '../../../../src/shared/query/logQuery';
import { queryText } from '../../../../src/shared/query/queryText';

describe('queryText: the search text a query holds, none when it shows nothing and holds no word', () => {
  it.each<[string | null | undefined, string | undefined]>([
    [undefined, undefined],
    [null, undefined],
    ['', undefined],
    ['   ', undefined],
    ['\t\n', undefined],
    ['\u00A0\u00A0', undefined],
    ['\u202F', undefined],
    ['\u3000\u3000', undefined],
    ['\u200B', undefined],
    ['\uFEFF', undefined],
    [' \u200B\u2060 \u00AD ', undefined],
    [' refund ', 'refund'],
    ['\u00A0refund\u3000', 'refund'],
    ['zero\u200Bwidth', 'zero\u200Bwidth'],
    // Punctuation shows: kept, for the chip to say it searches for nothing.
    ['---', '---'],
    // A direction control is kept, for the search text rule to refuse by name.
    ['\u202E', '\u202E'],
    [' \u202E ', '\u202E'],
  ])('%j holds %j', (text, held) => {
    expect(queryText(text)).toBe(held);
  });

  it.each(['   ', '\u00A0', '\u3000', '\u200B', '\uFEFF'])(
    'a query given %j holds no text, as every view keeps it',
    (text) => {
      for (const family of ['operational', 'activity'] as const) {
        expect(LogQuery.parse({ family, text }).text, family).toBeUndefined();
      }
    },
  );

  it('a query keeps searched text, less the spaces around it', () => {
    expect(LogQuery.parse({ family: 'operational', text: '  refund  ' }).text).toBe('refund');
  });
});

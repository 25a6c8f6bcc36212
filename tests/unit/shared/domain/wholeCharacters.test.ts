import { describe, expect, it } from 'vitest';
import { countWholeCharacters, wholeCharacters } from '../../../../src/shared/domain/wholeCharacters';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const segmentedAtOnce = (text: string): string[] => [...segmenter.segment(text)].map(({ segment }) => segment);

/** Characters of many shapes, so some straddle every place a window of the text could end. */
const MIXED = 'ab👩‍👩‍👧🇫🇷🇩🇪🇺🇸é\u0301\u0301\r\nx\u200Bz😀a\u0301b\u200Dc👍🏽漢字 привет';

describe('wholeCharacters: a text read a window at a time, as the segmenter reads it at once', () => {
  it.each([
    ['plain text', 'x'.repeat(1000)],
    ['characters of many shapes, repeated past many windows', MIXED.repeat(40)],
    ['the same, from every offset within one repeat', MIXED.repeat(8).slice(7)],
    ['one character longer than a window: a letter with a thousand accents', `a${'\u0301'.repeat(1000)}b`],
    ['flags past a window, each pair whole', `x${'🇫🇷'.repeat(300)}`],
    ['nothing', ''],
  ])('%s', (_what, text) => {
    const expected = segmentedAtOnce(text);
    expect([...wholeCharacters(text)]).toEqual(expected);
    expect(countWholeCharacters(text)).toBe(expected.length);
  });

  it('the same characters whatever text comes before them', () => {
    const text = MIXED.repeat(12);
    for (let offset = 0; offset < MIXED.length; offset += 1) {
      expect([...wholeCharacters(text.slice(offset))]).toEqual(segmentedAtOnce(text.slice(offset)));
    }
  });
});

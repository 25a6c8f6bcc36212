import { describe, expect, it } from 'vitest';
import { cutAtWholeCharacter } from '../../../../../src/renderer/src/format/cutAtWholeCharacter';

describe('cutAtWholeCharacter: the start of a text, never half a character', () => {
  it.each([
    ['plain text cut where asked', 'abcdef', 3, 'abc'],
    ['text shorter than the cut, kept whole', 'ab', 5, 'ab'],
    ['nothing asked, nothing kept', 'abc', 0, ''],
    ['an emoji the cut would halve, left out whole', 'ab😀cd', 3, 'ab'],
    ['an emoji the cut ends after, kept whole', 'ab😀cd', 4, 'ab😀'],
    ['an emoji first, halved by a cut of one unit, left out', '😀x', 1, ''],
    ['two emoji, the second halved, the first kept', '😀😀', 3, '😀'],
    ['a flag the cut would halve, left out whole', 'ab🇫🇷', 4, 'ab'],
    ['a letter whose accent the cut would leave out, left out with it', 'cafe\u0301s', 4, 'caf'],
    ['a family the cut would break at a joiner, left out whole', 'a👩‍👧', 4, 'a'],
  ])('%s', (_what, text, units, start) => {
    expect(cutAtWholeCharacter(text, units)).toBe(start);
  });
});

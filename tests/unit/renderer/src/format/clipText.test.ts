import { describe, expect, it } from 'vitest';
import { clipText } from '../../../../../src/renderer/src/format/clipText';

const FAMILY = '👩‍👩‍👧';
const FLAG = '🇵🇹';
const THUMB = '👍🏽';
/** "é" as a letter and its combining accent: two code points, one character. */
const E_ACUTE = 'e\u0301';
const RLO = '\u202E';

describe('clipText: text from the data as a short form shows it', () => {
  it.each([
    ['a short text, whole', 'Client 42', 10, 'Client 42'],
    ['a text of exactly the length, whole', 'x'.repeat(10), 10, 'x'.repeat(10)],
    ['a text one longer, cut with its "…"', 'x'.repeat(11), 10, `${'x'.repeat(9)}…`],
    ['family emoji that fit, each one character', FAMILY.repeat(10), 10, FAMILY.repeat(10)],
    ['family emoji past the length, cut between them', FAMILY.repeat(11), 10, `${FAMILY.repeat(9)}…`],
    ['flags, each one character', `ab${FLAG.repeat(8)}`, 10, `ab${FLAG.repeat(8)}`],
    ['flags past the length, never halved', `a${FLAG.repeat(10)}`, 10, `a${FLAG.repeat(8)}…`],
    ['a skin tone kept with its emoji', `${'x'.repeat(8)}${THUMB}${THUMB}`, 10, `${'x'.repeat(8)}${THUMB}${THUMB}`],
    ['a cut after an emoji, its skin tone with it', `${'x'.repeat(8)}${THUMB}yz`, 10, `${'x'.repeat(8)}${THUMB}…`],
    ['letters with combining accents, each one character', E_ACUTE.repeat(10), 10, E_ACUTE.repeat(10)],
    [
      'a cut never parting an accent from its letter',
      `${'x'.repeat(8)}${E_ACUTE.repeat(3)}`,
      10,
      `${'x'.repeat(8)}${E_ACUTE}…`,
    ],
  ])('shows %s', (_, text, max, shown) => {
    expect(clipText(text, max)).toBe(shown);
  });

  it('names a hidden character, counts its name as one character, and never halves it', () => {
    expect(clipText(`ab${RLO}cd`, 5)).toBe('ab⟨U+202E⟩cd');
    expect(clipText(`ab${RLO}cde`, 5)).toBe('ab⟨U+202E⟩c…');
    expect(clipText(`abc${RLO}de`, 4)).toBe('abc…');
  });

  it('keeps tabs and line ends when the text has lines, and names them when not', () => {
    expect(clipText('one\ntwo', 7, { lines: true })).toBe('one\ntwo');
    expect(clipText('one\ntwo', 7)).toBe('one⟨U+000A⟩two');
  });
});

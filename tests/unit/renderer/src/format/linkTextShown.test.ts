import { describe, expect, it } from 'vitest';
import { linkTextShown } from '../../../../../src/renderer/src/format/linkTextShown';

const FAMILY = '👩‍👩‍👧';
const RLO = '\u202E';
const ZWSP = '\u200B';

describe('linkTextShown: a name or value from a link as a notice quotes it', () => {
  it.each([
    ['a short name, whole', 'sessions', 'sessions'],
    ['a value of exactly the length, whole', 'x'.repeat(80), 'x'.repeat(80)],
    ['a value one longer, cut with its length', 'x'.repeat(81), `${'x'.repeat(79)}… (81 characters)`],
    ['a pasted page, cut with its length', 'x'.repeat(5000), `${'x'.repeat(79)}… (5,000 characters)`],
    ['a right-to-left override, named', `${RLO}keys`, '⟨U+202E⟩keys'],
    ['an emoji, one character', `${'x'.repeat(79)}😀${'x'.repeat(10)}`, `${'x'.repeat(79)}… (90 characters)`],
  ])('shows %s', (_, text, shown) => {
    expect(linkTextShown(text)).toBe(shown);
  });

  it('cuts 5,000 composed emoji by whole characters, names the hidden ones at the cut and counts them as one each', () => {
    const text = `${FAMILY.repeat(78)}${RLO}${ZWSP}${FAMILY.repeat(4_920)}`;
    expect(linkTextShown(text)).toBe(`${FAMILY.repeat(78)}⟨U+202E⟩… (5,000 characters)`);
  });
});

import { describe, expect, it } from 'vitest';
import { linkTextShown } from '../../../../../src/renderer/src/format/linkTextShown';

describe('linkTextShown: a name or value from a link as a notice quotes it', () => {
  it.each([
    ['sessions', 'sessions'],
    ['x'.repeat(80), 'x'.repeat(80)],
    ['x'.repeat(81), `${'x'.repeat(80)}… (81 characters)`],
    ['x'.repeat(5000), `${'x'.repeat(80)}… (5,000 characters)`],
    ['\u202Ekeys', '⟨U+202E⟩keys'],
    [`${'x'.repeat(79)}😀${'x'.repeat(10)}`, `${'x'.repeat(79)}… (91 characters)`],
  ])('%s', (text, shown) => {
    expect(linkTextShown(text)).toBe(shown);
  });
});

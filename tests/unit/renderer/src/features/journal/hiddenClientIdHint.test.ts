import { describe, expect, it } from 'vitest';
import { hiddenClientIdHint, hiddenTextHint } from '../../../../../../src/renderer/src/features/journal/hiddenTextHint';

describe('the client id field names the characters of the id that cannot be seen', () => {
  it.each([
    ['an id without one', 'client-7', undefined],
    ['an empty field', '', undefined],
    [
      'a right-to-left override',
      'c-\u202E77',
      'This client id holds U+202E, a character that cannot be seen: it reads c-⟨U+202E⟩77.',
    ],
    [
      'a zero-width space, typed with spaces around the id',
      ' ad\u200Bmin ',
      'This client id holds U+200B, a character that cannot be seen: it reads ad⟨U+200B⟩min.',
    ],
    [
      'several, each once',
      '\u202Eevil\u200Bx\u200B',
      'This client id holds U+202E and U+200B, characters that cannot be seen: it reads ⟨U+202E⟩evil⟨U+200B⟩x⟨U+200B⟩.',
    ],
  ])('%s', (_, clientId, hint) => {
    expect(hiddenClientIdHint(clientId)).toBe(hint);
  });
});

describe('the operator and channel fields read back what they hold, each hidden character named', () => {
  it.each([
    ['operator', 'ivy', undefined],
    // Shown as typed, the override makes the field read "live".
    ['operator', '\u202Eevil', 'This operator holds U+202E, a character that cannot be seen: it reads ⟨U+202E⟩evil.'],
    [
      'channel',
      'logs/\u200Bsearch',
      'This channel holds U+200B, a character that cannot be seen: it reads logs/⟨U+200B⟩search.',
    ],
  ])('the %s %j', (field, text, hint) => {
    expect(hiddenTextHint(field, text)).toBe(hint);
  });
});

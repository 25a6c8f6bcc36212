import { describe, expect, it } from 'vitest';
import { foldLookAlikes } from '../../../../src/shared/domain/lookAlikeLetters';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { isSecretKey } from '../../../../src/shared/domain/secretKeys';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

/** Key names spelled with Cyrillic or Greek letters drawn like Latin ones. */

describe('a secret key spelled with look-alike letters', () => {
  it.each([
    ['Cyrillic р and а', 'раssword'],
    ['a Greek ο', 'tοken'],
    ['Cyrillic capitals', 'АРI_KЕY'],
  ])('is a secret key: %s', (_name, key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each([
    ['key=value', 'login раssword=Hunter22', 'login раssword=[redacted: password]'],
    ['a JSON fragment', '{"sеcrеt":"abc"}', '{"sеcrеt":"[redacted: secret]"}'],
    ['markup', '<tοken>abc</tοken>', '<tοken>[redacted: token]</tοken>'],
  ])('has its value withheld in %s', (_name, text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it('keeps every character at its place and leaves other letters alone', () => {
    expect(foldLookAlikes('раssword Пароль λ')).toBe('password Пapoль λ');
    expect(foldLookAlikes('plain')).toBe('plain');
  });

  it.each(['Клиент сменил пароль', 'Ο πελάτης άλλαξε κωδικό', 'статус: ОК'])('leaves %s readable', (text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });
});

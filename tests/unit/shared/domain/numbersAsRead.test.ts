import { describe, expect, it } from 'vitest';
import { numbersAsRead } from '../../../../src/shared/domain/numbersAsRead';

describe('a text as a reader takes its numbers', () => {
  it.each([
    ['plain ASCII, as it is', 'card 4111-1111 ok', 'card 4111-1111 ok'],
    ['full-width digits, letters and signs as ASCII', 'ＤＥ８９＋１－２．３', 'DE89+1-2.3'],
    ['Arabic-Indic, Persian and Devanagari digits as ASCII', '٤١ ۴۱ ४१', '41 41 41'],
    ['digits outside the basic plane as ASCII', '𝟒𝟏𝟗', '419'],
    ['locale spaces and dashes as the plain ones', '1\u202F2\u00A03\u30004\u20135\u22126', '1 2 3 4-5-6'],
    ['without its invisible characters', '4\u200B1\u00AD1\u20601\uFEFF1\u200C1\u200D', '411111'],
    ['superscript, subscript and circled digits as ASCII', '⁴¹ ₄₁ ④① ❹❶ ➃➀ ⓪', '41 41 41 41 41 0'],
    ['without the marks that combine onto a digit', '4\u0301 4\uFE0F\u20E3', '4 4'],
    [
      'every space separator, dash and raised dot as the plain one',
      '1\u16802\u28003\u20144\uFE635\u00B76\u30FB7',
      '1 2 3-4-5.6.7',
    ],
  ])('reads %s', (_name, text, read) => {
    expect(numbersAsRead(text).text).toBe(read);
  });

  it('gives a place back in the text, with the invisible characters inside it and none around it', () => {
    const text = 'a \u200B4\u200B\u00AD2\u200B b';
    const reading = numbersAsRead(text);
    expect(reading.text).toBe('a 42 b');
    expect(reading.placeInText(2, 4)).toEqual({ start: 3, end: 7 });
    expect(text.slice(3, 7)).toBe('4\u200B\u00AD2');
  });

  it('says where characters that take no room stood, between read characters', () => {
    const reading = numbersAsRead('\u200Bab\u2060c4\u00ADd');
    expect(reading.text).toBe('abc4d');
    expect([0, 1, 2, 3, 4, 5].map((index) => reading.hiddenBefore(index))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(numbersAsRead('abc').hiddenBefore(1)).toBe(false);
  });

  it('reads a digit with the marks on it as the digit, its place covering the marks', () => {
    const reading = numbersAsRead('a 4\u0301\u0323 b');
    expect(reading.text).toBe('a 4 b');
    expect(reading.placeInText(2, 3)).toEqual({ start: 2, end: 5 });
    expect(reading.hiddenBefore(3)).toBe(false);
    expect(numbersAsRead('e\u0301').text).toBe('e\u0301');
  });

  it('gives back the place of a character outside the basic plane whole, kept or read', () => {
    const text = '😀 𝟒𝟏 x';
    const reading = numbersAsRead(text);
    expect(reading.text).toBe('😀 41 x');
    expect(reading.placeInText(3, 5)).toEqual({ start: 3, end: 7 });
    expect(reading.placeInText(0, 2)).toEqual({ start: 0, end: 2 });
  });
});

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

  it('gives back the place of a character outside the basic plane whole, kept or read', () => {
    const text = '😀 𝟒𝟏 x';
    const reading = numbersAsRead(text);
    expect(reading.text).toBe('😀 41 x');
    expect(reading.placeInText(3, 5)).toEqual({ start: 3, end: 7 });
    expect(reading.placeInText(0, 2)).toEqual({ start: 0, end: 2 });
  });
});

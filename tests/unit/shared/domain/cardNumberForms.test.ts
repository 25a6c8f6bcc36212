import { describe, expect, it } from 'vitest';
import { findCardNumbers } from '../../../../src/shared/domain/cardNumbers';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

const CARD = '4111111111111111';
/** The card's digits written one by one in another form, from the form's zero or one upwards. */
const inForm = (zeroOrOne: readonly string[], first: 0 | 1) =>
  CARD.split('')
    .map((digit) => zeroOrOne[Number(digit) - first] ?? digit)
    .join('');
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const SUBSCRIPT = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉'];
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];
const NEGATIVE_CIRCLED = ['❶', '❷', '❸', '❹', '❺', '❻', '❼', '❽', '❾'];
const grouped = (separator: string) => ['4111', '1111', '1111', '1111'].join(separator);

describe('a card number after a plus, longer than any phone number', () => {
  it.each([
    ['a Visa card right after a plus', '+', CARD, '1111'],
    ['a Mastercard card right after a plus', '+', '5555555555554444', '4444'],
    ['a 19-digit Visa card right after a plus', '+', '4111111111111111110', '1110'],
    ['a card after a plus and a zero-width space', '+\u200B', CARD, '1111'],
    ['a card after a plus, grouped', '+', grouped(' '), '1111'],
  ])('is found: %s', (_name, plus, card, lastFour) => {
    const text = `call ${plus}${card} now`;
    expect(findCardNumbers(text)).toEqual([{ start: 5 + plus.length, end: 5 + plus.length + card.length, lastFour }]);
    expect(maskSensitiveText(text)).toBe(`call ${plus}[redacted: card •••• ${lastFour}] now`);
  });

  it('is found when an invisible character stands after the plus, even at a phone number’s length', () => {
    expect(maskSensitiveText('call +\u200B4222222222222 now')).toBe('call +\u200B[redacted: card •••• 2222] now');
  });

  it.each([
    ['a German mobile number', 'tel +4915112345678'],
    ['a UK number', 'tel +442071838750'],
    ['a grouped international number', 'tel +49 1511 2345 6789'],
    ['a 13-digit number that would pass as a Visa card, at a phone number’s length', 'tel +4222222222222'],
    ['a 15-digit international number', 'tel +491511234567890'],
  ])('leaves %s readable', (_name, text) => {
    expect(findCardNumbers(text)).toEqual([]);
    expect(maskSensitiveText(text)).toBe(text);
  });
});

describe('a card number glued to letters through an invisible character', () => {
  it.each([
    ['hex letters before it, through a zero-width space', `abc\u200B${CARD}`],
    ['hex letters after it, through a word joiner', `${CARD}\u2060abc`],
    ['hex letters on both sides, split inside the number', 'ab4111\u200B111111111111cd'],
    ['a hex letter before it, through a combining accent', `a\u0301${CARD}`],
  ])('is found: %s', (_name, text) => {
    expect(findCardNumbers(`id ${text}`)).toHaveLength(1);
    expect(maskSensitiveText(`id ${text}`)).toContain('[redacted: card •••• 1111]');
  });

  it.each([
    ['an ObjectId holding a card’s digits', 'id 5f1d7a3c4111111111111111 saved'],
    ['a SHA-1 holding a card’s digits', 'sha c0ffee4111111111111111deadbeefcafe012345'],
    ['an upper-case hash holding a card’s digits', 'sha C0FFEE4111111111111111DEADBEEF'],
    ['a hex id holding a card’s digits', 'id ab4111111111111111cd'],
  ])('leaves %s readable', (_name, text) => {
    expect(findSecretSpans(text)).toEqual([]);
  });
});

describe('a card number in digit forms and separators a reader reads as one', () => {
  it.each([
    ['superscript digits', inForm(SUPERSCRIPT, 0)],
    ['subscript digits', inForm(SUBSCRIPT, 0)],
    ['circled digits', inForm(CIRCLED, 1)],
    ['negative circled digits', inForm(NEGATIVE_CIRCLED, 1)],
    ['keycap digits', CARD.split('').join('\uFE0F\u20E3') + '\uFE0F\u20E3'],
    ['mathematical bold digits', CARD.replace(/\d/g, (digit) => String.fromCodePoint(0x1d7ce + Number(digit)))],
    ['a combining accent on its first digit', `4\u0301${CARD.slice(1)}`],
    ['slashes', grouped('/')],
    ['underscores', grouped('_')],
    ['em dashes', grouped('\u2014')],
    ['small hyphen-minus signs', grouped('\uFE63')],
    ['middle dots', grouped('\u00B7')],
    ['katakana middle dots', grouped('\u30FB')],
    ['Ogham space marks', grouped('\u1680')],
    ['blank Braille patterns', grouped('\u2800')],
    ['double spaces, as a fixed-width column spaces them', grouped('  ')],
    ['three spaces', grouped('   ')],
    ['spaced dashes', grouped(' - ')],
    ['spaced slashes', grouped(' / ')],
  ])('is found in %s', (_name, card) => {
    const text = `card ${card} ok`;
    expect(maskSensitiveText(text)).toMatch(/^card \[redacted: card •••• 1111\]\S* ok$/);
  });

  it.each([
    ['a date with slashes', 'on 2026/12/07 at 07:10'],
    ['a date with underscores, in a file name', 'file report_2026_12_07_1733011200000.log'],
    ['a path of short numbers', 'GET /api/v1/clients/4111/orders/1111'],
    ['a path of numbers grouped unlike a card', 'GET /4111/1111/11111111'],
    ['footnotes and powers', 'see note¹ for 5 m² and 3 m³'],
    ['circled list markers', 'steps ① ② ③ ④'],
    ['an amount and a date with middle dots', '1·234·567 on 07·12·2026'],
    ['columns of counts far apart', 'rows 4111    1111    1111    1111'],
    ['a range of ids', 'ids 4111 - 4112 then 1111 - 1112'],
  ])('leaves %s readable', (_name, text) => {
    expect(findCardNumbers(text)).toEqual([]);
  });
});

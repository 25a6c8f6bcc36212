import { describe, expect, it } from 'vitest';
import { JournalSearchRequest } from '../../../../src/shared/contract/journalChannels';
import { findCardNumbers } from '../../../../src/shared/domain/cardNumbers';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';
import { searchTextSecretProblem } from '../../../../src/shared/query/searchTextSecret';

const CARD = '4111111111111111';
/** The card with `hidden` put in after `at` of its digits. */
const splitAt = (at: number, hidden: string) => CARD.slice(0, at) + hidden + CARD.slice(at);
const EVERY_PLACE = Array.from({ length: CARD.length - 1 }, (_, index) => index + 1);

describe('a card number split by an invisible character reads as the one number it shows', () => {
  it.each([
    ['a zero-width space after its first group', '4111\u200B111111111111'],
    ['a soft hyphen in its middle', '41111111\u00AD11111111'],
    ['a zero-width non-joiner', '411111\u200C1111111111'],
    ['a zero-width joiner', '4111111111\u200D111111'],
    ['a Mongolian vowel separator', '41\u180E11111111111111'],
    ['a zero-width space between every two digits', CARD.split('').join('\u200B')],
    ['invisible characters beside its group spaces', '4111 \u200B1111\u2060 1111 \uFEFF1111'],
  ])('is found with %s, its place covering every character printed', (_name, card) => {
    const text = `paid with ${card} today`;
    expect(findCardNumbers(text)).toEqual([{ start: 10, end: 10 + card.length, lastFour: '1111' }]);
    expect(maskSensitiveText(text)).toBe('paid with [redacted: card •••• 1111] today');
  });

  it.each(['\u2060', '\uFEFF', '\u200B', '\u00AD'])('is found with %j at any place between two digits', (hidden) => {
    for (const at of EVERY_PLACE) {
      const text = `card ${splitAt(at, hidden)}.`;
      expect(findCardNumbers(text), `after digit ${at}`).toEqual([{ start: 5, end: 22, lastFour: '1111' }]);
    }
  });

  it('is named by its last four digits when an invisible character stands among them', () => {
    expect(findCardNumbers('4111111111111\u200B111')).toEqual([{ start: 0, end: 17, lastFour: '1111' }]);
    expect(maskSensitiveText('5555555555554\u00AD444 ok')).toBe('[redacted: card •••• 4444] ok');
  });

  it('leaves the invisible characters around it, outside the marker', () => {
    expect(maskSensitiveText(`\u200B${CARD}\u200B`)).toBe('\u200B[redacted: card •••• 1111]\u200B');
  });

  it('is refused as search text and as a journal filter', () => {
    expect(searchTextSecretProblem(splitAt(4, '\u200B'))).toMatch(/^The search text looks like a card number;/);
    expect(JournalSearchRequest.safeParse({ operator: splitAt(8, '\u2060'), limit: 200 }).success).toBe(false);
  });
});

describe('a card number grouped by two kinds of separator', () => {
  it.each([
    ['a space and a dash', '4111 1111-1111 1111'],
    ['a dot and spaces', '4111.1111 1111 1111'],
    ['a narrow no-break space and an en dash', '4111\u202F1111\u20131111\u202F1111'],
    ['an Amex card with a dash and a space', '3782-822463 10005'],
  ])('is found with %s', (_name, card) => {
    const text = `card ${card} on file`;
    const lastFour = card.replace(/\D/g, '').slice(-4);
    expect(findCardNumbers(text)).toEqual([{ start: 5, end: 5 + card.length, lastFour }]);
    expect(maskSensitiveText(text)).toBe(`card [redacted: card •••• ${lastFour}] on file`);
  });

  it('is refused as search text', () => {
    expect(searchTextSecretProblem('4111 1111-1111 1111')).toMatch(/^The search text looks like a card number;/);
  });
});

describe('ordinary numbers stay readable, with mixed separators or invisible characters', () => {
  it.each([
    ['a millisecond timestamp', 'at 1733011200000'],
    ['a timestamp split by a zero-width space', 'at 1733011\u200B200000'],
    ['an ISO time with fractions', 'at 2026-12-07 07:10:47.1234'],
    ['a date and a time', '2026-12-07 0710 1111'],
    ['an order id failing Luhn, mixed separators', 'order 4111 1111-1111 1112'],
    ['an order id failing Luhn, split invisibly', 'order 4111\u200B1111\u200B1111\u200B1112'],
    ['an order id of no card brand', 'order 9111.1111 1111 1111'],
    ['a phone number in international form', '+49 1511 2345 6789'],
    ['a phone number with mixed separators', '+49 4111-1111 1111'],
    ['a UUID', '550e8400-e29b-41d4-a716-446655440000'],
    ['a UUID with an invisible character', '41111111-1111-4111\u200B-a716-446655440000'],
    ['a hex id holding a card’s digits', 'id ab4111111111111111cd'],
    ['a number grouped unlike a card, with mixed separators', 'ref 4111 1111-11111111'],
    ['a number grouped unlike a card, split invisibly', 'ref 4111 1111\u200B 11111111'],
    ['an amount', 'amount 1 234 567.89'],
    ['an amount whose digits pass as a card, with mixed separators', 'amount 4 111 111.111 111 111'],
    ['dates in a range', '2019-12-31 \u2013 2020-01-01'],
  ])('leaves %s', (_name, text) => {
    expect(findCardNumbers(text)).toEqual([]);
    expect(findSecretSpans(text)).toEqual([]);
  });
});

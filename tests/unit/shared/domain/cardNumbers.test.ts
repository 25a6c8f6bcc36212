import { describe, expect, it } from 'vitest';
import { JournalSearchRequest } from '../../../../src/shared/contract/journalChannels';
import { findCardNumbers } from '../../../../src/shared/domain/cardNumbers';
import { maskSensitiveText } from '../../../../src/shared/domain/maskSensitiveText';
import { paymentNumberProblem } from '../../../../src/shared/domain/paymentNumberProblem';
import { findSecretSpans } from '../../../../src/shared/domain/secretSpans';

/** 4111 1111 1111 1111 with its groups joined by `separator`. */
const grouped = (separator: string) => ['4111', '1111', '1111', '1111'].join(separator);

describe('a card number as locales, input methods, word processors and copies print it', () => {
  it.each([
    ['a narrow no-break space, as French grouping prints', '\u202F'],
    ['a thin space', '\u2009'],
    ['a figure space', '\u2007'],
    ['an ideographic space', '\u3000'],
    ['a hyphen', '\u2010'],
    ['a non-breaking hyphen', '\u2011'],
    ['an en dash, as autocorrect makes of a dash', '\u2013'],
    ['a minus sign', '\u2212'],
    ['a zero-width space', '\u200B'],
    ['a word joiner', '\u2060'],
    ['a byte order mark', '\uFEFF'],
    ['a soft hyphen', '\u00AD'],
  ])('is found with %s', (_name, separator) => {
    const text = `paid with ${grouped(separator)} today`;
    expect(findCardNumbers(text)).toEqual([{ start: 10, end: 29, lastFour: '1111' }]);
    expect(maskSensitiveText(text)).toBe('paid with [redacted: card •••• 1111] today');
  });

  it('is refused in a connection name and in a journal filter, never kept or searched', () => {
    expect(paymentNumberProblem('The connection’s name', `Card ${grouped('\u202F')}`)).toMatch(
      /^The connection’s name holds what looks like a card number ending 1111;/,
    );
    const checked = JournalSearchRequest.safeParse({ operator: grouped('\u2009'), limit: 200 });
    expect(checked.success).toBe(false);
  });

  it.each([
    [
      'full-width digits, as an East Asian input method types them',
      '４１１１\u3000１１１１\u3000１１１１\u3000１１１１',
    ],
    ['full-width digits and dashes', '４１１１－１１１１－１１１１－１１１１'],
    ['Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
    ['Extended Arabic-Indic digits, ungrouped', '۴۱۱۱۱۱۱۱۱۱۱۱۱۱۱۱'],
  ])('is found in %s, and named by its last four as ASCII digits', (_name, card) => {
    const text = `card ${card}.`;
    expect(maskSensitiveText(text)).toBe('card [redacted: card •••• 1111].');
    expect(findSecretSpans(text)).toHaveLength(1);
  });

  it.each([
    ['a date range with an en dash', '2019\u20132020'],
    ['an order number grouped in threes', '1\u202F700\u202F000\u202F000\u202F000'],
    ['a phone number in international form', '+49\u202F1511\u202F2345\u202F6789'],
    ['a full-width order number that is no card', '１２３４５６７８９０１２３４'],
  ])('leaves %s readable', (_name, text) => {
    expect(findCardNumbers(text)).toEqual([]);
  });
});

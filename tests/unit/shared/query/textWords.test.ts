import { describe, expect, it } from 'vitest';
import { wordIndexOf } from '../../../../src/main/sources/embedded/wordIndexOf';
import { textWords } from '../../../../src/shared/query/textWords';

describe('textWords: lowercased runs of letters and digits', () => {
  it.each<[string | null, string[]]>([
    ['Sending transaction to Huntli', ['sending', 'transaction', 'to', 'huntli']],
    ['{"code":"E_TIMEOUT","status":504}', ['code', 'e', 'timeout', 'status', '504']],
    ['e-mail  3.14 client_id', ['e', 'mail', '3', '14', 'client', 'id']],
    [
      "at PaymentService.send (/srv/payments.js:88:13) don't",
      ['at', 'paymentservice', 'send', 'srv', 'payments', 'js', '88', '13', 'don', 't'],
    ],
    ['Émile ÖZ naïve 東京', ['émile', 'öz', 'naïve', '東京']],
    ['', []],
    [null, []],
    ['-- .. 👍', []],
  ])('splits %j', (text, words) => {
    expect(textWords(text)).toEqual(words);
  });

  it('indexes the distinct words of several fields between spaces, for the embedded store', () => {
    expect(wordIndexOf('Wallet frozen', null, 'wallet FROZEN again')).toBe(' wallet frozen again ');
    expect(wordIndexOf(null, '')).toBe(' ');
  });
});

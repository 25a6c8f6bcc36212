import { describe, expect, it } from 'vitest';
import { wordIndexOf } from '../../../../src/main/sources/embedded/wordIndexOf';
import { textTokens, textWords } from '../../../../src/shared/query/textWords';

describe("textWords: the cluster's standard analyzer (StandardTokenizer, then lowercase)", () => {
  it.each<[string | null, string[]]>([
    ['Sending transaction to Huntli', ['sending', 'transaction', 'to', 'huntli']],
    ['{"code":"E_TIMEOUT","status":504}', ['code', 'e_timeout', 'status', '504']],
    ['e-mail  3.14 1,000 client_id 12:30', ['e', 'mail', '3.14', '1,000', 'client_id', '12', '30']],
    [
      "at PaymentService.send (/srv/payments.js:88:13) don't",
      ['at', 'paymentservice.send', 'srv', 'payments.js', '88', '13', "don't"],
    ],
    ['api.huntli.com/v2 ops@huntli.com', ['api.huntli.com', 'v2', 'ops', 'huntli.com']],
    ['Émile ÖZ naïve 東京', ['émile', 'öz', 'naïve', '東', '京']],
    ['ひらがな カタカナ 한국어 ภาษาไทย', ['ひ', 'ら', 'が', 'な', 'カタカナ', '한국어', 'ภาษาไทย']],
    ['soft\u00adhyphen zero\u200bwidth', ['soft\u00adhyphen', 'zero', 'width']],
    ['ΣΟΦΙΑΣ İstanbul', ['σοφιασ', 'istanbul']],
    ['', []],
    [null, []],
    ['-- .. ,,', []],
  ])('splits %j', (text, words) => {
    expect(textWords(text)).toEqual(words);
  });

  it('keeps emoji sequences, with modifiers and joiners, as one token each', () => {
    const tokens = textTokens('ok 👍🏽 👨‍👩‍👧 🇩🇪 1️⃣');
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['ok', 'word'],
      ['👍🏽', 'emoji'],
      ['👨‍👩‍👧', 'emoji'],
      ['🇩🇪', 'emoji'],
      ['1️⃣', 'emoji'],
    ]);
  });

  it('cuts tokens longer than 255 units', () => {
    expect(textWords('a'.repeat(600)).map((word) => word.length)).toEqual([255, 255, 90]);
  });

  it('indexes the words of each field in order, and apart the words a prefix may reach', () => {
    const index = wordIndexOf('Wallet frozen, wallet', null, 'wallet FROZEN e11000 again');
    expect(index.words).toBe(' wallet frozen wallet | wallet frozen e11000 again ');
    expect(index.prefixes).toBe(' wallet frozen again ');
    expect(wordIndexOf(null, '')).toEqual({ words: ' ', prefixes: ' ' });
  });

  it('leaves words with a digit and words over 24 characters out of the prefix index', () => {
    const long = 'x'.repeat(25);
    expect(wordIndexOf(`abcd ${long} ${'y'.repeat(24)} d4 ٣ⅷ`).prefixes).toBe(` abcd ${'y'.repeat(24)} `);
  });
});

import { describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../../src/shared/contract/errors';
import { parseSearchText } from '../../../../src/shared/query/searchText';
import {
  PREFIX_MIN_LENGTH,
  PREFIX_WORD_MAX_LENGTH,
  searchTerms,
  SHORT_NUMBER_LENGTH,
  suggestPrefix,
  withoutSecretParties,
} from '../../../../src/main/sources/searchTerms';
import { SEARCH_HELP } from '../../../../src/shared/query/searchHelp';

const refusal = (text: string): ConsoleError => {
  try {
    searchTerms(text);
  } catch (error) {
    if (error instanceof ConsoleError) return error;
    throw error;
  }
  throw new Error(`"${text}" was not refused`);
};

describe('parseSearchText', () => {
  it.each<[string, { words: string[]; phrase: boolean; excluded: boolean; last: boolean }[]]>([
    [
      'wallet frozen',
      [
        { words: ['wallet'], phrase: false, excluded: false, last: false },
        { words: ['frozen'], phrase: false, excluded: false, last: true },
      ],
    ],
    [
      '"status 404" huntli',
      [
        { words: ['status', '404'], phrase: true, excluded: false, last: false },
        { words: ['huntli'], phrase: false, excluded: false, last: true },
      ],
    ],
    [
      'timeout -declined -"card expired"',
      [
        { words: ['timeout'], phrase: false, excluded: false, last: false },
        { words: ['declined'], phrase: false, excluded: true, last: false },
        { words: ['card', 'expired'], phrase: true, excluded: true, last: false },
      ],
    ],
    ['-api.huntli.com/v2', [{ words: ['api.huntli.com', 'v2'], phrase: true, excluded: true, last: false }]],
    ['"unclosed phrase', [{ words: ['unclosed', 'phrase'], phrase: true, excluded: false, last: false }]],
    [
      'e-mail',
      [
        { words: ['e'], phrase: false, excluded: false, last: false },
        { words: ['mail'], phrase: false, excluded: false, last: true },
      ],
    ],
    ['  --  ', []],
  ])('reads %j', (text, parts) => {
    expect(parseSearchText(text)).toEqual(parts);
  });
});

describe('searchTerms: which words may match how', () => {
  it('lets only the last word of four or more characters without a digit match as a prefix', () => {
    expect(searchTerms('sending huntl').map((term) => term.words)).toEqual([
      [{ text: 'sending', prefix: false }],
      [{ text: 'huntl', prefix: true }],
    ]);
    for (const last of ['e11000', 'x'.repeat(30)]) {
      expect(searchTerms(`sending ${last}`).at(-1)?.words[0]?.prefix, last).toBe(false);
    }
    expect(searchTerms('"huntli payments"')[0]?.words.every((word) => !word.prefix)).toBe(true);
    expect(searchTerms('-huntli')[0]).toEqual({ excluded: true, words: [{ text: 'huntli', prefix: false }] });
  });

  it.each([
    '404',
    'de89',
    '4111 1111',
    '"2024 1230"',
    '"card 4111 1111"',
    '-404',
    '-"7 12"',
    '1',
    'nr',
    'sending hun',
    '-yx',
    '"KEY nr"',
    '"PRIVATE KEY nr"',
    '"END yx"',
    '"status 404 ab"',
    'für',
    'wallet dé',
    '٤٥',
    '日1',
  ])('refuses %j: a short word only in quotes next to a word of four letters or more without digits', (text) => {
    const error = refusal(text);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.field).toBe('text');
    expect(error.message).toMatch(
      /in quotes next to a word of at least 4 letters without digits, for example "status 404" or "amount USD"/,
    );
  });

  it('accepts a short word in quotes beside a word of four letters or more without digits, and long words alone', () => {
    expect(searchTerms('"status 404"')[0]?.words.map((word) => word.text)).toEqual(['status', '404']);
    expect(searchTerms('"amount USD"')[0]?.words.map((word) => word.text)).toEqual(['amount', 'usd']);
    expect(searchTerms('"404 returned" 502000')).toHaveLength(2);
    expect(searchTerms('"-4111 card"')).toHaveLength(1);
    expect(searchTerms('sending hunt')).toHaveLength(2);
  });

  it('accepts short words of letters beyond a to z on their own: Chinese and Japanese, one word per ideograph', () => {
    const words = (text: string) => searchTerms(text).map((term) => term.words.map((word) => word.text));
    expect(words('日本語 wallet')).toEqual([['日'], ['本'], ['語'], ['wallet']]);
    expect(words('"支払い"')).toEqual([['支', '払', 'い']]);
    expect(words('-張')).toEqual([['張']]);
    expect(words('или')).toEqual([['или']]);
    // A short word of them is never the start of a longer one.
    expect(searchTerms('wallet 語')[1]?.words[0]?.prefix).toBe(false);
  });

  it.each([
    ['4111 1111 1111 1111', /card number/],
    ['card 4111111111111111', /card number/],
    ['DE89 3704 0044 0532 0130 00', /IBAN/],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', /JWT/],
    ['Bearer o9wyk9nhdpsc5dzveosz8m', /bearer/],
    ['password=marmalade', /password or other secret/],
  ])('refuses %j, which itself holds a secret, saying what it looked like', (text, looks) => {
    const error = refusal(text);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.field).toBe('text');
    expect(error.message).toMatch(looks);
    expect(error.message).toMatch(/never searched/);
  });
});

describe('type-ahead', () => {
  it('matches names only for a prefix without a digit, and refuses a secret', () => {
    expect(suggestPrefix(' Dana ')).toEqual({ text: 'Dana', matchesNames: true });
    expect(suggestPrefix('dana 4')).toEqual({ text: 'dana 4', matchesNames: false });
    expect(() => suggestPrefix('4539578763621486')).toThrow(/card number/);
  });

  it('never shows a party whose id or name holds a secret, and shows at most ten', () => {
    const parties = [
      { id: 'p1', name: 'Dana 4539578763621486', count: 9 },
      { id: '4539578763621486', name: 'Bob', count: 8 },
      ...Array.from({ length: 12 }, (_, index) => ({ id: `q${index}`, name: `Quinn ${index}`, count: 1 })),
    ];
    const shown = withoutSecretParties(parties);
    expect(shown.map((party) => party.id)).toEqual(Array.from({ length: 10 }, (_, index) => `q${index}`));
  });
});

describe("the search box's help", () => {
  it('states the limits the rules apply', () => {
    const help = SEARCH_HELP.join(' ');
    expect(help).toContain(`at least ${PREFIX_MIN_LENGTH} characters and no digit`);
    expect(help).toContain(`up to ${PREFIX_WORD_MAX_LENGTH} characters without digits`);
    expect(help).toContain(`up to ${SHORT_NUMBER_LENGTH} characters with a digit`);
  });
});

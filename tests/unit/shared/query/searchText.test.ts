import { describe, expect, it } from 'vitest';
import { parseSearchText, unclosedQuote } from '../../../../src/shared/query/searchText';
import { searchTerms } from '../../../../src/main/sources/searchTerms';

/** What both engines match for a text: each term's words, whole or as a start, and whether it is left out. */
const matched = (text: string) =>
  searchTerms(text).map((term) => ({
    excluded: term.excluded,
    words: term.words.map((word) => `${word.text}${word.prefix ? '…' : ''}`),
  }));

describe('a quote no other quote closes', () => {
  it.each([
    ['"login', { at: 1, searched: true, excluded: false }],
    ['"logged in" -web "passw', { at: 18, searched: true, excluded: false }],
    ['wallet -"card expired', { at: 9, searched: true, excluded: true }],
    // Counted in characters as they are read, an emoji or an ideograph one each.
    ['💳 支払 "refund', { at: 6, searched: true, excluded: false }],
    ['login "', { at: 7, searched: false, excluded: false }],
    ['login " ,', { at: 7, searched: false, excluded: false }],
    // A quote inside a word opens a phrase too.
    ['abc"def ghi', { at: 4, searched: true, excluded: false }],
    // The third quote of three is the open one.
    ['"a b" "c', { at: 7, searched: true, excluded: false }],
  ])('%j: said where it stands and how it is read', (text, found) => {
    expect(unclosedQuote(text)).toEqual(found);
  });

  it.each([undefined, '', 'login', '"logged in"', '"a" "b"', '-"card expired" wallet', "it's", '“curly”'])(
    '%j: every quote is closed',
    (text) => {
      expect(unclosedQuote(text)).toBeNull();
    },
  );

  it('reads the words after it as one phrase to the end of the text, matched as whole words', () => {
    expect(parseSearchText('"logged in" -webhook "password reset')).toEqual([
      { words: ['logged', 'in'], phrase: true, excluded: false, last: false },
      { words: ['webhook'], phrase: false, excluded: true, last: false },
      { words: ['password', 'reset'], phrase: true, excluded: false, last: false },
    ]);
    // Closed at the end, it is read the same: the open quote only spares typing the last one.
    expect(matched('"logged in" -webhook "password reset')).toEqual(matched('"logged in" -webhook "password reset"'));
    // A single word after it is a whole word, never the start of one as the same word unquoted is.
    expect(matched('"passw')).toEqual([{ excluded: false, words: ['passw'] }]);
    expect(matched('passw')).toEqual([{ excluded: false, words: ['passw…'] }]);
  });

  it('with nothing after it, is ignored: the word before it stays the last, which may be the start of a word', () => {
    expect(matched('sending passw "')).toEqual(matched('sending passw'));
    expect(matched('sending passw "')).toEqual([
      { excluded: false, words: ['sending'] },
      { excluded: false, words: ['passw…'] },
    ]);
    expect(matched('sending passw -"')).toEqual(matched('sending passw'));
  });
});

describe('typographic quotes, as text pasted from a document or a mail carries them', () => {
  it.each([
    '“logged in” -“card expired” passw',
    '„logged in“ -„card expired“ passw',
    '«logged in» -«card expired» passw',
  ])('%j reads as the same text in straight quotes', (text) => {
    expect(parseSearchText(text)).toEqual(parseSearchText('"logged in" -"card expired" passw'));
    expect(matched(text)).toEqual(matched('"logged in" -"card expired" passw'));
  });

  it('an open typographic quote is said like a straight one, and no word keeps a quote character', () => {
    expect(unclosedQuote('wallet -“card expired')).toEqual({ at: 9, searched: true, excluded: true });
    expect(unclosedQuote('a ”b” c')).toBeNull();
    expect(parseSearchText('”refund»')).toEqual([{ words: ['refund'], phrase: false, excluded: false, last: false }]);
  });
});

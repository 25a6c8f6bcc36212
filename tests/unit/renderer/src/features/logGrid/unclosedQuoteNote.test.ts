import { describe, expect, it } from 'vitest';
import { unclosedQuoteNote } from '../../../../../../src/renderer/src/features/logGrid/unclosedQuoteNote';

const MEND = 'Type " where the phrase ends, or delete the quote.';

describe("the search box's note about a quote left open", () => {
  it.each([
    [
      '"login',
      `The quote at character 1 is not closed, so the words after it, to the end of the text, are searched as one phrase of whole words, never as the start of a word. ${MEND}`,
    ],
    [
      '"logged in" -"web client',
      `The quote at character 14 is not closed, so rows with the words after it, to the end of the text, as one phrase of whole words, are left out. ${MEND}`,
    ],
    [
      'timeout "',
      'The quote at character 9 is not closed and no word follows it, so it is ignored. Delete it, or type a phrase after it.',
    ],
  ])('%j', (text, note) => {
    expect(unclosedQuoteNote(text)).toBe(note);
  });

  it('says the same while the phrase after the quote is typed, so it is heard once', () => {
    const notes = ['"l', '"lo', '"logged', '"logged in', '"logged in from'].map((text) => unclosedQuoteNote(text));
    expect(new Set(notes).size).toBe(1);
  });

  it.each([undefined, '', 'login', '"logged in"', '"', ' " '])('%j: says nothing', (text) => {
    expect(unclosedQuoteNote(text)).toBeUndefined();
  });

  // Refused text is said as its problem alone, in the field and on its chip: the rule main refuses it by.
  it.each([
    ['a direction control', '"sending\u202E transaction'],
    ['a card number', '"paid with 4111 1111 1111 1111'],
    ['more than main takes', `"${'a'.repeat(600)}`],
  ])('text with %s: says nothing', (_what, text) => {
    expect(unclosedQuoteNote(text)).toBeUndefined();
  });

  it('says nothing of text main refused, whatever for', () => {
    expect(unclosedQuoteNote('"login', 'The text was refused; change it.')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { journalName, journalRequest, summariseInvalidRequest } from '../../../../src/main/journal/journalRequest';
import { charactersShown } from '../../../../src/shared/domain/shownInSentence';

/** Half of a character outside the BMP with its other half missing. */
const LONE_HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const keptText = (text: string): string => (journalRequest({ text }) as { text: string }).text;
const shownCount = (text: string): string => [...charactersShown(text)].length.toLocaleString('en');

describe('the journal cuts a long text at whole characters', () => {
  it.each([
    ['an emoji the cut falls in the middle of', `x${'😀'.repeat(400)}`, `x${'😀'.repeat(299)}`],
    ['a flag, two halves of two pairs each', '🇫🇷'.repeat(301), '🇫🇷'.repeat(300)],
    ['a letter and its accent', 'e\u0301'.repeat(301), 'e\u0301'.repeat(300)],
    ['a family joined by zero-width joiners', '👩‍👩‍👧'.repeat(301), '👩‍👩‍👧'.repeat(300)],
  ])('%s: kept whole or left out, and counted as shown', (_what, text, start) => {
    const kept = keptText(text);
    expect(kept).toBe(`${start}… (${shownCount(text)} characters)`);
    expect(kept).not.toMatch(LONE_HALF);
  });

  it('a text of no more characters than the limit kept whole, however many units its emoji take', () => {
    const text = '😀'.repeat(300);
    expect(keptText(text)).toBe(text);
  });

  it('a hidden character counted as one, as a sentence shows it', () => {
    const text = 'a\u200B'.repeat(200);
    expect(keptText(text)).toBe(`${'a\u200B'.repeat(150)}… (400 characters)`);
    expect(shownCount(text)).toBe('400');
  });

  it('a text longer than what is scanned for secrets says the length it was sent with', () => {
    expect(keptText('x'.repeat(5000))).toBe(`${'x'.repeat(300)}… (5,000 characters)`);
    expect(journalRequest({ list: ['é'.repeat(2500)] })).toEqual({ list: [`${'é'.repeat(300)}… (2,500 characters)`] });
  });

  it('a long name cut at whole characters, its length as sent', () => {
    const name = journalName('😀'.repeat(3000));
    expect(name).toBe(`${'😀'.repeat(60)}… (3,000 characters)`);
    expect(name).not.toMatch(LONE_HALF);
  });
});

describe('an invalid request sent as a text is summarised by its length as shown', () => {
  it.each([
    ['plain letters', 'abc', 3],
    ['emoji outside the BMP', '😀'.repeat(5), 5],
    ['flags', '🇫🇷🇩🇪', 2],
    ['letters with their accents', 'e\u0301'.repeat(4), 4],
    ['a family joined by zero-width joiners', '👩‍👩‍👧', 1],
  ])('%s', (_what, text, characters) => {
    expect(summariseInvalidRequest(text)).toEqual({ type: 'string', characters });
    expect(characters).toBe([...charactersShown(text)].length);
  });
});

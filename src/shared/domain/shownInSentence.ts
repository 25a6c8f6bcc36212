import { showHiddenCharacters } from './hiddenCharacters';

/** The most characters of a producer's or operator's text (a search text, a filter value) a sentence quotes. */
export const SHOWN_TEXT_IN_SENTENCE = 60;
/** The most characters of an id (a client's) a sentence names. */
export const SHOWN_ID_IN_SENTENCE = 40;

/**
 * Text recorded as it came, as a sentence says it: each hidden character named, ⟨U+202E⟩, so a
 * right-to-left override does not turn the sentence around and a zero-width space does not pass for
 * nothing; then cut to `most` characters (by code point, never half an emoji), marked as cut with "…".
 */
export function shownInSentence(text: string, most: number = SHOWN_TEXT_IN_SENTENCE): string {
  const characters = [...showHiddenCharacters(text)];
  return characters.length > most ? `${characters.slice(0, most).join('')}…` : characters.join('');
}

/** Text a sentence quotes, as `shownInSentence` shows it, in curly quotes: “wallet⟨U+200B⟩”. */
export function quotedInSentence(text: string, most: number = SHOWN_TEXT_IN_SENTENCE): string {
  return `“${shownInSentence(text, most)}”`;
}

/** A client's id as a sentence names it: `shownInSentence`, cut at SHOWN_ID_IN_SENTENCE characters. */
export function clientIdInSentence(id: string): string {
  return shownInSentence(id, SHOWN_ID_IN_SENTENCE);
}

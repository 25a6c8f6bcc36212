import { WORD_CLASSES } from './words/wordClasses';
import { createWordScanner, type Token } from './words/wordScanner';

/**
 * What a word is, for free-text search on both engines: a token of the cluster's `standard` analyzer
 * (Lucene's StandardTokenizer, then lowercase). `e_timeout`, `api.huntli.com`, `client's`, `3.5` and
 * `1,000` are one word each, `12:30` two; each Han ideograph and Hiragana character is a word, runs of
 * Katakana, Hangul or South-East Asian script are one word each; emoji sequences are words; words
 * longer than 255 units are cut. The embedded store indexes these words, the cluster indexes the same
 * with its analyzer, and tests hold the two equal code point by code point, so changing what a word
 * is means changing the grammar and class table under words/ and bumping the version below.
 */

/** Bumped whenever what a word is changes: embedded stores that indexed words the old way then read as older. */
export const TEXT_WORDS_VERSION = 2;

let scanner: ((text: string) => Token[]) | undefined;

/** The tokens of a text as written, with their places; built on first use (the automaton takes a moment). */
export function textTokens(text: string): Token[] {
  scanner ??= createWordScanner(WORD_CLASSES);
  return scanner(text);
}

/** Lucene's lowercase: each code point on its own, so a final sigma stays σ and İ becomes i. */
function lowercase(token: string): string {
  const lowered = token.toLowerCase();
  if (!/[\u0130\u03a3]/.test(token)) return lowered;
  let result = '';
  for (const char of token) result += char === '\u0130' ? 'i' : char.toLowerCase();
  return result;
}

/** The words of a text as search sees them: lowercased, in order, repeats kept. */
export function textWords(text: string | null | undefined): string[] {
  if (!text) return [];
  return textTokens(text).map((token) => lowercase(token.text));
}

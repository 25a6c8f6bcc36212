import { ConsoleError } from '../../shared/contract/errors';
import { SUGGEST_SIZE } from '../../shared/query/logSource';
import { parseSearchText, type SearchPart } from '../../shared/query/searchText';
import { searchTextProblem } from '../../shared/query/searchTextProblem';
import { suggestPrefixSecretProblem } from '../../shared/query/searchTextSecret';
import { findSecretSpans } from '../../shared/domain/secretSpans';

/**
 * Which words of a search may match how, for both engines: the one place that decides it, so counting
 * matches (totals, facets, histograms) can never be used to read a redacted secret back a character
 * at a time.
 *
 * 1. Text that itself holds a secret by redaction's rules, or a direction control that makes it read otherwise
 *    than it is searched, is refused (`searchTextProblem`).
 * 2. Only the last word typed (outside quotes, not excluded) may match as the start of a word, and only
 *    when it has at least PREFIX_MIN_LENGTH characters and no digit; it then matches only words with
 *    no digit of at most PREFIX_WORD_MAX_LENGTH characters. Every other word matches whole words only.
 * 3. A short word never matches on its own, only in quotes next to an anchor word (at least
 *    ANCHOR_MIN_LENGTH characters, no digit): a word of at most SHORT_NUMBER_LENGTH characters with a
 *    digit (a group of a card or account number) or of at most SHORT_WORD_LENGTH characters without
 *    one but with a letter from a to z (a piece of a key's body, which the word splitter cuts at every
 *    `/` and `+`). So the inner groups of a grouped number and the short pieces of key material are
 *    never reachable by guessing: the words next to them are themselves secret. Key material is written
 *    in ASCII (base64, hex, PEM), so a short word of other letters is no piece of it and matches on its
 *    own: a Chinese or Japanese word is split into one word per ideograph, each of which is short.
 * Key material (tokens, keys, cookies) has digits, is longer than 24 characters, or needs four random
 * letters guessed (26^4 calls) before a prefix can grow; a secret a person chose from plain words
 * (a digit-free password in free text) can still be guessed whole, word by word.
 */

export const PREFIX_MIN_LENGTH = 4;
export const PREFIX_WORD_MAX_LENGTH = 24;
export const SHORT_NUMBER_LENGTH = 4;
export const SHORT_WORD_LENGTH = 3;
export const ANCHOR_MIN_LENGTH = 4;

/** A word as it is matched: whole, or as the start of a digit-free word of at most PREFIX_WORD_MAX_LENGTH. */
export interface SearchWord {
  readonly text: string;
  readonly prefix: boolean;
}

export interface SearchTerm {
  /** One word, or the words of a phrase in order. */
  readonly words: readonly SearchWord[];
  readonly excluded: boolean;
}

const DIGIT = /\p{N}/u;
export const hasDigit = (word: string): boolean => DIGIT.test(word);
const length = (word: string): number => [...word].length;
/** The letters of key material beside the digits (base64, hex and PEM bodies are ASCII). */
const KEY_LETTER = /[a-z]/i;
const isShort = (word: string): boolean =>
  hasDigit(word) ? length(word) <= SHORT_NUMBER_LENGTH : length(word) <= SHORT_WORD_LENGTH && KEY_LETTER.test(word);
const isAnchor = (word: string | undefined): boolean =>
  word !== undefined && !hasDigit(word) && length(word) >= ANCHOR_MIN_LENGTH;

/** Whether a word may match as the start of longer words (rule 2). */
export function mayMatchAsPrefix(word: string): boolean {
  return !hasDigit(word) && length(word) >= PREFIX_MIN_LENGTH && length(word) < PREFIX_WORD_MAX_LENGTH;
}

/** Whether a word may be what a prefix expands into (rule 2): no digit, at most PREFIX_WORD_MAX_LENGTH. */
export function isPrefixTarget(word: string): boolean {
  return !hasDigit(word) && length(word) <= PREFIX_WORD_MAX_LENGTH;
}

function refuse(message: string): never {
  throw new ConsoleError('BAD_REQUEST', message, 'text');
}

function refuseShortWord(word: string): never {
  refuse(
    `"${word}" cannot be searched on its own: a word of up to ${SHORT_WORD_LENGTH} characters with a letter from a to z, ` +
      `or of up to ${SHORT_NUMBER_LENGTH} characters with a digit, is searched only in quotes next to a word of at least ` +
      `${ANCHOR_MIN_LENGTH} letters without digits, for example "status 404" or "amount USD".`,
  );
}

/** Rule 3 within a phrase: every short word stands next to an anchor word. */
function checkShortWords(part: SearchPart): void {
  part.words.forEach((word, index) => {
    if (!isShort(word)) return;
    const besideAnchor = isAnchor(part.words[index - 1]) || isAnchor(part.words[index + 1]);
    if (!part.phrase || !besideAnchor) refuseShortWord(word);
  });
}

/**
 * The terms of a search as both engines must match them, or a BAD_REQUEST on the `text` field saying
 * why the text cannot be searched and what to type instead.
 */
export function searchTerms(text: string | null | undefined): SearchTerm[] {
  if (!text) return [];
  const problem = searchTextProblem(text);
  if (problem) refuse(problem);
  return parseSearchText(text).map((part) => {
    checkShortWords(part);
    return {
      excluded: part.excluded,
      words: part.words.map((word) => ({ text: word, prefix: part.last && mayMatchAsPrefix(word) })),
    };
  });
}

/** Parties asked for beyond what type-ahead shows, so the list stays full after withoutSecretParties. */
export const SUGGEST_SLACK = 10;

/**
 * The parties type-ahead may show: none whose id or name holds a secret (a producer that logged a card
 * number as a name or id), then the first SUGGEST_SIZE. The list never depends on such a party, so
 * growing a prefix into one shows nothing.
 */
export function withoutSecretParties<T extends { id: string; name: string }>(parties: readonly T[]): T[] {
  return parties
    .filter((party) => findSecretSpans(party.id).length === 0 && findSecretSpans(party.name).length === 0)
    .slice(0, SUGGEST_SIZE);
}

/** How a type-ahead prefix may match: refused when it holds a secret; names only when it has no digit. */
export function suggestPrefix(prefix: string): { text: string; matchesNames: boolean } {
  const text = prefix.trim();
  const secret = suggestPrefixSecretProblem(text);
  if (secret) throw new ConsoleError('BAD_REQUEST', secret, 'prefix');
  return { text, matchesNames: !hasDigit(text) };
}

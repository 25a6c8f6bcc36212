import { describe, expect, it } from 'vitest';
import { wordPattern } from '../../../../../src/main/sources/elasticsearch/compileClauses';

/** Lucene regular expressions match whole terms; these patterns use only syntax JavaScript reads alike. */
function matchesTerm(pattern: string, term: string): boolean {
  return new RegExp(`^(?:${pattern})$`).test(term);
}

describe('wordPattern: our words inside the terms the standard tokenizer indexes', () => {
  it.each([
    ['huntli', false, 'huntli', true],
    ['huntli', false, 'api.huntli.com', true],
    ['huntli', false, 'xhuntli', false],
    ['huntli', false, 'huntlis', false],
    ['texts', false, 'crm.settings_texts', true],
    ['1', false, 'key_1_language_1', true],
    ['s', false, "client's", true],
    ['s', false, 'client\u2019s', true],
    ['5', false, '3.5', true],
    ['hunt', true, 'api.huntli.com', true],
    ['hunt', true, 'huntli', true],
    ['untli', true, 'huntli', false],
    ['timeout', true, 'e_timeout', true],
  ] as const)('%s (prefix: %s) in %s: %s', (word, asPrefix, term, expected) => {
    expect(matchesTerm(wordPattern(word, asPrefix), term)).toBe(expected);
  });
});

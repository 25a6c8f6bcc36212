/**
 * A word, as the LogSource contract defines text search: a run of Unicode letters and digits; every
 * other character separates words (`client_id` and `3.14` are two words each). The cluster indexes
 * with the standard analyzer, which keeps such runs together, and the Elasticsearch source matches our
 * words inside its terms; both sources therefore search the same words.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text as search sees them: lowercased, split on non-alphanumerics, in order. */
export function textWords(text: string | null | undefined): string[] {
  if (!text) return [];
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The word index stored beside a row: its distinct words between single spaces, with a space at both
 * ends, so ` word ` finds a whole word and ` pre` a word prefix with a plain substring test.
 */
export function wordIndexOf(...texts: (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const text of texts) for (const word of textWords(text)) words.add(word);
  return words.size === 0 ? ' ' : ` ${[...words].join(' ')} `;
}

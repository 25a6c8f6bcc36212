import { textWords } from '../../../shared/query/textWords';

/**
 * The word index stored beside a row: the distinct words (textWords) of its text fields between single
 * spaces, with a space at both ends, so ` word ` finds a whole word and ` pre` a word prefix with a
 * plain substring test.
 */
export function wordIndexOf(...texts: (string | null | undefined)[]): string {
  const words = new Set<string>();
  for (const text of texts) for (const word of textWords(text)) words.add(word);
  return words.size === 0 ? ' ' : ` ${[...words].join(' ')} `;
}

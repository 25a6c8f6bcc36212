import { textWords } from '../../../shared/query/textWords';
import { isPrefixTarget } from '../searchTerms';

/** What the embedded store keeps beside a row for free text: its words in order, and the words a prefix may reach. */
export interface WordIndex {
  /**
   * The words (textWords) of each text field in order, between single spaces, the fields kept apart by
   * ` | ` (no word holds a space or `|`), with a space at both ends: ` word ` finds a whole word and
   * ` one two ` a phrase with a plain substring test.
   */
  readonly words: string;
  /** The distinct words a prefix may expand into (no digit, at most 24 characters): ` pre` finds them. */
  readonly prefixes: string;
}

export function wordIndexOf(...texts: (string | null | undefined)[]): WordIndex {
  const fields: string[] = [];
  const prefixes = new Set<string>();
  for (const text of texts) {
    const words = textWords(text);
    if (words.length === 0) continue;
    fields.push(words.join(' '));
    for (const word of words) if (isPrefixTarget(word)) prefixes.add(word);
  }
  return {
    words: fields.length === 0 ? ' ' : ` ${fields.join(' | ')} `,
    prefixes: prefixes.size === 0 ? ' ' : ` ${[...prefixes].join(' ')} `,
  };
}

/**
 * How free-text search matches, in one place: `<TextSearchHelp id />` is the search box's help (tie it
 * with `aria-describedby`), and `ignoredTextReason(text)` says why a text searches for nothing (no
 * word in it), for the chip and the hint. What a word is lives in `shared/query/textWords.ts`; change
 * this text with it.
 */
import { textWords } from '../../../../shared/query/textWords';

export function TextSearchHelp({ id }: { id: string }) {
  return (
    <p id={id} className="muted search-help">
      Finds logs holding every word you type, whole words ignoring case; the last word may be the start of a word. Words
      are letters and digits: punctuation and symbols only separate them.
    </p>
  );
}

/** Why a text is ignored (it holds no letter or digit), or undefined when it searches. */
export function ignoredTextReason(text: string | undefined): string | undefined {
  if (!text?.trim() || textWords(text).length > 0) return undefined;
  return 'it holds no letter or digit, so it searches for nothing and every log matches';
}

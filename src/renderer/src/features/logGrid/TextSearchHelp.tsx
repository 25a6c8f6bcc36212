/**
 * How free-text search matches, in one place: `<TextSearchHelp id />` is the search box's help (tie it
 * with `aria-describedby`; its sentences are `SEARCH_HELP`, kept with main's search rules), and
 * `ignoredTextReason(text)` says why a text searches for nothing (no word in it), for the chip and the
 * hint. What a word is lives in `shared/query/textWords.ts`.
 */
import { SEARCH_HELP } from '../../../../shared/query/searchHelp';
import { textWords } from '../../../../shared/query/textWords';

export function TextSearchHelp({ id }: { id: string }) {
  return (
    <div id={id} className="muted search-help">
      {SEARCH_HELP.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>Punctuation and symbols only separate words: text made of them alone searches for nothing.</p>
    </div>
  );
}

/** Why a text is ignored (it holds no letter or digit), or undefined when it searches. */
export function ignoredTextReason(text: string | undefined): string | undefined {
  if (!text?.trim() || textWords(text).length > 0) return undefined;
  return 'it holds no letter or digit, so it searches for nothing and every log matches';
}

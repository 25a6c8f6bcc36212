import { searchTextProblem } from './searchTextProblem';
import { textWords } from './textWords';

/** Nothing a reader sees: white space of any kind (no-break, narrow, ideographic) and characters that take no room. */
const SHOWS_NOTHING = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/**
 * The search text a query holds, wherever it is kept (the address, a saved view, a pinned query, an export,
 * the journal): as typed less the white space around it, or none when it shows nothing and holds no word
 * (spaces, no-break or ideographic spaces, zero-width characters alone), for it searches for nothing, as no
 * text does. A direction control is kept, for the search text rule to refuse by name (`searchTextProblem`).
 */
export function queryText(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const blank = SHOWS_NOTHING.test(trimmed) && textWords(trimmed).length === 0 && !searchTextProblem(trimmed);
  return blank ? undefined : trimmed;
}

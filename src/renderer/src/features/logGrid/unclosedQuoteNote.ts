/**
 * What the search box says of a quote no other quote closes: search reads it as a phrase running to the
 * end of the text, matched as whole words (`parseSearchText`), which may not be what was meant; the note
 * says where the quote stands and how to write it otherwise. Its words do not change as the phrase after
 * the quote is typed, so a screen reader hears it once. Text main refuses gets no note, in the search field
 * and on its chip alike: its problem is all there is to say, how it would be read does not matter.
 */
import { unclosedQuote } from '../../../../shared/query/searchText';
import { textWords } from '../../../../shared/query/textWords';
import { textProblem } from './queryProblems';

const MEND = 'Type " where the phrase ends, or delete the quote.';

/**
 * The note about the search text's open quote, or undefined when every quote is closed, nothing is searched
 * at all, or the text is refused: `problem` says why (main's refusal when one came back), else the rule main
 * refuses text by decides.
 */
export function unclosedQuoteNote(
  text: string | undefined,
  problem: string | undefined = textProblem(text),
): string | undefined {
  if (problem !== undefined) return undefined;
  const open = unclosedQuote(text);
  if (!open || textWords(text).length === 0) return undefined;
  const where = `The quote at character ${open.at} is not closed`;
  if (!open.searched) return `${where} and no word follows it, so it is ignored. Delete it, or type a phrase after it.`;
  return open.excluded
    ? `${where}, so rows with the words after it, to the end of the text, as one phrase of whole words, are left out. ${MEND}`
    : `${where}, so the words after it, to the end of the text, are searched as one phrase of whole words, never as the start of a word. ${MEND}`;
}

import { showHiddenCharacters } from './hiddenCharacters';
import { wholeCharacters } from './wholeCharacters';

/** The most characters of a producer's or operator's text (a search text, a filter value) a sentence quotes. */
export const SHOWN_TEXT_IN_SENTENCE = 60;
/** The most characters of an id (a client's) a sentence names. */
export const SHOWN_ID_IN_SENTENCE = 40;
/** The most characters of an id a page's heading names (an event's, a bulk operation's), and so a sentence about that page. */
export const SHOWN_ID_IN_HEADING = 64;

/** What marks a text as cut. */
const CUT = '…';

/**
 * The characters of `text` as a reader counts them, each as it is shown: an emoji with its modifiers, a
 * flag, a letter with its accents is one; a hidden character is one of its own, shown by its name
 * (⟨U+202E⟩), so a cut between them never halves a name. Tabs and line ends are kept when `lines` is set.
 * Read lazily (`wholeCharacters`): a pasted page costs no more than the characters taken from it, and all
 * of it in proportion to its length.
 */
export function* charactersShown(text: string, options: { lines?: boolean } = {}): Generator<string> {
  for (const character of wholeCharacters(text)) yield showHiddenCharacters(character, options);
}

/** The first `count` characters of `text` as `charactersShown` gives them. */
function firstCharacters(text: string, count: number): string[] {
  const taken: string[] = [];
  for (const character of charactersShown(text)) {
    if (taken.length === count) break;
    taken.push(character);
  }
  return taken;
}

/**
 * Text recorded as it came, as a sentence says it: at most `most` characters, a hidden character named
 * (⟨U+202E⟩) and counted as one, so a right-to-left override does not turn the sentence around, a
 * zero-width space does not pass for nothing, and a text of many of them is not cut after a handful of
 * names; a longer text keeps `most` - 1 of them and is marked as cut with "…". Every sentence that quotes
 * a value cuts it by this rule (`quoteText` too, after masking its secrets).
 */
export function shownInSentence(text: string, most: number = SHOWN_TEXT_IN_SENTENCE): string {
  const characters = firstCharacters(text, most + 1);
  if (characters.length <= most) return characters.join('');
  return `${characters.slice(0, most - 1).join('')}${CUT}`;
}

/** Text a sentence quotes, as `shownInSentence` shows it, in curly quotes: “wallet⟨U+200B⟩”. */
export function quotedInSentence(text: string, most: number = SHOWN_TEXT_IN_SENTENCE): string {
  return `“${shownInSentence(text, most)}”`;
}

/** A client's id as a sentence names it: `shownInSentence`, cut at SHOWN_ID_IN_SENTENCE characters. */
export function clientIdInSentence(id: string): string {
  return shownInSentence(id, SHOWN_ID_IN_SENTENCE);
}

/**
 * The full stop that ends a sentence whose last words are `lastWords`, or nothing when they end with a
 * cut value: its "…" ends the sentence already, so it never reads "…." (nor "…”." once quoted).
 */
export function fullStopAfter(lastWords: string): string {
  return lastWords.endsWith(CUT) || lastWords.endsWith(`${CUT}”`) ? '' : '.';
}

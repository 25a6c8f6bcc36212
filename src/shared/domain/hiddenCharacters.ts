import { z } from 'zod';
import { listFirstOf, listInSentence } from './listInSentence';

/**
 * Characters a reader cannot see that change what a text says on screen: the Unicode direction
 * controls (a right-to-left override shows the view name "deletes ‮EVIL" as "deletes LIVE", and the
 * rest of its line backwards), the C0 and C1 control characters, and the format characters that take no
 * room (a zero-width space makes "ad\u200Bmin" look like "admin" while it matches no filter for it). The
 * zero-width joiner and non-joiner are not among them: they shape Arabic, Persian and Indic words and join
 * emoji, so they are part of what such a text says.
 */
const DIRECTION_CONTROLS = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F';
const INVISIBLE = '\\u00AD\\u180E\\u200B\\u2060-\\u2064\\u206A-\\u206F\\uFEFF\\uFFF9-\\uFFFB';
const HIDDEN_SET = `${DIRECTION_CONTROLS}${CONTROLS}${INVISIBLE}`;
const HIDDEN = new RegExp(`[${HIDDEN_SET}]`, 'gu');
/** The same, less the tab and the line ends a text of several lines holds. */
const HIDDEN_IN_LINES = new RegExp(`(?![\\t\\n\\r])[${HIDDEN_SET}]`, 'gu');

/** How a hidden character is named to a reader: U+202E. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Every distinct hidden character of `text`, in the order they first appear (tabs and line ends allowed when it has lines). */
export function hiddenCharacters(text: string, options: { lines?: boolean } = {}): string[] {
  const pattern = options.lines ? HIDDEN_IN_LINES : HIDDEN;
  return [...new Set(text.match(pattern) ?? [])];
}

/** The most hidden characters a refusal names one by one; the rest are counted. */
const NAMED_AT_MOST = 5;

/**
 * What is wrong with text an operator typed that holds hidden characters, or null: every distinct one is
 * named at once, so a single pass removes them all. `what` begins the sentence ("The title"), `advice`
 * ends it (by default: type it again without it, or them).
 */
export function hiddenCharacterProblem(
  what: string,
  text: string,
  options: { lines?: boolean; advice?: string } = {},
): string | null {
  const names = hiddenCharacters(text, options).map(codePointName);
  if (names.length === 0) return null;
  if (names.length === 1) {
    const advice = options.advice ?? 'type it again without it';
    return `${what} cannot hold ${names[0]}, an invisible character that changes how the text reads; ${advice}.`;
  }
  const listed = names.length > NAMED_AT_MOST ? listFirstOf(names, NAMED_AT_MOST) : listInSentence(names);
  const advice = options.advice ?? 'type it again without them';
  return `${what} cannot hold ${listed}, invisible characters that change how the text reads; ${advice}.`;
}

/**
 * Refuses text an operator typed (a case's title, a view's name) that holds a hidden character, named in
 * the message so it can be found and typed again: `z.string().superRefine(refuseHiddenCharacters('The title'))`.
 */
export function refuseHiddenCharacters(what: string, options: { lines?: boolean } = {}) {
  return (value: string, context: z.RefinementCtx): void => {
    const message = hiddenCharacterProblem(what, value, options);
    if (message !== null) context.addIssue({ code: 'custom', message });
  };
}

/**
 * Text recorded as it came (a journal line, a name saved before such characters were refused), to be
 * read: each hidden character is shown by its name in brackets, ⟨U+202E⟩, so nothing reorders or hides
 * what is around it. Tabs and line ends are kept when the text has lines.
 */
export function showHiddenCharacters(text: string, options: { lines?: boolean } = {}): string {
  const pattern = options.lines ? HIDDEN_IN_LINES : HIDDEN;
  return text.replace(pattern, (char) => `⟨${codePointName(char)}⟩`);
}

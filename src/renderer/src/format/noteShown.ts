import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { charactersShown } from '../../../shared/domain/shownInSentence';

/** A note longer than this, in characters or lines, is shown by its opening until the reader asks for it whole. */
const NOTE_FITS = { characters: 800, lines: 8 } as const;
/**
 * How much of a longer note its opening holds: well short of the limit above, so a fold always hides a
 * good part. It ends after a whole word when one ends in its last `wordBack` characters.
 */
const NOTE_OPENING = { characters: 600, lines: 6, wordBack: 40 } as const;

/** A line end, whichever a note was typed with; one character as a reader counts them. */
const LINE_END = /^(\r\n?|\n)$/;

const isBlank = (character: string) => character.trim() === '';

/** A note as the page shows it: its text, and its opening when it is too long to show whole at first. */
export interface ShownNote {
  /** The whole note, each hidden character named; its lines kept. */
  text: string;
  /** The first lines and characters of a long note, marked as cut with an ellipsis; null when it fits. */
  opening: string | null;
}

/**
 * What a note carried in a bundle shows: null when it holds nothing to read (empty, or spaces and line
 * ends only), else its text with each hidden character named (a note of one invisible character is not
 * empty: it shows that character's name) and, for a long note, the opening shown first. Characters are
 * counted and cut as every sentence cuts a value (`charactersShown`): an emoji of several code points is
 * one, and so is a hidden character's name, which is never halved.
 */
export function noteShown(note: string): ShownNote | null {
  const text = showHiddenCharacters(note, { lines: true });
  if (text.trim() === '') return null;
  if (fits(note)) return { text, opening: null };
  return { text, opening: `${openingOf(note)}…` };
}

/** Whether a note is short enough, in characters and lines, to be shown whole at first. */
function fits(note: string): boolean {
  let characters = 0;
  let lineEnds = 0;
  for (const character of charactersShown(note, { lines: true })) {
    characters += 1;
    if (LINE_END.test(character)) lineEnds += 1;
    if (characters > NOTE_FITS.characters || lineEnds >= NOTE_FITS.lines) return false;
  }
  return true;
}

/**
 * The opening of a long note: from its first line with something on it, its first lines and characters,
 * ending after the last whole word when one ends near the cut.
 */
function openingOf(note: string): string {
  const taken: string[] = [];
  let lineEnds = 0;
  // One character past the opening tells whether a word ends right where it is cut.
  for (const character of charactersShown(note, { lines: true })) {
    if (taken.length === 0 && isBlank(character)) continue;
    const lineEnd = LINE_END.test(character);
    if (lineEnd) lineEnds += 1;
    if (lineEnds === NOTE_OPENING.lines) break;
    taken.push(lineEnd ? '\n' : character);
    if (taken.length > NOTE_OPENING.characters) break;
  }
  const opening = trimEnd(taken);
  if (opening.length <= NOTE_OPENING.characters) return opening.join('');
  const lastSpace = opening.slice(0, NOTE_OPENING.characters).findLastIndex(isBlank);
  const end = lastSpace >= NOTE_OPENING.characters - NOTE_OPENING.wordBack ? lastSpace : NOTE_OPENING.characters - 1;
  return trimEnd(opening.slice(0, end)).join('');
}

/** The characters less the blank ones that end them. */
function trimEnd(characters: readonly string[]): string[] {
  const last = characters.findLastIndex((character) => !isBlank(character));
  return characters.slice(0, last + 1);
}

import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { clipText } from './clipText';

/** A note longer than this, in characters or lines, is shown by its opening until the reader asks for it whole. */
const NOTE_FITS = { characters: 800, lines: 8 } as const;
/**
 * How much of a longer note its opening holds: well short of the limit above, so a fold always hides a
 * good part. It ends after a whole word when one ends in its last `wordBack` characters.
 */
const NOTE_OPENING = { characters: 600, lines: 6, wordBack: 40 } as const;

/** A note's lines, whichever line ends it was typed with. */
const lines = (text: string) => text.split(/\r\n?|\n/);

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
 * empty: it shows that character's name) and, for a long note, the opening shown first.
 */
export function noteShown(note: string): ShownNote | null {
  const text = showHiddenCharacters(note, { lines: true });
  if (text.trim() === '') return null;
  if (text.length <= NOTE_FITS.characters && lines(text).length <= NOTE_FITS.lines) return { text, opening: null };
  // The opening begins at the first line with something on it.
  const firstLines = lines(text.trimStart()).slice(0, NOTE_OPENING.lines).join('\n').trimEnd();
  return { text, opening: `${clipToWord(firstLines)}…` };
}

/** The opening's text cut to its length, after the last whole word when one ends near the cut. */
function clipToWord(text: string): string {
  if (text.length <= NOTE_OPENING.characters) return text;
  const clipped = clipText(text, NOTE_OPENING.characters).slice(0, -1);
  // A space just past the cut means the cut ends a whole word.
  const lastSpace = text.slice(0, clipped.length + 1).search(/\s\S*$/);
  return lastSpace >= NOTE_OPENING.characters - NOTE_OPENING.wordBack ? clipped.slice(0, lastSpace).trimEnd() : clipped;
}

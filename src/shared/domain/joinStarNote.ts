import { CASE_TEXT_LIMITS } from './investigationCase';
import { characterCount } from './tooLong';

/** What parts the notes of one event starred again in a case: a blank line. */
const BETWEEN_NOTES = '\n\n';

/**
 * The note a case's star of an event holds once the event is starred again with `added`: the note it had,
 * a blank line, and the new one. A new note with nothing to read in it adds nothing.
 */
export function joinStarNote(kept: string, added: string): string {
  if (added.trim() === '') return kept;
  return kept === '' ? added : `${kept}${BETWEEN_NOTES}${added}`;
}

/**
 * Why the star cannot take `added` into its `kept` note (the joined note would pass what a note holds),
 * saying how long it would be and what to do; null when it can.
 */
export function joinedStarNoteProblem(kept: string, added: string): string | null {
  return joinedNoteLengthProblem(characterCount(kept), added);
}

/**
 * `joinedStarNoteProblem` of a kept note known by its length alone, as the star form knows it before
 * saving: the form is told how long the note is, never what it says.
 */
export function joinedNoteLengthProblem(keptCharacters: number, added: string): string | null {
  const max = CASE_TEXT_LIMITS.note;
  if (added.trim() === '') return null;
  const between = keptCharacters === 0 ? 0 : characterCount(BETWEEN_NOTES);
  const length = keptCharacters + between + characterCount(added);
  if (length <= max) return null;
  const room = max - keptCharacters - characterCount(BETWEEN_NOTES);
  const joined = `This event is starred in the case already, and its note with yours added would have ${length.toLocaleString('en')} characters; a note is at most ${max.toLocaleString('en')}.`;
  if (room > 0) return `${joined} Shorten your note to at most ${room.toLocaleString('en')} characters.`;
  return `${joined} Its note has no room left: unstar it and star the event again with one shorter note.`;
}

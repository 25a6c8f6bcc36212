import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { charactersShown } from '../../../shared/domain/shownInSentence';
import { characterCount } from '../../../shared/domain/tooLong';
import { wholeCharacters } from '../../../shared/domain/wholeCharacters';

/**
 * Text a case keeps (a pinned query's label, a starred event's summary) cut to fit the case's limit as its
 * schema counts it, by code point (`characterCount`): at most `max` of them, the "…" that marks a cut
 * included. The cut falls between whole characters as a reader counts them, so a family emoji, a flag or a
 * letter with its accents is kept or left out whole. With `named`, each hidden character is shown by its
 * name (⟨U+202E⟩), as a label shows it, and a name is never halved either.
 */
export function clipToCaseLimit(text: string, max: number, options: { named?: boolean } = {}): string {
  const whole = options.named ? showHiddenCharacters(text) : text;
  if (characterCount(whole) <= max) return whole;
  let kept = '';
  let count = 0;
  for (const character of options.named ? charactersShown(text) : wholeCharacters(text)) {
    count += characterCount(character);
    if (count > max - 1) break;
    kept += character;
  }
  return `${kept}…`;
}

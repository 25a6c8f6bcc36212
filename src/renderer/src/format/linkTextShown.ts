import { showHiddenCharacters } from '../../../shared/domain/hiddenCharacters';
import { cutAtWholeCharacter } from './cutAtWholeCharacter';

/** How much of a name or value from a link a sentence shows. */
const MAX_SHOWN = 80;

/**
 * A name or value from a link as a notice shows it: cut when longer than `max` UTF-16 units (a link may
 * carry a pasted page), with an ellipsis and its whole length, so the operator sees both where it starts
 * and how much there is ("xxxx… (5,000 characters)"); and with each hidden character named, so a
 * right-to-left override does not turn the line around and a zero-width space does not pass for nothing.
 * A character outside the BMP (an emoji) is never split in half.
 */
export function linkTextShown(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return showHiddenCharacters(text);
  return showHiddenCharacters(`${cutAtWholeCharacter(text, max)}… (${text.length.toLocaleString('en')} characters)`);
}

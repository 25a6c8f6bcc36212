import { cutAtWholeCharacter } from './cutAtWholeCharacter';

/**
 * Text made from the data (a long client id, a producer's long name) cut to `max` UTF-16 units, and
 * marked as cut with an ellipsis; a character outside the BMP (an emoji) is never
 * split in half. Text that fits is returned as it is.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutAtWholeCharacter(text, max - 1)}…`;
}

import { wholeCharacters } from '../../../shared/domain/wholeCharacters';

/**
 * The longest start of `text` that fits in `units` UTF-16 units and ends between two characters: a cut never
 * leaves half an emoji, half a flag or a letter without its accent behind.
 */
export function cutAtWholeCharacter(text: string, units: number): string {
  if (text.length <= units) return text;
  let end = 0;
  for (const character of wholeCharacters(text)) {
    if (end + character.length > units) break;
    end += character.length;
  }
  return text.slice(0, end);
}

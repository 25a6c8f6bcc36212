import { charactersShown } from '../../../shared/domain/shownInSentence';

/**
 * Text made from the data (a long client id, a producer's long name) as a short form shows it: at most `max`
 * characters as a reader counts them (`charactersShown`: an emoji with its modifiers, a flag, a letter with its
 * accents is one; a hidden character is one, shown by its name, ⟨U+202E⟩, never halved), a longer text keeping
 * `max` - 1 of them marked as cut with an ellipsis. Tabs and line ends are kept when `lines` is set.
 */
export function clipText(text: string, max: number, options: { lines?: boolean } = {}): string {
  const taken: string[] = [];
  for (const character of charactersShown(text, options)) {
    if (taken.length === max) return `${taken.slice(0, max - 1).join('')}…`;
    taken.push(character);
  }
  return taken.join('');
}

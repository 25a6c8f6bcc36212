import { charactersShown, shownInSentence } from '../../../shared/domain/shownInSentence';

/** How much of a name or value from a link a sentence shows. */
const MAX_SHOWN = 80;

/**
 * A name or value from a link as a notice shows it: by the rule every sentence cuts a value by
 * (`shownInSentence`: whole characters, each hidden character named, so a right-to-left override does not
 * turn the line around and a zero-width space does not pass for nothing), and when cut (a link may carry a
 * pasted page) with its whole length in the same characters, so the operator sees both where it starts and
 * how much there is ("xxxx… (5,000 characters)").
 */
export function linkTextShown(text: string, max = MAX_SHOWN): string {
  const characters = [...charactersShown(text)];
  if (characters.length <= max) return characters.join('');
  return `${shownInSentence(text, max)} (${characters.length.toLocaleString('en')} characters)`;
}

import { maskSensitiveText } from '../../../shared/domain/maskSensitiveText';
import { shownInSentence } from '../../../shared/domain/shownInSentence';

/**
 * Text from a link or a field, quoted in a sentence that says what is wrong with it: a card number, IBAN
 * or other secret (a JWT, `password=…`) shown as redaction shows it, never as typed; then shown as every
 * sentence shows a value (`shownInSentence`): at most `max` characters, so a pasted page stays one
 * readable line, with each hidden character named and counted as one (“⟨U+202E⟩48”), so a right-to-left
 * override does not turn the sentence around and a zero-width space does not pass for nothing.
 */
export function quoteText(text: string, max: number): string {
  return `“${quotedTextShown(text, max)}”`;
}

/** What `quoteText` writes between its quotes: for a sentence's reader to find the value in it and isolate it. */
export function quotedTextShown(text: string, max: number): string {
  return shownInSentence(maskSensitiveText(text), max);
}

import { CASE_TEXT_LIMITS } from '../../../../shared/domain/investigationCase';
import { namingTextProblems } from '../../../../shared/domain/paymentNumberProblem';
import { characterCount, tooLongSentence } from '../../../../shared/domain/tooLong';

/**
 * What is wrong with a star's note as typed, in the words main refuses it with, or null: past its limit
 * (said with its length; the text is kept, never cut), a character that hides or reorders text, a full
 * card number or IBAN, a secret. The note is shown on the case and carried into bundles.
 */
export function starNoteProblem(note: string): string | null {
  const max = CASE_TEXT_LIMITS.note;
  const length = characterCount(note);
  if (length > max) return tooLongSentence('The note', max, length);
  const refused = namingTextProblems('The note', note, { lines: true });
  return refused.length === 0 ? null : refused.join(' ');
}

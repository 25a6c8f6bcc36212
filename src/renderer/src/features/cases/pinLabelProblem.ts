import { CASE_TEXT_LIMITS, PIN_LABEL_EMPTY } from '../../../../shared/domain/investigationCase';
import { namingTextProblems } from '../../../../shared/domain/paymentNumberProblem';
import { characterCount, tooLongSentence } from '../../../../shared/domain/tooLong';

/**
 * What is wrong with the label a query is pinned under, as main would refuse it, or null: said at the
 * label's field before anything is sent. A label past its limit is kept as typed, never cut.
 */
export function pinLabelProblem(label: string): string | null {
  const length = characterCount(label.trim());
  if (length === 0) return PIN_LABEL_EMPTY;
  if (length > CASE_TEXT_LIMITS.label) return tooLongSentence('The label', CASE_TEXT_LIMITS.label, length);
  const refused = namingTextProblems('The label', label);
  return refused.length === 0 ? null : refused.join(' ');
}

import { CASE_TEXT_LIMITS } from '../../../../shared/domain/investigationCase';
import { namingTextProblems } from '../../../../shared/domain/paymentNumberProblem';
import { characterCount, tooLongSentence } from '../../../../shared/domain/tooLong';

/**
 * What is wrong with the label a query is pinned under, as main would refuse it, or null: said at the
 * label's field before anything is sent. A label past its limit is kept as typed, never cut.
 */
export function pinLabelProblem(label: string): string | null {
  const length = characterCount(label.trim());
  if (length === 0) return 'The label is empty; name what the query shows, e.g. the view or the client it is about.';
  if (length > CASE_TEXT_LIMITS.label) return tooLongSentence('The label', CASE_TEXT_LIMITS.label, length);
  const refused = namingTextProblems('The label', label);
  return refused.length === 0 ? null : refused.join(' ');
}

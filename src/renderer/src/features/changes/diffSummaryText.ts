import type { DiffSummary } from '../../../../shared/domain/changeDiff';
import { DIFF_STATUS_LABELS } from './diffStatusLabels';

/** The counted kinds of difference, in the order the summary says them. */
const COUNTED = ['changed', 'added', 'removed', 'typeChanged', 'moved'] as const;

/**
 * A change's counts in words: "300 changed", "2 changed, 1 added". Hidden values are among the values
 * counted, not more of them, so they are said as part of them: "300 changed (1 of them hidden)",
 * "2 changed, 1 added (1 of these 3 hidden)". A value added or removed whole counts once while each hidden
 * value inside it counts, so more hidden than counted are said as values in them.
 */
export function diffSummaryText(summary: DiffSummary): string {
  const parts = COUNTED.filter((key) => summary[key] > 0).map((key) => `${summary[key]} ${DIFF_STATUS_LABELS[key]}`);
  if (parts.length === 0) return 'No differences';
  const total = COUNTED.reduce((sum, key) => sum + summary[key], 0);
  const { hidden } = summary;
  const counts = parts.join(', ');
  if (hidden === 0) return counts;
  if (hidden > total) return `${counts} (${hidden} values in ${total === 1 ? 'it' : 'them'} hidden)`;
  if (hidden === total) return `${counts} (${total === 1 ? 'its value' : 'all of them'} hidden)`;
  return parts.length === 1 ? `${counts} (${hidden} of them hidden)` : `${counts} (${hidden} of these ${total} hidden)`;
}

import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { refusalSentenceOf } from '../../../../shared/contract/errors';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';
import type { GridStatus } from './useLogGrid';

function formatTotal(total: GridStatus['total'], failed: boolean): string {
  // Nothing counted because the first page failed: "Counting" would read as still counting.
  if (!total) return failed ? 'Not counted' : 'Counting matches…';
  const matches = `${total.value.toLocaleString()} ${total.value === 1 ? 'match' : 'matches'}`;
  return total.relation === 'eq' ? matches : `more than ${matches}`;
}

/** `withheld row (redaction failed)` counts as `2 withheld rows (redaction failed)`. */
function countOf(rule: string, count: number): string {
  const reason = rule.indexOf(' (');
  const [name, rest] = reason < 0 ? [rule, ''] : [rule.slice(0, reason), rule.slice(reason)];
  return `${count.toLocaleString()} ${name}${count === 1 ? '' : 's'}${rest}`;
}

function describeRedactions(redactions: Record<string, number>): string {
  return Object.entries(redactions)
    .map(([rule, count]) => countOf(rule, count))
    .join(', ');
}

/**
 * `<GridBanners status onCancel onRetry onEdit />`: what the operator must know about the rows on screen:
 * how many (one status with the loading, so a screen reader hears "Counting matches… Loading…" and then the
 * count; the Cancel button beside it stays out of what is announced), whether complete,
 * whether current, and what was redacted. A query main refused was never run: it says so and offers the
 * filters (`onEdit`), where the refusal shows next to its control, since asking again would be refused again.
 */
export function GridBanners({
  status,
  onCancel,
  onRetry,
  onEdit,
}: {
  status: GridStatus;
  onCancel: () => void;
  onRetry: () => void;
  onEdit: () => void;
}) {
  const { zone } = useTimeZone();
  return (
    <div className="grid-banners">
      {/* One status for the total and the loading both, so a screen reader hears one sentence, never two at once. */}
      <span role="status">
        <span data-testid="match-total" className="total">
          {formatTotal(status.total, status.failure !== null && !status.loading)}
        </span>
        {status.loading && <span className="loading"> Loading…</span>}
      </span>
      {status.loading && (
        <button type="button" aria-label="Cancel loading" onClick={onCancel}>
          Cancel
        </button>
      )}
      {isQueryRefusal(status.failure) && (
        <div className="banner banner-stale" role="alert" data-testid="refused-banner">
          This search was not run: {refusalSentenceOf(status.failure)}{' '}
          <button type="button" onClick={onEdit}>
            Edit the filters
          </button>
        </div>
      )}
      {status.failure && status.staleSince && !isQueryRefusal(status.failure) && (
        <div className="banner banner-stale" role="alert" data-testid="stale-banner">
          Stale since {formatTimestamp(status.staleSince.toISOString(), zone)}: {status.failure.message}{' '}
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      {status.partial && (
        <div className="banner banner-partial" role="alert">
          Partial results: {status.partial.failedShards} shard(s) did not answer
          {status.partial.reasons.length > 0 ? ` (${status.partial.reasons.join('; ')})` : ''}. These rows are not
          complete.
        </div>
      )}
      {Object.keys(status.redactions).length > 0 && (
        <div className="banner banner-redacted" role="note" data-testid="redaction-banner">
          Redacted before display: {describeRedactions(status.redactions)}. Secrets and full payment data that a
          producer logged are never shown.
        </div>
      )}
      {status.missingFields.length > 0 && (
        <div className="banner banner-partial" role="alert">
          Not in the index: {status.missingFields.join(', ')}. Check the connection&apos;s field mapping in Settings.
        </div>
      )}
    </div>
  );
}

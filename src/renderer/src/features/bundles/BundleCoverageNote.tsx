import { bundleCoverage, type CoverageNote, type ViewAsk } from '../../../../shared/domain/bundleCoverage';
import type { LogFamily, TimeRange } from '../../../../shared/query/logQuery';
import { resolveTimeRange } from '../../../../shared/query/timeRange';
import { useOperator } from '../access/OperatorContext';

/** What a view asks for: one family, some clients (or all), its time range resolved now (or all time). */
export function viewAsk(family: LogFamily, clientIds: readonly string[] = [], range?: TimeRange): ViewAsk {
  const { fromMs, toMs } = resolveTimeRange(range, Date.now());
  return {
    family,
    clientIds,
    from: fromMs === undefined ? null : new Date(fromMs).toISOString(),
    to: toMs === undefined ? null : new Date(toMs).toISOString(),
  };
}

/**
 * What a view over a reopened bundle says about what the bundle's queries covered (main records it from the
 * queries as they ran): outside, in place of an empty answer; narrower, above what it shows. Null when live.
 */
export function useBundleCoverage(ask: ViewAsk, reads: string): CoverageNote | null {
  return bundleCoverage(useOperator().bundleCoverage, ask, reads);
}

/** The sentence of `useBundleCoverage`, in place of an empty answer or above what the view shows. */
export function BundleCoverageNote({ note }: { note: CoverageNote }) {
  return (
    <p role="note" className="bundle-coverage wrap-anywhere">
      {note.text}
    </p>
  );
}

import { useMemo, type KeyboardEvent } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { bucketRange } from '../../../../shared/query/timeRange';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { useRequest } from '../../hooks/useRequest';
import type { GridFamily, QueryOf } from './gridFamily';
import { isQueryRefusal } from '../../../../shared/query/queryRefusal';

const HEIGHT = 56;

/**
 * `<MatchesHistogram family query onNarrow />`: matches over time; choosing a bar narrows the time range to
 * it. A query main refuses draws nothing: the grid's banner and the filters say why, once.
 */
export function MatchesHistogram<F extends LogFamily>({
  family,
  query,
  onNarrow,
}: {
  family: GridFamily<F>;
  query: QueryOf<F>;
  onNarrow: (query: QueryOf<F>) => void;
}) {
  const api = useApi();
  const calls = useMemo(() => family.calls(api), [family, api]);
  const { zone } = useTimeZone();
  const key = JSON.stringify({ ...query, cursor: undefined, sort: undefined });
  const histogram = useRequest(
    () => calls.histogram({ ...query, cursor: undefined }),
    // key stands for the query's content: a new object with the same content is the same query.
    [calls, key],
  );
  if (isQueryRefusal(histogram.error)) return null;
  if (histogram.error) return <p className="error histogram-error">Histogram unavailable: {histogram.error.message}</p>;
  const buckets = histogram.data?.buckets ?? [];
  const interval = histogram.data?.intervalMs ?? 0;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const width = 100 / Math.max(buckets.length, 1);
  const narrowTo = (start: string) =>
    onNarrow({ ...query, cursor: undefined, timeRange: { kind: 'absolute', ...bucketRange(start, interval) } });
  return (
    <svg
      className="histogram"
      role="group"
      aria-label={`Matches over time, in ${zone}: Tab to a bar, arrows to move, Enter to narrow to it`}
      viewBox={`0 0 100 ${HEIGHT}`}
      preserveAspectRatio="none"
      onKeyDown={(event) => moveAmongBars(event)}
    >
      {buckets.map((bucket, index) => {
        const height = (bucket.count / max) * (HEIGHT - 2);
        const name = `${formatTimestamp(bucket.start, zone)}: ${bucket.count.toLocaleString()} ${bucket.count === 1 ? 'match' : 'matches'}`;
        return (
          <g
            key={bucket.start}
            data-testid="histogram-bar"
            role="button"
            aria-label={name}
            // One Tab stop for the whole chart (the first bar); arrows move among the bars.
            tabIndex={index === 0 ? 0 : -1}
            onClick={() => narrowTo(bucket.start)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              narrowTo(bucket.start);
            }}
          >
            <title>{name}</title>
            {/* The bar's whole column: what the pointer hits, and what shows focus on a low or empty bar. */}
            <rect className="histogram-slot" x={index * width} y={0} width={width} height={HEIGHT} />
            <rect
              className="histogram-bar"
              x={index * width}
              y={HEIGHT - height}
              width={Math.max(width - 0.15, 0.1)}
              height={Math.max(height, bucket.count > 0 ? 1 : 0)}
            />
          </g>
        );
      })}
    </svg>
  );
}

/** Left/Right (Home/End) move focus among the bars of the chart holding the focused one. */
function moveAmongBars(event: KeyboardEvent<SVGSVGElement>): void {
  const bars = [...event.currentTarget.querySelectorAll<SVGGElement>('g[role="button"]')];
  const at = bars.indexOf(event.target as SVGGElement);
  if (at < 0) return;
  const next: Partial<Record<string, number>> = {
    ArrowRight: Math.min(at + 1, bars.length - 1),
    ArrowLeft: Math.max(at - 1, 0),
    Home: 0,
    End: bars.length - 1,
  };
  const target = next[event.key];
  if (target === undefined) return;
  event.preventDefault();
  bars[target]?.focus();
}

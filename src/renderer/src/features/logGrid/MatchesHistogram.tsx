import { useMemo } from 'react';
import type { LogFamily } from '../../../../shared/query/logQuery';
import { bucketRange } from '../../../../shared/query/timeRange';
import { useApi } from '../../api/ApiContext';
import { formatTimestamp } from '../../format/formatTimestamp';
import { useTimeZone } from '../timeZone/TimeZoneContext';
import { useRequest } from '../../hooks/useRequest';
import type { GridFamily, QueryOf } from './gridFamily';

const HEIGHT = 56;

/** `<MatchesHistogram family query onNarrow />`: matches over time; choosing a bar narrows the time range to it. */
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
  if (histogram.error) return <p className="error histogram-error">Histogram unavailable: {histogram.error.message}</p>;
  const buckets = histogram.data?.buckets ?? [];
  const interval = histogram.data?.intervalMs ?? 0;
  const max = Math.max(1, ...buckets.map((bucket) => bucket.count));
  const width = 100 / Math.max(buckets.length, 1);
  return (
    <svg
      className="histogram"
      role="img"
      aria-label={`Matches over time, in ${zone}`}
      viewBox={`0 0 100 ${HEIGHT}`}
      preserveAspectRatio="none"
    >
      {buckets.map((bucket, index) => {
        const height = (bucket.count / max) * (HEIGHT - 2);
        return (
          <rect
            key={bucket.start}
            data-testid="histogram-bar"
            x={index * width}
            y={HEIGHT - height}
            width={Math.max(width - 0.15, 0.1)}
            height={Math.max(height, bucket.count > 0 ? 1 : 0)}
            onClick={() =>
              onNarrow({
                ...query,
                cursor: undefined,
                timeRange: { kind: 'absolute', ...bucketRange(bucket.start, interval) },
              })
            }
          >
            <title>{`${formatTimestamp(bucket.start, zone)}: ${bucket.count.toLocaleString()} matches`}</title>
          </rect>
        );
      })}
    </svg>
  );
}

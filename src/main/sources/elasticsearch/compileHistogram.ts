import type { estypes } from '@elastic/elasticsearch';
import { clusterField } from '../../../shared/domain/fieldMapping';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogQuery } from '../../../shared/query/logQuery';
import type { Histogram } from '../../../shared/query/logSource';
import { allFilterClauses, type CompileContext } from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

export interface TimeBounds {
  fromMs: number;
  toMs: number;
}

/** The first and last match, for a histogram whose query leaves one or both ends of time open. */
export function compileMatchBounds(query: LogQuery, ctx: CompileContext): CompiledAggregations {
  const field = clusterField(ctx.mapping, query.family, LOG_FIELDS[query.family].time);
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: allFilterClauses(query, ctx) } },
    aggs: { first: { min: { field } }, last: { max: { field } } },
  };
}

export function readMatchBounds(aggregations: Record<string, unknown> | undefined): TimeBounds | null {
  const first = (aggregations?.first as { value?: number | null } | undefined)?.value;
  const last = (aggregations?.last as { value?: number | null } | undefined)?.value;
  return typeof first === 'number' && typeof last === 'number' ? { fromMs: first, toMs: last } : null;
}

/** Match counts per fixed UTC interval aligned to the epoch, empty intervals included, across the bounds. */
export function compileHistogram(
  query: LogQuery,
  ctx: CompileContext,
  bounds: TimeBounds,
  intervalMs: number,
): CompiledAggregations {
  const field = clusterField(ctx.mapping, query.family, LOG_FIELDS[query.family].time);
  const histogram: estypes.AggregationsDateHistogramAggregation = {
    field,
    fixed_interval: `${intervalMs}ms`,
    min_doc_count: 0,
    extended_bounds: { min: bounds.fromMs, max: bounds.toMs },
  };
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: allFilterClauses(query, ctx) } },
    aggs: { histogram: { date_histogram: histogram } },
  };
}

export function readHistogram(aggregations: Record<string, unknown> | undefined, intervalMs: number): Histogram {
  const histogram = aggregations?.histogram as { buckets?: { key: number; doc_count: number }[] } | undefined;
  return {
    intervalMs,
    buckets: (histogram?.buckets ?? []).map((bucket) => ({
      start: new Date(bucket.key).toISOString(),
      count: bucket.doc_count,
    })),
  };
}

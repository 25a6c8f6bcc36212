import type { LogQuery } from '../../../shared/query/logQuery';
import { DISTINCT_COUNT_PRECISION, type FacetField } from '../../../shared/query/logSource';
import { distinctCountField } from '../distinctCountField';
import { allFilterClauses, exactField, type CompileContext } from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

/**
 * The distinct values of one field among a query's matches (every filter and exclusion kept): a
 * cardinality aggregation at its highest precision, which counts that many values exactly, as far as
 * their hashes differ, and estimates beyond it.
 */
export function compileDistinctCount(query: LogQuery, key: FacetField, ctx: CompileContext): CompiledAggregations {
  const field = exactField(ctx, query.family, distinctCountField(query.family, key));
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: allFilterClauses(query, ctx) } },
    aggs: { distinct: { cardinality: { field, precision_threshold: DISTINCT_COUNT_PRECISION } } },
  };
}

export function readDistinctCount(aggregations: Record<string, unknown> | undefined): number {
  const distinct = aggregations?.['distinct'] as { value?: unknown } | undefined;
  return typeof distinct?.value === 'number' ? distinct.value : 0;
}

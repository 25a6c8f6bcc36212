import type { LogFamily } from '../../../shared/query/logQuery';
import type { CompiledAggregations } from './compileFacets';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { assertComplete } from './readPartialResult';

/** Sends a compiled aggregation request to a family's indices and returns its aggregations. */
export type Aggregate = (
  family: LogFamily,
  request: CompiledAggregations,
  signal: AbortSignal | undefined,
) => Promise<Record<string, unknown> | undefined>;

/** Aggregations on the given index patterns through the adapter; a partial answer is refused (see assertComplete). */
export function aggregateOn(
  adapter: ElasticsearchAdapter,
  indexPatterns: Readonly<Record<LogFamily, string>>,
): Aggregate {
  return async (family, request, signal) => {
    const response = await adapter.search({ index: indexPatterns[family], ...request }, indexPatterns[family], signal);
    assertComplete(response._shards);
    return response.aggregations;
  };
}

import type { estypes } from '@elastic/elasticsearch';
import { ConsoleError } from '../../../shared/contract/errors';
import { EVENT_CATALOG, EVENT_CATEGORIES } from '../../../shared/domain/eventCatalog';
import type { LogQuery } from '../../../shared/query/logQuery';
import type { Facet } from '../../../shared/query/logSource';
import {
  compileBaseClauses,
  compileFieldFilters,
  exactField,
  filterField,
  type CompileContext,
} from './compileClauses';
import { FILTER_FIELDS, type FilterKey } from './elasticsearchFields';

/** How many values a facet lists; the rest are summed in `otherCount`. */
export const FACET_SIZE = 50;
const OTHER = '__other';

export interface CompiledAggregations {
  size: 0;
  track_total_hits: false;
  query: estypes.QueryDslQueryContainer;
  aggs: Record<string, estypes.AggregationsAggregationContainer>;
}

/**
 * One filtered aggregation per facet: the query's shared clauses (scope, time, text) select the matches,
 * and each facet adds every field filter but its own, so a multi-select keeps the counts of its options.
 */
export function compileFacets(query: LogQuery, fields: readonly string[], ctx: CompileContext): CompiledAggregations {
  const filters = compileFieldFilters(query, ctx);
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  fields.forEach((field, index) => {
    const key = facetKey(query, field);
    const others = [...filters].filter(([name]) => name !== key).map(([, clause]) => clause);
    aggs[`facet${index}`] = {
      filter: { bool: { filter: others } },
      aggs: { values: valuesAggregation(query, key, ctx) },
    };
  });
  return { size: 0, track_total_hits: false, query: { bool: { filter: compileBaseClauses(query, ctx) } }, aggs };
}

function facetKey(query: LogQuery, field: string): FilterKey {
  const known: Readonly<Record<string, string>> = FILTER_FIELDS[query.family];
  if (Object.hasOwn(known, field) || (query.family === 'activity' && field === 'category')) return field as FilterKey;
  throw new ConsoleError('BAD_REQUEST', `The ${query.family} logs have no facet '${field}'.`, 'fields');
}

function valuesAggregation(
  query: LogQuery,
  key: FilterKey,
  ctx: CompileContext,
): estypes.AggregationsAggregationContainer {
  if (key === 'category') {
    const field = exactField(ctx, query.family, 'eventName');
    const filters: Record<string, estypes.QueryDslQueryContainer> = {};
    for (const category of EVENT_CATEGORIES) {
      const names = EVENT_CATALOG.filter((event) => event.category === category).map((event) => event.eventName);
      filters[category] = { terms: { [field]: names } };
    }
    return { filters: { filters, other_bucket_key: OTHER } };
  }
  return {
    terms: {
      field: exactField(ctx, query.family, filterField(query.family, key)),
      size: FACET_SIZE,
      shard_size: FACET_SIZE * 10,
      order: [{ _count: 'desc' }, { _key: 'asc' }],
    },
  };
}

interface Bucket {
  key?: unknown;
  key_as_string?: string;
  doc_count: number;
}

/** Facets out of the aggregations, in the order asked for. */
export function readFacets(fields: readonly string[], aggregations: Record<string, unknown> | undefined): Facet[] {
  return fields.map((field, index) => {
    const facet = aggregations?.[`facet${index}`] as { values?: unknown } | undefined;
    const values = facet?.values as { buckets?: unknown; sum_other_doc_count?: number } | undefined;
    const buckets = values?.buckets;
    if (Array.isArray(buckets)) {
      return {
        field,
        buckets: (buckets as Bucket[]).map((bucket) => ({ value: bucketValue(bucket), count: bucket.doc_count })),
        otherCount: values?.sum_other_doc_count ?? 0,
      };
    }
    const keyed = Object.entries((buckets ?? {}) as Record<string, Bucket>);
    const other = keyed.find(([key]) => key === OTHER)?.[1].doc_count ?? 0;
    const counted = keyed
      .filter(([key, bucket]) => key !== OTHER && bucket.doc_count > 0)
      .map(([value, bucket]) => ({ value, count: bucket.doc_count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return { field, buckets: counted, otherCount: other };
  });
}

function bucketValue(bucket: Bucket): string {
  if (typeof bucket.key_as_string === 'string') return bucket.key_as_string;
  return typeof bucket.key === 'string' ? bucket.key : String(bucket.key);
}

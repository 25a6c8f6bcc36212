import type { estypes } from '@elastic/elasticsearch';
import { ConsoleError } from '../../../shared/contract/errors';
import { filterTarget, LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogQuery } from '../../../shared/query/logQuery';
import { FACET_SIZE, type Facet, type FacetField } from '../../../shared/query/logSource';
import {
  compileBaseClauses,
  compileExclusions,
  compileFieldFilters,
  exactField,
  matchAny,
  type CompileContext,
} from './compileClauses';

const OTHER = '__other';

export interface CompiledAggregations {
  size: 0;
  track_total_hits: false;
  query: estypes.QueryDslQueryContainer;
  aggs: Record<string, estypes.AggregationsAggregationContainer>;
}

/**
 * One filtered aggregation per facet: the query's shared clauses (scope, time, text) select the matches,
 * and each facet adds every field filter but its own, so a multi-select keeps the counts of its options,
 * and every exclusion, its own too: an option counts the rows the grid shows once it is ticked, and an
 * excluded value stays excluded then.
 */
export function compileFacets(query: LogQuery, fields: readonly string[], ctx: CompileContext): CompiledAggregations {
  const filters = [...compileFieldFilters(query, ctx)];
  const exclusions = [...compileExclusions(query, ctx).values()];
  const aggs: Record<string, estypes.AggregationsAggregationContainer> = {};
  fields.forEach((field, index) => {
    const key = facetKey(query, field);
    const others = [...filters.filter(([name]) => name !== key).map(([, clause]) => clause), ...exclusions];
    aggs[`facet${index}`] = {
      filter: { bool: { filter: others } },
      aggs: { values: valuesAggregation(query, key, ctx) },
    };
  });
  return { size: 0, track_total_hits: false, query: { bool: { filter: compileBaseClauses(query, ctx) } }, aggs };
}

function facetKey(query: LogQuery, field: string): FacetField {
  if (LOG_FIELDS[query.family].facets.includes(field)) return field as FacetField;
  throw new ConsoleError('BAD_REQUEST', `The ${query.family} logs have no facet '${field}'.`, 'fields');
}

/**
 * Counts a facet's values: a terms aggregation on its field, or for a derived filter (category) one
 * bucket per group of the target field's values, with matches in no group counted as other.
 */
function valuesAggregation(
  query: LogQuery,
  key: FacetField,
  ctx: CompileContext,
): estypes.AggregationsAggregationContainer {
  const ref = LOG_FIELDS[query.family].filters.get(key);
  if (!ref) throw new ConsoleError('BAD_REQUEST', `The ${query.family} logs have no facet '${key}'.`, 'fields');
  const groups = ref.field.expandsTo?.groups;
  if (groups) {
    const filters: Record<string, estypes.QueryDslQueryContainer> = {};
    for (const group of Object.keys(groups)) {
      const target = filterTarget(query.family, ref, [group]);
      filters[group] = matchAny(ctx, query.family, target.field, target.values);
    }
    return { filters: { filters, other_bucket_key: OTHER } };
  }
  return {
    terms: {
      field: exactField(ctx, query.family, ref.name),
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

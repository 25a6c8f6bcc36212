import type { estypes } from '@elastic/elasticsearch';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import { SUGGEST_SIZE, type Suggestion, type SuggestField } from '../../../shared/query/logSource';
import { exactField, type CompileContext } from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

/**
 * Type-ahead over the parties of the operational logs: ids whose name or id starts with the prefix,
 * ignoring case, with how many logs name them, most frequent first. A scope keeps to the operator's
 * clients (for employees: those who acted on the operator's clients).
 */
export function compileSuggest(field: SuggestField, prefix: string, ctx: CompileContext): CompiledAggregations {
  const id = exactField(ctx, 'operational', `${field}.id`);
  const name = exactField(ctx, 'operational', `${field}.name`);
  const needle = prefix.trim();
  const filter: estypes.QueryDslQueryContainer[] = [{ exists: { field: id } }];
  if (needle) {
    filter.push({
      bool: {
        should: [
          { prefix: { [name]: { value: needle, case_insensitive: true } } },
          { prefix: { [id]: { value: needle, case_insensitive: true } } },
        ],
        minimum_should_match: 1,
      },
    });
  }
  if (ctx.scopeClientIds)
    filter.push({ terms: { [exactField(ctx, 'operational', LOG_FIELDS.operational.scope)]: [...ctx.scopeClientIds] } });
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter } },
    aggs: {
      parties: {
        terms: {
          field: id,
          size: SUGGEST_SIZE,
          shard_size: SUGGEST_SIZE * 20,
          order: [{ _count: 'desc' }, { _key: 'asc' }],
        },
        aggs: { name: { terms: { field: name, size: 1, order: { _key: 'asc' } } } },
      },
    },
  };
}

interface PartyBucket {
  key: string | number;
  doc_count: number;
  name?: { buckets?: { key: string | number }[] };
}

export function readSuggestions(aggregations: Record<string, unknown> | undefined): Suggestion[] {
  const parties = aggregations?.parties as { buckets?: PartyBucket[] } | undefined;
  return (parties?.buckets ?? []).map((bucket) => ({
    id: String(bucket.key),
    name: String(bucket.name?.buckets?.[0]?.key ?? ''),
    count: bucket.doc_count,
  }));
}

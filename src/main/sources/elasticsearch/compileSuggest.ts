import type { estypes } from '@elastic/elasticsearch';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import { SUGGEST_SIZE, type Suggestion, type SuggestField } from '../../../shared/query/logSource';
import { suggestPrefix, SUGGEST_SLACK } from '../searchTerms';
import { exactField, type CompileContext } from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

/**
 * Type-ahead over the parties of the operational logs: ids whose name or id starts with the prefix,
 * ignoring case (a prefix with a digit matches ids only, see suggestPrefix), with how many logs name
 * them, most frequent first. A scope keeps to the operator's clients (for employees: those who acted
 * on the operator's clients). A few more parties than are shown are asked for, so dropping the ones
 * that hold a secret (see withoutSecretParties) still leaves a full list.
 */
export function compileSuggest(field: SuggestField, prefix: string, ctx: CompileContext): CompiledAggregations {
  const id = exactField(ctx, 'operational', `${field}.id`);
  const name = exactField(ctx, 'operational', `${field}.name`);
  const { text: needle, matchesNames } = suggestPrefix(prefix);
  const filter: estypes.QueryDslQueryContainer[] = [{ exists: { field: id } }];
  if (needle) {
    const byId = { prefix: { [id]: { value: needle, case_insensitive: true } } };
    const byName = { prefix: { [name]: { value: needle, case_insensitive: true } } };
    filter.push({ bool: { should: matchesNames ? [byName, byId] : [byId], minimum_should_match: 1 } });
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
          size: SUGGEST_SIZE + SUGGEST_SLACK,
          shard_size: (SUGGEST_SIZE + SUGGEST_SLACK) * 20,
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

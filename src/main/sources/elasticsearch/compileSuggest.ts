import type { estypes } from '@elastic/elasticsearch';
import type { OperationalQuery } from '../../../shared/query/logQuery';
import { SUGGEST_FILTER_KEYS, SUGGEST_SIZE, type Suggestion, type SuggestField } from '../../../shared/query/logSource';
import { NAME_WORD_SEPARATORS } from '../../../shared/query/suggestMatch';
import { suggestPrefix, SUGGEST_SLACK } from '../searchTerms';
import {
  compileBaseClauses,
  compileExclusions,
  compileFieldFilters,
  exactField,
  type CompileContext,
} from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

const WITHIN_ALL: OperationalQuery['sort'] = { field: 'created', direction: 'desc' };

/** A wildcard pattern's operators taken literally. */
const escapeWildcard = (text: string): string => text.replace(/[\\*?]/g, (char) => `\\${char}`);

/**
 * Type-ahead over the parties of the operational logs: ids whose name, id or a word of whose name starts with the prefix,
 * ignoring case (a prefix with a digit matches ids only, see suggestPrefix), with how many logs name
 * them, most frequent first. A scope keeps to the operator's clients (for employees: those who acted
 * on the operator's clients). A few more parties than are shown are asked for, so dropping the ones
 * that hold a secret (see withoutSecretParties) still leaves a full list. Counted among `within`'s
 * matches with the party's own filter left out (so every candidate keeps its count) and its exclusion kept
 * (a party the query leaves out is not offered), or among all logs.
 */
export function compileSuggest(
  field: SuggestField,
  prefix: string,
  ctx: CompileContext,
  within?: OperationalQuery,
): CompiledAggregations {
  const id = exactField(ctx, 'operational', `${field}.id`);
  const name = exactField(ctx, 'operational', `${field}.name`);
  const { text: needle, matchesNames } = suggestPrefix(prefix);
  const filter: estypes.QueryDslQueryContainer[] = [{ exists: { field: id } }];
  if (needle) {
    const byId = { prefix: { [id]: { value: needle, case_insensitive: true } } };
    const byName = { prefix: { [name]: { value: needle, case_insensitive: true } } };
    const byWord = NAME_WORD_SEPARATORS.map((separator) => ({
      wildcard: { [name]: { value: `*${separator}${escapeWildcard(needle)}*`, case_insensitive: true } },
    }));
    filter.push({ bool: { should: matchesNames ? [byName, ...byWord, byId] : [byId], minimum_should_match: 1 } });
  }
  const query: OperationalQuery = within ?? { family: 'operational', filters: {}, sort: WITHIN_ALL, pageSize: 10 };
  const own = SUGGEST_FILTER_KEYS[field];
  const others = [...compileFieldFilters(query, ctx)].filter(([key]) => key !== own).map(([, clause]) => clause);
  filter.push(...compileBaseClauses(query, ctx), ...others, ...compileExclusions(query, ctx).values());
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

import type { estypes } from '@elastic/elasticsearch';
import { clusterField } from '../../../shared/domain/fieldMapping';
import { TIEBREAKER_FIELD } from '../../../shared/query/logFields';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogQuery } from '../../../shared/query/logQuery';
import { allFilterClauses, exactField, type CompileContext, type QueryClause } from './compileClauses';

/** One page of a query in the DSL; paging (point-in-time, search_after) is added by the source. */
export interface CompiledSearch {
  query: QueryClause;
  sort: estypes.SortOptions[];
  size: number;
  /** Totals are counted exactly: an auditor reads "30,186 matches", never "more than 10,000". */
  track_total_hits: true;
  _source: { includes: string[] };
}

/** LogQuery to the Elasticsearch DSL: every condition a non-scoring filter, sorted with a unique tiebreaker. */
export function compileToElasticsearch(query: LogQuery, ctx: CompileContext): CompiledSearch {
  const family = query.family;
  const fields = LOG_FIELDS[family];
  const sortField = exactField(ctx, family, query.sort.field);
  const sortsInstants = fields.table[query.sort.field]?.kind === 'instant';
  const order = query.sort.direction;
  return {
    query: { bool: { filter: allFilterClauses(query, ctx) } },
    sort: [
      { [sortField]: { order, missing: '_last', unmapped_type: sortsInstants ? 'date' : 'keyword' } },
      { [exactField(ctx, family, TIEBREAKER_FIELD)]: { order, unmapped_type: 'keyword' } },
    ],
    size: query.pageSize,
    track_total_hits: true,
    _source: { includes: fields.stored.map(({ name }) => clusterField(ctx.mapping, family, name)) },
  };
}

import type { estypes } from '@elastic/elasticsearch';
import { clusterField } from '../../../shared/domain/fieldMapping';
import { CLIENT_MANAGER_LIMIT } from '../../../shared/domain/clientDirectory';
import { LOG_FIELDS } from '../../../shared/query/fieldRoles';
import type { LogFamily, TimeRange } from '../../../shared/query/logQuery';
import type { ClientFacts, FamilyFacts } from '../../../shared/query/clientQueries';
import { resolveTimeRange } from '../../../shared/query/timeRange';
import { bucketsOf, topKey } from './compileClientLookup';
import { exactField, type CompileContext, type QueryClause } from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

const ORDER: estypes.AggregationsAggregateOrder = [{ _count: 'desc' }, { _key: 'asc' }];
const terms = (field: string, size: number) => ({
  terms: { field, size, shard_size: Math.max(size * 10, 100), order: ORDER },
});

function rangeClause(ctx: CompileContext, family: LogFamily, timeRange: TimeRange | undefined): QueryClause {
  const range = resolveTimeRange(timeRange, ctx.nowMs);
  if (range.fromMs === undefined && range.toMs === undefined) return { match_all: {} };
  const bounds: estypes.QueryDslDateRangeQuery = { format: 'strict_date_optional_time' };
  if (range.fromMs !== undefined) bounds.gte = new Date(range.fromMs).toISOString();
  if (range.toMs !== undefined) bounds.lte = new Date(range.toMs).toISOString();
  return { range: { [clusterField(ctx.mapping, family, LOG_FIELDS[family].time)]: bounds } };
}

/** The client's documents of one family, within the operator's scope. */
function clientClauses(ctx: CompileContext, family: LogFamily, clientId: string): QueryClause[] {
  const field = exactField(ctx, family, LOG_FIELDS[family].scope);
  const clauses: QueryClause[] = [{ term: { [field]: clientId } }];
  if (ctx.scopeClientIds) clauses.push({ terms: { [field]: [...ctx.scopeClientIds] } });
  return clauses;
}

function spanAggregations(time: string): Record<string, estypes.AggregationsAggregationContainer> {
  return { first: { min: { field: time } }, last: { max: { field: time } } };
}

/** Two searches, one per family: the client's span over all time and, filtered to the range, the rest. */
export function compileClientFacts(
  clientId: string,
  timeRange: TimeRange | undefined,
  ctx: CompileContext,
): { operational: CompiledAggregations; activity: CompiledAggregations } {
  const opsTime = clusterField(ctx.mapping, 'operational', 'created');
  const actTime = clusterField(ctx.mapping, 'activity', 'createdAt');
  const actorType = exactField(ctx, 'activity', 'actorType');
  return {
    operational: {
      size: 0,
      track_total_hits: false,
      query: { bool: { filter: clientClauses(ctx, 'operational', clientId) } },
      aggs: {
        ...spanAggregations(opsTime),
        name: terms(exactField(ctx, 'operational', 'client.name'), 1),
        inRange: { filter: rangeClause(ctx, 'operational', timeRange), aggs: spanAggregations(opsTime) },
      },
    },
    activity: {
      size: 0,
      track_total_hits: false,
      query: { bool: { filter: clientClauses(ctx, 'activity', clientId) } },
      aggs: {
        ...spanAggregations(actTime),
        email: terms(exactField(ctx, 'activity', 'metadata.email'), 1),
        inRange: {
          filter: rangeClause(ctx, 'activity', timeRange),
          aggs: {
            ...spanAggregations(actTime),
            apps: terms(exactField(ctx, 'activity', 'sourceApp'), 10),
            actors: terms(actorType, 10),
            managers: {
              filter: { term: { [actorType]: 'manager' } },
              aggs: {
                ids: {
                  ...terms(exactField(ctx, 'activity', 'actorId'), CLIENT_MANAGER_LIMIT),
                  aggs: { name: terms(exactField(ctx, 'activity', 'actorName'), 1) },
                },
              },
            },
          },
        },
      },
    },
  };
}

type Aggregations = Record<string, unknown> | undefined;

const valueOf = (aggregations: Aggregations, name: string): number | null => {
  const value = (aggregations?.[name] as { value?: number | null } | undefined)?.value;
  return typeof value === 'number' ? value : null;
};

function familyFacts(aggregations: Aggregations): FamilyFacts {
  const inRange = aggregations?.inRange as (Record<string, unknown> & { doc_count?: number }) | undefined;
  return {
    count: inRange?.doc_count ?? 0,
    firstMs: valueOf(inRange, 'first'),
    lastMs: valueOf(inRange, 'last'),
    overallFirstMs: valueOf(aggregations, 'first'),
    overallLastMs: valueOf(aggregations, 'last'),
  };
}

export function readClientFacts(operational: Aggregations, activity: Aggregations): ClientFacts {
  const inRange = activity?.inRange as Record<string, unknown> | undefined;
  const managers = inRange?.managers as Record<string, unknown> | undefined;
  const ids = managers?.ids as { sum_other_doc_count?: number } | undefined;
  const counts = (name: string) =>
    bucketsOf(inRange, name).map((bucket) => ({ value: String(bucket.key), count: bucket.doc_count }));
  const [name] = bucketsOf(operational, 'name');
  const [email] = bucketsOf(activity, 'email');
  return {
    name: name === undefined ? null : String(name.key),
    email: email === undefined ? null : String(email.key),
    operational: familyFacts(operational),
    activity: {
      ...familyFacts(activity),
      sourceApps: counts('apps'),
      actorTypes: counts('actors'),
      managers: bucketsOf(managers, 'ids').map((bucket) => ({
        id: String(bucket.key),
        name: topKey(bucket, 'name'),
        count: bucket.doc_count,
      })),
      otherManagers: ids?.sum_other_doc_count ?? 0,
    },
  };
}

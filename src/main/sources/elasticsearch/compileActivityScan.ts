import type { estypes } from '@elastic/elasticsearch';
import { ACTOR_TYPES, SOURCE_APPS, type ActorType, type SourceApp } from '../../../shared/domain/clientActivity';
import { clusterField } from '../../../shared/domain/fieldMapping';
import {
  EVENT_NAME_LIMIT,
  MAX_SCAN_SIZE,
  type ActivityScan,
  type NameCounts,
  type ScannedActivity,
} from '../../../shared/query/clientQueries';
import type { ActivityQuery } from '../../../shared/query/logQuery';
import { bucketsOf } from './compileClientLookup';
import {
  allFilterClauses,
  compileFieldFilters,
  compileTextClauses,
  exactField,
  type CompileContext,
} from './compileClauses';
import type { CompiledAggregations } from './compileFacets';

/** The name a hit carries in `matched_queries` when it matches the scan's match query. */
const MATCH = 'match';

/** The fields a scanned event is read from, as doc values: no `_source` is loaded. */
const SCANNED = ['id', 'sourceApp', 'actorType', 'actorId', 'actorName', 'eventName', 'metadata.ip', 'metadata.device'];

/**
 * A client's activity sorted on (time, id) after a position: a keyset seek the index sort serves
 * directly. Doc values only, so a batch of thousands costs little more than a page of rows.
 */
export function compileActivityScan(scan: ActivityScan, ctx: CompileContext): estypes.SearchRequest {
  const time = clusterField(ctx.mapping, 'activity', 'createdAt');
  const clientField = exactField(ctx, 'activity', 'clientId');
  const filter: estypes.QueryDslQueryContainer[] = [{ term: { [clientField]: scan.clientId } }];
  if (ctx.scopeClientIds) filter.push({ terms: { [clientField]: [...ctx.scopeClientIds] } });
  if (scan.fromMs !== undefined || scan.toMs !== undefined) {
    const bounds: estypes.QueryDslNumberRangeQuery = {};
    if (scan.fromMs !== undefined) bounds.gte = scan.fromMs;
    if (scan.toMs !== undefined) bounds.lte = scan.toMs;
    filter.push({ range: { [time]: { ...bounds, format: 'epoch_millis' } } });
  }
  if (scan.actorTypes) filter.push({ terms: { [exactField(ctx, 'activity', 'actorType')]: [...scan.actorTypes] } });
  const query: estypes.QueryDslQueryContainer = scan.match
    ? { bool: { filter, should: [{ bool: { filter: matchClauses(scan.match, ctx), _name: MATCH } }] } }
    : { bool: { filter } };
  const order = scan.direction;
  return {
    size: Math.min(scan.size, MAX_SCAN_SIZE),
    track_total_hits: false,
    _source: false,
    query,
    sort: [{ [time]: { order } }, { [exactField(ctx, 'activity', 'id')]: { order } }],
    ...(scan.after ? { search_after: [scan.after.atMs, scan.after.id] } : {}),
    docvalue_fields: [
      { field: time, format: 'epoch_millis' },
      ...SCANNED.map((field) => ({ field: exactField(ctx, 'activity', field) })),
    ],
  };
}

/** What an event must meet to count as matching: the match query's filters and text, nothing of its time. */
function matchClauses(match: ActivityQuery, ctx: CompileContext): estypes.QueryDslQueryContainer[] {
  return [...compileFieldFilters(match, ctx).values(), ...compileTextClauses('activity', match.text, ctx)];
}

type Fields = Record<string, unknown[] | undefined>;

/** A doc value that is there exactly once, as text; a missing or repeated value is none. */
function single(fields: Fields | undefined, name: string): string | null {
  const values = fields?.[name];
  return Array.isArray(values) && values.length === 1 ? String(values[0]) : null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

export function readActivityScan(
  hits: readonly estypes.SearchHit<unknown>[],
  scan: ActivityScan,
  ctx: CompileContext,
): ScannedActivity[] {
  const field = (name: string) => exactField(ctx, 'activity', name);
  const time = clusterField(ctx.mapping, 'activity', 'createdAt');
  return hits.map((hit) => {
    const fields = hit.fields as Fields | undefined;
    const named = hit.matched_queries;
    const matched = Array.isArray(named) ? named.includes(MATCH) : named !== undefined && MATCH in named;
    return {
      id: single(fields, field('id')) ?? String(hit._id),
      atMs: Number(single(fields, time)),
      sourceApp: oneOf<SourceApp>(SOURCE_APPS, single(fields, field('sourceApp')), 'crm'),
      actorType: oneOf<ActorType>(ACTOR_TYPES, single(fields, field('actorType')), 'system'),
      actorId: single(fields, field('actorId')),
      actorName: single(fields, field('actorName')),
      eventName: single(fields, field('eventName')) ?? '',
      ip: single(fields, field('metadata.ip')),
      device: single(fields, field('metadata.device')),
      matched: scan.match ? matched : true,
    };
  });
}

/** Every event name among an activity query's matches with its count, most frequent first. */
export function compileEventNameCounts(query: ActivityQuery, ctx: CompileContext): CompiledAggregations {
  return {
    size: 0,
    track_total_hits: false,
    query: { bool: { filter: allFilterClauses(query, ctx) } },
    aggs: {
      names: {
        terms: {
          field: exactField(ctx, 'activity', 'eventName'),
          size: EVENT_NAME_LIMIT,
          order: [{ _count: 'desc' }, { _key: 'asc' }],
        },
      },
    },
  };
}

export function readEventNameCounts(aggregations: Record<string, unknown> | undefined): NameCounts {
  const names = aggregations?.names as { sum_other_doc_count?: number } | undefined;
  return {
    buckets: bucketsOf(aggregations, 'names').map((bucket) => ({ value: String(bucket.key), count: bucket.doc_count })),
    otherCount: names?.sum_other_doc_count ?? 0,
  };
}

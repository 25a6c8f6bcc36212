import type { estypes } from '@elastic/elasticsearch';
import type { FieldMapping } from '../../../shared/domain/fieldMapping';
import type { LogQuery } from '../../../shared/query/logQuery';
import type { LogPage, RecordProvenance, TotalHits } from '../../../shared/query/logSource';
import type { CompiledSearch } from './compileToElasticsearch';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { ExpiredPointInTimeError } from './elasticsearchErrors';
import type { LogCursor, SortValue } from './logCursor';
import { mapActivityHit, mapOperationalHit } from './mapHitToRow';
import type { PointInTimeRegistry } from './PointInTimeRegistry';
import { failedForExpiredPointInTime, readPartialResult } from './readPartialResult';

export interface PageRequest {
  query: LogQuery;
  compiled: CompiledSearch;
  indexPattern: string;
  keepAliveMs: number;
  mapping: FieldMapping;
  missingFields: string[];
  nowMs: number;
  /** Where the previous page stopped; null for the first page. */
  previous: LogCursor | null;
  /** Return each row's index, id, sequence number and primary term beside it. */
  provenance?: boolean;
  /** Seals the next page's position into the cursor handed out (bound to operator and query). */
  issueCursor: (position: LogCursor) => string;
  signal?: AbortSignal;
}

export interface PagingState {
  adapter: ElasticsearchAdapter;
  pits: PointInTimeRegistry;
}

type Hit = estypes.SearchHit<unknown>;

/**
 * One page through a point-in-time with search_after. The first page opens the point-in-time; later
 * pages reuse it and carry on after the previous page's last sort values. If it expired between pages
 * (or this process no longer knows it), a fresh one is opened and the page continues after the same
 * sort values: rows stay in order with no repeat (`id` is unique) and no gap among rows that existed
 * before; rows indexed since then appear where they sort. The last page closes the point-in-time.
 */
export async function fetchLogPage(state: PagingState, request: PageRequest): Promise<LogPage> {
  const started = performance.now();
  const { query, previous } = request;
  const { adapter, pits } = state;
  let handle: string;
  let pit: string;
  if (previous) {
    handle = previous.handle;
    pit = pits.get(handle) ?? (await reopen(state, request, handle));
  } else {
    pit = await adapter.openPointInTime(request.indexPattern, keepAlive(request), request.signal);
    const added = pits.add(pit);
    handle = added.handle;
    await Promise.all(added.evicted.map((id) => releasePointInTime(adapter, id)));
  }

  let response: estypes.SearchResponse<unknown>;
  try {
    response = await searchAfter(adapter, request, pit);
    if (previous && failedForExpiredPointInTime(response._shards)) throw new ExpiredPointInTimeError();
  } catch (error) {
    if (!(previous && error instanceof ExpiredPointInTimeError)) {
      if (!previous) await releasePointInTime(adapter, pits.take(handle) ?? pit);
      throw error;
    }
    pit = await reopen(state, request, handle);
    response = await searchAfter(adapter, request, pit);
  }

  const pageSize = request.compiled.size;
  const hits = response.hits.hits.slice(0, pageSize);
  const last = hits.at(-1);
  const hasMore = response.hits.hits.length > pageSize && last !== undefined;
  const total = previous?.total ?? readTotal(response.hits.total);
  pits.set(handle, response.pit_id ?? pit);
  const nextCursor = hasMore ? request.issueCursor(nextPosition(request, handle, last, total)) : null;
  const page = {
    total,
    nextCursor,
    partial: readPartialResult(response._shards),
    missingFields: request.missingFields,
    redactions: {},
    tookMs: 0,
    ...(request.provenance ? { provenance: hits.map(provenanceOf) } : {}),
  };
  let built: LogPage;
  try {
    built =
      query.family === 'operational'
        ? { family: 'operational', rows: hits.map((hit) => mapOperationalHit(hit, request.mapping)), ...page }
        : { family: 'activity', rows: hits.map((hit) => mapActivityHit(hit, request.mapping)), ...page };
  } catch (error) {
    // No cursor leaves this function, so nothing would ever release the point-in-time.
    await releasePointInTime(adapter, pits.take(handle) ?? pit);
    throw error;
  }
  if (!hasMore) await releasePointInTime(adapter, pits.take(handle) ?? pit);
  return { ...built, tookMs: Math.round(performance.now() - started) };
}

async function reopen(state: PagingState, request: PageRequest, handle: string): Promise<string> {
  const pit = await state.adapter.openPointInTime(request.indexPattern, keepAlive(request), request.signal);
  state.pits.set(handle, pit);
  return pit;
}

function searchAfter(
  adapter: ElasticsearchAdapter,
  request: PageRequest,
  pit: string,
): Promise<estypes.SearchResponse<unknown>> {
  const { compiled, previous } = request;
  return adapter.search(
    {
      ...compiled,
      // One row more than the page tells whether another page follows, without counting.
      size: compiled.size + 1,
      track_total_hits: previous ? false : compiled.track_total_hits,
      pit: { id: pit, keep_alive: keepAlive(request) },
      ...(request.provenance ? { seq_no_primary_term: true } : {}),
      ...(previous ? { search_after: previous.after } : {}),
    },
    request.indexPattern,
    request.signal,
  );
}

function nextPosition(request: PageRequest, handle: string, last: Hit, total: TotalHits): LogCursor {
  // Only the explicit sort values (sort field, id): the implicit `_shard_doc` of a point-in-time would
  // mean nothing to a fresh one, and `id` alone already orders ties.
  const after = (last.sort ?? []).slice(0, request.compiled.sort.length) as SortValue[];
  return { handle, after, nowMs: request.nowMs, total };
}

function provenanceOf(hit: Hit): RecordProvenance {
  return {
    store: 'elasticsearch',
    index: hit._index,
    documentId: hit._id ?? '',
    seqNo: hit._seq_no ?? null,
    primaryTerm: hit._primary_term ?? null,
  };
}

function keepAlive(request: PageRequest): string {
  return `${request.keepAliveMs}ms`;
}

function readTotal(total: estypes.SearchTotalHits | number | undefined): TotalHits {
  if (typeof total === 'number') return { value: total, relation: 'eq' };
  return { value: total?.value ?? 0, relation: total?.relation ?? 'eq' };
}

export async function releasePointInTime(adapter: ElasticsearchAdapter, pit: string): Promise<void> {
  try {
    await adapter.closePointInTime(pit);
  } catch {
    // Best effort: an unreleased point-in-time expires by itself after its keep-alive.
  }
}

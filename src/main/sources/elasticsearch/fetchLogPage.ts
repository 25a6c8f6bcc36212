import type { estypes } from '@elastic/elasticsearch';
import type { FieldMapping } from '../../../shared/domain/fieldMapping';
import type { LogQuery } from '../../../shared/query/logQuery';
import type { LogPage, RecordProvenance, TotalHits } from '../../../shared/query/logSource';
import { afterThisTurn } from '../afterThisTurn';
import { untilAborted } from '../untilAborted';
import type { CompiledSearch } from './compileToElasticsearch';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { ExpiredPointInTimeError } from './elasticsearchErrors';
import type { LogCursor, SortValue } from './logCursor';
import { RedactionTally } from '../../redaction/redactionTally';
import { mapActivityHit, mapOperationalHit } from './mapHitToRow';
import type { PointInTimeId, PointInTimeRegistry } from './PointInTimeRegistry';
import { failedForExpiredPointInTime, readPartialResult } from './readPartialResult';
import { skipRows } from './skipRows';

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
 * One page. The first is one plain search; only when a next page exists does the point-in-time later
 * pages read through open, after it and not waited for, so the first page costs what one search costs.
 * Later pages carry on after the previous page's last sort values with search_after on that
 * point-in-time. If it expired between pages, failed to open, or this process no longer knows it, a
 * fresh one is opened and the page continues after the same sort values: rows stay in order with no
 * repeat (`id` is unique) and no gap among rows that existed before; rows indexed since then appear
 * where they sort. The last page closes the point-in-time.
 */
export async function fetchLogPage(state: PagingState, request: PageRequest): Promise<LogPage> {
  const started = performance.now();
  const { previous } = request;
  return previous ? laterPage(state, request, previous, started) : firstPage(state, request, started);
}

async function firstPage(state: PagingState, request: PageRequest, started: number): Promise<LogPage> {
  if (request.query.skip) return jumpPage(state, request, started);
  const response = await search(state.adapter, request, null);
  const { hits, last, hasMore } = pageOf(request, response);
  const total = readTotal(response.hits.total);
  if (!hasMore || !last) return buildPage(request, hits, response, null, total, started);
  // Later pages read through a point in time, opened only once one is needed and not waited for, so
  // the first page costs one search (and is not tied to this request's signal: it outlives the page).
  // Its request goes out on the next turn of the event loop: writing it is not the first page's cost.
  const opening = afterThisTurn().then(() => state.adapter.openPointInTime(request.indexPattern, keepAlive(request)));
  opening.catch(() => undefined);
  return pageWithCursor(state, request, { opening, response, hits, last, total, started });
}

/** A first page `query.skip` rows in: the point in time is walked from the start (see skipRows). */
async function jumpPage(state: PagingState, request: PageRequest, started: number): Promise<LogPage> {
  const { adapter } = state;
  // Not tied to this request's signal: the point-in-time outlives the first page.
  const opening = adapter.openPointInTime(request.indexPattern, keepAlive(request));
  opening.catch(() => undefined);
  let read: { response: estypes.SearchResponse<unknown>; pit: string };
  try {
    read = await readAt(adapter, request, await opening);
  } catch (error) {
    void releasePointInTime(adapter, opening);
    throw error;
  }
  const { response, pit } = read;
  const { hits, last, hasMore } = pageOf(request, response);
  const total = readTotal(response.hits.total);
  if (!hasMore || !last) {
    void releasePointInTime(adapter, pit);
    return buildPage(request, hits, response, null, total, started);
  }
  return pageWithCursor(state, request, { opening, pit, response, hits, last, total, started });
}

interface OpenedPage {
  opening: Promise<string>;
  /** The point in time a jump moved on to, when it differs from the one opened. */
  pit?: string;
  response: estypes.SearchResponse<unknown>;
  hits: Hit[];
  last: Hit;
  total: TotalHits;
  started: number;
}

/** Registers the point in time later pages read through and hands out the cursor to the next page. */
async function pageWithCursor(state: PagingState, request: PageRequest, page: OpenedPage): Promise<LogPage> {
  const { adapter, pits } = state;
  const added = pits.add(page.opening);
  if (page.pit !== undefined) pits.set(added.handle, page.pit);
  await Promise.all(added.evicted.map((id) => releasePointInTime(adapter, id)));
  const nextCursor = request.issueCursor(nextPosition(request, added.handle, page.last, page.total));
  try {
    return buildPage(request, page.hits, page.response, nextCursor, page.total, page.started);
  } catch (error) {
    // No cursor leaves this function, so nothing would ever release the point-in-time.
    await releasePointInTime(adapter, pits.take(added.handle) ?? page.opening);
    throw error;
  }
}

async function laterPage(
  state: PagingState,
  request: PageRequest,
  previous: LogCursor,
  started: number,
): Promise<LogPage> {
  const { adapter, pits } = state;
  const handle = previous.handle;
  let pit = await pointInTimeFor(state, request, handle);
  let response: estypes.SearchResponse<unknown>;
  try {
    ({ response, pit } = await readAt(adapter, request, pit));
    if (failedForExpiredPointInTime(response._shards)) throw new ExpiredPointInTimeError();
  } catch (error) {
    if (!(error instanceof ExpiredPointInTimeError)) throw error;
    pit = await reopen(state, request, handle);
    ({ response, pit } = await readAt(adapter, request, pit));
  }
  const { hits, last, hasMore } = pageOf(request, response);
  pits.set(handle, response.pit_id ?? pit);
  const total = previous.total;
  const nextCursor = hasMore && last ? request.issueCursor(nextPosition(request, handle, last, total)) : null;
  let page: LogPage;
  try {
    page = buildPage(request, hits, response, nextCursor, total, started);
  } catch (error) {
    // No cursor leaves this function, so nothing would ever release the point-in-time.
    await releasePointInTime(adapter, pits.take(handle) ?? pit);
    throw error;
  }
  if (!nextCursor) await releasePointInTime(adapter, pits.take(handle) ?? pit);
  return page;
}

/** The point-in-time behind a handle: the one opened beside the first page, or a fresh one if it is gone. */
async function pointInTimeFor(state: PagingState, request: PageRequest, handle: string): Promise<string> {
  const known = state.pits.get(handle);
  if (known !== undefined) {
    try {
      return await known;
    } catch {
      // It failed to open beside the first page: open another below.
    }
  }
  return reopen(state, request, handle);
}

function pageOf(request: PageRequest, response: estypes.SearchResponse<unknown>) {
  const pageSize = request.compiled.size;
  const hits = response.hits.hits.slice(0, pageSize);
  const last = hits.at(-1);
  return { hits, last, hasMore: response.hits.hits.length > pageSize && last !== undefined };
}

function buildPage(
  request: PageRequest,
  hits: Hit[],
  response: estypes.SearchResponse<unknown>,
  nextCursor: string | null,
  total: TotalHits,
  started: number,
): LogPage {
  const { query, mapping } = request;
  const page = {
    total,
    nextCursor,
    partial: readPartialResult(response._shards),
    missingFields: request.missingFields,
    tookMs: Math.round(performance.now() - started),
    ...(request.provenance ? { provenance: hits.map(provenanceOf) } : {}),
  };
  if (query.family === 'operational') {
    return { family: 'operational', rows: hits.map((hit) => mapOperationalHit(hit, mapping)), ...page, redactions: {} };
  }
  // A profile edit's values are left out as its row is read; the page says how many.
  const tally = new RedactionTally();
  const rows = hits.map((hit) => mapActivityHit(hit, mapping, tally));
  return { family: 'activity', rows, ...page, redactions: { ...tally.byRule } };
}

async function reopen(state: PagingState, request: PageRequest, handle: string): Promise<string> {
  const pit = await state.adapter.openPointInTime(request.indexPattern, keepAlive(request), request.signal);
  state.pits.set(handle, pit);
  return pit;
}

/** The page after the previous one on `pit`, or `query.skip` rows further on (see skipRows). */
async function readAt(
  adapter: ElasticsearchAdapter,
  request: PageRequest,
  pit: string,
): Promise<{ response: estypes.SearchResponse<unknown>; pit: string }> {
  if (!request.query.skip) return { response: await search(adapter, request, pit), pit };
  const skipped = await skipRows(adapter, request, pit);
  return { response: await search(adapter, request, skipped.pit, skipped.after ?? null), pit: skipped.pit };
}

/**
 * The first page as a plain search of the indices; a later one after the previous page (or `after`,
 * where a jump landed), through `pit`.
 */
function search(
  adapter: ElasticsearchAdapter,
  request: PageRequest,
  pit: string | null,
  after: SortValue[] | null = request.previous?.after ?? null,
): Promise<estypes.SearchResponse<unknown>> {
  const { compiled, previous } = request;
  const where = pit === null ? { index: request.indexPattern } : { pit: { id: pit, keep_alive: keepAlive(request) } };
  return adapter.search(
    {
      ...compiled,
      // One row more than the page tells whether another page follows, without counting.
      size: compiled.size + 1,
      track_total_hits: previous ? false : compiled.track_total_hits,
      ...where,
      ...(request.provenance ? { seq_no_primary_term: true } : {}),
      ...(after ? { search_after: after } : {}),
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

/** Closes a point-in-time on the cluster; `signal` bounds how long that may be waited for. */
export async function releasePointInTime(
  adapter: ElasticsearchAdapter,
  pit: PointInTimeId,
  signal?: AbortSignal,
): Promise<void> {
  try {
    await adapter.closePointInTime(await untilAborted(Promise.resolve(pit), signal), signal);
  } catch {
    // Best effort: an unreleased point-in-time expires by itself after its keep-alive (one that never
    // opened has nothing to close).
  }
}

import { ConsoleError } from '../../../shared/contract/errors';
import type { ElasticsearchAdapter } from './ElasticsearchAdapter';
import { ExpiredPointInTimeError } from './elasticsearchErrors';
import type { PageRequest } from './fetchLogPage';
import type { SortValue } from './logCursor';
import { failedForExpiredPointInTime, readPartialResult } from './readPartialResult';

/** Rows passed over per request: the most one search may return, asked for their sort values only. */
export const SKIP_STRIDE = 10_000;

export interface SkippedTo {
  /** The sort values to continue after; undefined when nothing was passed over. */
  after: SortValue[] | undefined;
  /** The point-in-time id the last answer named. */
  pit: string;
}

/**
 * Where a page that passes over `query.skip` rows starts, walked on the point in time in strides of
 * sort values (no documents), after the previous page's position: never `from`, so no 10,000 ceiling,
 * and the rows passed over are exactly those paging would have shown. A jump of N rows costs
 * ceil(N / 10,000) requests; a stride a shard failed to answer is refused, since the position after it
 * would be wrong.
 */
export async function skipRows(adapter: ElasticsearchAdapter, request: PageRequest, pit: string): Promise<SkippedTo> {
  const { compiled, previous } = request;
  let after = previous?.after;
  let current = pit;
  let left = request.query.skip ?? 0;
  while (left > 0) {
    const size = Math.min(left, SKIP_STRIDE);
    const response = await adapter.search(
      {
        query: compiled.query,
        sort: compiled.sort,
        size,
        _source: false,
        track_total_hits: false,
        filter_path: ['hits.hits.sort', '_shards', 'pit_id'],
        pit: { id: current, keep_alive: `${request.keepAliveMs}ms` },
        ...(after ? { search_after: after } : {}),
      },
      request.indexPattern,
      request.signal,
    );
    if (previous && failedForExpiredPointInTime(response._shards)) throw new ExpiredPointInTimeError();
    const partial = readPartialResult(response._shards);
    if (partial) {
      throw new ConsoleError(
        'UNAVAILABLE',
        `${partial.failedShards} shard(s) did not answer while moving to the page, so it cannot be placed: ${partial.reasons.join('; ')}`,
      );
    }
    current = response.pit_id ?? current;
    const hits = response.hits?.hits ?? [];
    const last = hits.at(-1);
    if (!last) break;
    after = (last.sort ?? []).slice(0, compiled.sort.length) as SortValue[];
    left -= hits.length;
    if (hits.length < size) break;
  }
  return { after, pit: current };
}

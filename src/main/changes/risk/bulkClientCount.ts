import type { ActivityQuery } from '../../../shared/query/logQuery';
import { FACET_SIZE, type LogSource, type SearchOptions } from '../../../shared/query/logSource';
import { collectRows } from '../collectRows';

/**
 * How many distinct clients the `events` a bulk operation's query matches name. A producer that retried
 * a member logs that client twice, and the operation still changed them once, as its change set counts
 * them. Read from a facet on the client (most events first): each client listed more than once takes its
 * repeats off the event count; when even the last client the facet lists repeats, unlisted clients may
 * too, and the events are read whole (up to `limit`).
 */
export async function bulkClientCount(
  source: LogSource,
  query: ActivityQuery,
  events: number,
  options: SearchOptions,
  limit: number,
): Promise<number> {
  const [facet] = await source.facets(query, ['clientId'], options);
  const buckets = facet?.buckets ?? [];
  const repeats = buckets.reduce((sum, bucket) => sum + Math.max(0, bucket.count - 1), 0);
  const listedAll = buckets.length < FACET_SIZE || (facet?.otherCount ?? 0) === 0;
  if (listedAll || (buckets.at(-1)?.count ?? 0) <= 1) return events - repeats;
  const { rows } = await collectRows(source, query, options, limit);
  return new Set(rows.map((row) => row.clientId)).size;
}

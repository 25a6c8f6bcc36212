import type { BulkChangeSet } from '../../shared/contract/changeChannels';
import type { ClientActivity } from '../../shared/domain/clientActivity';
import type { ActivityQuery } from '../../shared/query/logQuery';
import type { LogSource, SearchOptions } from '../../shared/query/logSource';

type Actor = BulkChangeSet['actors'][number];

/** Who acted in a bulk operation over all its events, not only over those read. */
export interface BulkOperationActors {
  /** The people a facet lists, most events first, and the events logged without an actor id as one more. */
  actors: Actor[];
  /** People who acted in it but are not in `actors` (past what a facet lists). */
  otherActors: number;
  /** How many different people acted in it: every actor id, and those logged without one as one more. */
  people: number;
}

const cursorOwner = (options: SearchOptions) => (options.operatorId ? { operatorId: options.operatorId } : {});

/** The name an actor id is logged with in one of the operation's events; null when none names it. */
async function nameOf(
  source: LogSource,
  query: ActivityQuery,
  actorId: string,
  options: SearchOptions,
): Promise<string | null> {
  const page = await source.search(
    { ...query, filters: { ...query.filters, actorId: [actorId] }, pageSize: 10 },
    options,
  );
  if (page.nextCursor) await source.releaseCursor('activity', page.nextCursor, cursorOwner(options));
  const rows = page.family === 'activity' ? page.rows : [];
  return rows.find((row) => row.actorName)?.actorName ?? null;
}

/**
 * Who acted in a bulk operation whose events were not all read: the people its actor facet lists (both
 * engines count it the same way), each named as an event of theirs names them (from the events read, else
 * by reading one of theirs), how many more acted past the facet, and the events logged without an actor id
 * (a scheduled job) as one more actor, named as the events read name it.
 */
export async function bulkActors(
  source: LogSource,
  query: ActivityQuery,
  options: SearchOptions,
  read: readonly ClientActivity[],
  events: number,
): Promise<BulkOperationActors> {
  const [[facet], withId] = await Promise.all([
    source.facets(query, ['actorId'], options),
    source.distinctCount(query, 'actorId', options),
  ]);
  const buckets = facet?.buckets ?? [];
  const known = new Map<string, string | null>();
  for (const row of read) if (row.actorId && !known.get(row.actorId)) known.set(row.actorId, row.actorName);
  const actors: Actor[] = await Promise.all(
    buckets.map(async (bucket) => ({
      id: bucket.value,
      name: known.get(bucket.value) ?? (await nameOf(source, query, bucket.value, options)),
      events: bucket.count,
    })),
  );
  const listed = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const withoutId = events - listed - (facet?.otherCount ?? 0);
  if (withoutId > 0) {
    const name = read.find((row) => !row.actorId && row.actorName)?.actorName ?? null;
    actors.push({ id: null, name, events: withoutId });
    actors.sort((a, b) => b.events - a.events);
  }
  return {
    actors,
    otherActors: Math.max(0, withId - buckets.length),
    people: withId + (withoutId > 0 ? 1 : 0),
  };
}

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

/** How many of the operation's events one search that names many actors at once reads: a query's largest page. */
const NAMING_PAGE_SIZE = 100;
/** How many of an actor's own events are read to name them, when the search for many leaves them unnamed. */
const OWN_EVENTS_READ = 10;
/** How many actors are looked up one by one at once: each look-up opens and releases a point in time. */
const MAX_LOOKUPS_AT_ONCE = 4;

/** The operation's events by these actors, oldest first, one page of them; `complete` when it holds all. */
async function eventsBy(
  source: LogSource,
  query: ActivityQuery,
  actorIds: readonly string[],
  pageSize: ActivityQuery['pageSize'],
  options: SearchOptions,
): Promise<{ rows: ClientActivity[]; complete: boolean }> {
  const page = await source.search(
    { ...query, filters: { ...query.filters, actorId: [...actorIds] }, pageSize },
    options,
  );
  if (page.nextCursor) await source.releaseCursor('activity', page.nextCursor, cursorOwner(options));
  return { rows: page.family === 'activity' ? page.rows : [], complete: page.nextCursor === null };
}

const firstName = (rows: readonly ClientActivity[]) => rows.find((row) => row.actorName)?.actorName ?? null;

/**
 * The names actor ids are logged with in the operation's events (null when none names one): one search
 * over all of them names most; an actor whose events it did not reach (others' events came first) is
 * looked up on their own, a few at a time, so a page load never sends a search per actor all at once.
 */
async function namesOf(
  source: LogSource,
  query: ActivityQuery,
  actorIds: readonly string[],
  options: SearchOptions,
): Promise<Map<string, string | null>> {
  const names = new Map<string, string | null>();
  if (actorIds.length === 0) return names;
  const { rows, complete } = await eventsBy(source, query, actorIds, NAMING_PAGE_SIZE, options);
  for (const id of actorIds) {
    const name = firstName(rows.filter((row) => row.actorId === id));
    if (name || complete) names.set(id, name);
  }
  const unnamed = actorIds.filter((id) => !names.has(id));
  const lookUpNext = async (): Promise<void> => {
    for (let id = unnamed.shift(); id !== undefined; id = unnamed.shift()) {
      names.set(id, firstName((await eventsBy(source, query, [id], OWN_EVENTS_READ, options)).rows));
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_LOOKUPS_AT_ONCE, unnamed.length) }, lookUpNext));
  return names;
}

/**
 * Who acted in a bulk operation whose events were not all read: the people its actor facet lists (both
 * engines count it the same way), each named as an event of theirs names them (from the events read, else
 * by reading theirs, see namesOf), how many more acted past the facet, and the events logged without an
 * actor id (a scheduled job) as one more actor, named as the events read name it.
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
  const unnamed = buckets.map((bucket) => bucket.value).filter((id) => !known.get(id));
  const looked = await namesOf(source, query, unnamed, options);
  const actors: Actor[] = buckets.map((bucket) => ({
    id: bucket.value,
    name: known.get(bucket.value) ?? looked.get(bucket.value) ?? null,
    events: bucket.count,
  }));
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

import { Coverage } from '../../shared/domain/clientDirectory';
import { EVENT_CATALOG, findCatalogEvent } from '../../shared/domain/eventCatalog';
import type { NameCounts } from '../../shared/query/clientQueries';

/**
 * Logging coverage from event-name counts: every catalog event with its count (a zero is a possible
 * logging gap), then the names producers log that the catalog does not know, most frequent first.
 */
export function coverageFrom(counts: NameCounts): Coverage {
  const seen = new Map(counts.buckets.map((bucket) => [bucket.value, bucket.count]));
  const events = EVENT_CATALOG.map((event) => ({
    eventName: event.eventName,
    label: event.label,
    category: event.category,
    icon: event.icon,
    actorType: event.actorType,
    count: seen.get(event.eventName) ?? 0,
  }));
  const uncatalogued = counts.buckets
    .filter((bucket) => !findCatalogEvent(bucket.value))
    .map((bucket) => ({ eventName: bucket.value, count: bucket.count }));
  return Coverage.parse({
    total: counts.buckets.reduce((sum, bucket) => sum + bucket.count, 0) + counts.otherCount,
    events,
    missing: events.filter((event) => event.count === 0).length,
    uncatalogued,
    otherCount: counts.otherCount,
  });
}

import { ClientSummary } from '../../shared/domain/clientDirectory';
import { ACTOR_TYPES, SOURCE_APPS } from '../../shared/domain/clientActivity';
import { EVENT_CATEGORIES, findCatalogEvent, type EventCategory } from '../../shared/domain/eventCatalog';
import type { ClientFacts, NameCounts } from '../../shared/query/clientQueries';
import type { ResolvedRange } from '../../shared/query/timeRange';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const min = (...values: (number | null)[]) => pick(values, Math.min);
const max = (...values: (number | null)[]) => pick(values, Math.max);

function pick(values: (number | null)[], choose: (...numbers: number[]) => number): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : choose(...present);
}

/** Whether any log of either family names the client, at any time. */
export const isKnownClient = (facts: ClientFacts) =>
  facts.operational.overallFirstMs !== null || facts.activity.overallFirstMs !== null;

/**
 * The header of the client page from what an engine knows: event counts per catalog category (every
 * category listed, zero included) and the spans over both families. `names` is null for an operator
 * whose role does not show client activity: the activity part is then left out entirely.
 */
export function clientSummary(
  clientId: string,
  range: ResolvedRange,
  facts: ClientFacts,
  names: NameCounts | null,
): ClientSummary {
  const { operational, activity } = facts;
  const showActivity = names !== null;
  const categories = new Map<EventCategory, number>(EVENT_CATEGORIES.map((category) => [category, 0]));
  let uncatalogued = names?.otherCount ?? 0;
  for (const bucket of names?.buckets ?? []) {
    const event = findCatalogEvent(bucket.value);
    if (event) categories.set(event.category, (categories.get(event.category) ?? 0) + bucket.count);
    else uncatalogued += bucket.count;
  }
  const act = showActivity ? activity : null;
  return ClientSummary.parse({
    id: clientId,
    name: facts.name,
    email: showActivity ? facts.email : null,
    range: { from: iso(range.fromMs ?? null), to: iso(range.toMs ?? null) },
    operational: {
      count: operational.count,
      inRange: { first: iso(operational.firstMs), last: iso(operational.lastMs) },
      overall: { first: iso(operational.overallFirstMs), last: iso(operational.overallLastMs) },
    },
    activity: act && {
      count: act.count,
      inRange: { first: iso(act.firstMs), last: iso(act.lastMs) },
      overall: { first: iso(act.overallFirstMs), last: iso(act.overallLastMs) },
      sourceApps: act.sourceApps
        .filter((item) => (SOURCE_APPS as readonly string[]).includes(item.value))
        .map((item) => ({ sourceApp: item.value, count: item.count })),
      actorTypes: act.actorTypes
        .filter((item) => (ACTOR_TYPES as readonly string[]).includes(item.value))
        .map((item) => ({ actorType: item.value, count: item.count })),
      categories: [...categories].map(([category, count]) => ({ category, count })),
      uncatalogued,
      managers: act.managers,
      otherManagers: act.otherManagers,
    },
    firstSeen: iso(min(operational.firstMs, act?.firstMs ?? null)),
    lastSeen: iso(max(operational.lastMs, act?.lastMs ?? null)),
    overall: {
      first: iso(min(operational.overallFirstMs, act?.overallFirstMs ?? null)),
      last: iso(max(operational.overallLastMs, act?.overallLastMs ?? null)),
    },
  });
}

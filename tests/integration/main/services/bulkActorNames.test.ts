import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bulkActors } from '../../../../src/main/changes/bulkActors';
import type { ClientActivity } from '../../../../src/shared/domain/clientActivity';
import { ActivityQuery } from '../../../../src/shared/query/logQuery';
import type { LogSource } from '../../../../src/shared/query/logSource';
import { seedBothEngines } from '../../support/seedBothEngines';
import '../../support/providedContext';

/**
 * A bulk operation's page names the people its actor facet lists past the events it read by reading their
 * events. Each search opens and releases a point in time on the cluster: one page load must not send a
 * search per person, nor many at once.
 */
const PATTERNS = { operational: 'it-bulkactors-operational-*', activity: 'it-bulkactors-activity-*' };
const INDEX = 'it-bulkactors-activity-2026';
const OPERATIONAL_INDEX = 'it-bulkactors-operational-2026';
/** The events a bulk operation's page has read, in these tests: the first ones of each operation. */
const READ = 10;

const at = (index: number) => new Date(Date.UTC(2026, 9, 1, 10, 0, 0, index)).toISOString();
const numbered = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(2, '0')}`);

/** One member of bulk operation `bulkId`, acted by `actorId` logged with `actorName`. */
function member(bulkId: string, actorId: string, actorName: string | null): ClientActivity {
  return {
    id: '',
    clientId: `${bulkId}-client`,
    actorType: 'manager',
    actorId,
    actorName,
    sourceApp: 'crm',
    eventName: 'manager.bulk_operation',
    message: 'Desk changed for many clients',
    metadata: {},
    createdAt: '',
    change: {
      actionType: 'bulkUpdate',
      target: { type: 'client', id: `${bulkId}-client` },
      changedFields: ['desk'],
      before: { desk: 'Sales' },
      after: { desk: 'VIP' },
      bulkId,
      bulkSize: null,
    },
  };
}

/** `count` events of `bulkId` by one person. */
const eventsBy = (bulkId: string, actorId: string, actorName: string | null, count: number) =>
  Array.from({ length: count }, () => member(bulkId, actorId, actorName));

const documents: ClientActivity[] = [
  // Mia's events are read; 30 people each acted once after them, and one was logged without a name.
  ...eventsBy('late', 'm1', 'Mia Manager', READ),
  ...numbered('q', 30).map((id) => member('late', id, `Person ${id}`)),
  member('late', 'anon', null),
  // Mia's events are read; Quinn's 120 come before 20 people who each acted once.
  ...eventsBy('crowded', 'm1', 'Mia Manager', READ),
  ...eventsBy('crowded', 'big', 'Quinn Big', 120),
  ...numbered('r', 20).map((id) => member('crowded', id, `Person ${id}`)),
].map((doc, index) => ({ ...doc, id: `${doc.change?.bulkId}-${index}`, createdAt: at(index) }));

interface SearchCount {
  sent: number;
  inFlight: number;
  mostInFlight: number;
}

/** The source, counting the searches sent through it and the most that were in flight at once. */
function counted(source: LogSource): { source: LogSource; searches: SearchCount } {
  const searches: SearchCount = { sent: 0, inFlight: 0, mostInFlight: 0 };
  const search: LogSource['search'] = async (query, options) => {
    searches.sent += 1;
    searches.inFlight += 1;
    searches.mostInFlight = Math.max(searches.mostInFlight, searches.inFlight);
    try {
      return await source.search(query, options);
    } finally {
      searches.inFlight -= 1;
    }
  };
  const proxy = new Proxy(source, {
    get: (target, key) => {
      if (key === 'search') return search;
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { source: proxy, searches };
}

const sources: Record<string, LogSource> = {};

beforeAll(async () => {
  const { cluster, embedded } = await seedBothEngines(inject('elasticsearch'), {
    patterns: PATTERNS,
    indices: { activity: { index: INDEX, documents }, operational: { index: OPERATIONAL_INDEX, documents: [] } },
  });
  sources['cluster'] = cluster;
  sources['embedded'] = embedded;
}, 120_000);

afterAll(async () => {
  for (const source of Object.values(sources)) await source.close();
});

/** Who acted in `bulkId` as its page names them once it has read the operation's first events. */
async function actorsOf(engine: string, bulkId: string) {
  const { source, searches } = counted(sources[engine] as LogSource);
  const query = ActivityQuery.parse({
    family: 'activity',
    filters: { bulkId: [bulkId] },
    sort: { field: 'createdAt', direction: 'asc' },
  });
  const events = documents.filter((doc) => doc.change?.bulkId === bulkId);
  const actors = await bulkActors(source, query, { operatorId: 'it-risk' }, events.slice(0, READ), events.length);
  return { ...actors, searches };
}

describe.each(['cluster', 'embedded'])('naming the people of a bulk operation past the events read (%s)', (engine) => {
  it('names 31 people its events read do not name with one search', async () => {
    const { actors, people, searches } = await actorsOf(engine, 'late');
    expect([people, actors.length]).toEqual([32, 32]);
    expect(actors[0]).toEqual({ id: 'm1', name: 'Mia Manager', events: READ });
    expect(actors.slice(1)).toEqual(
      [
        ...numbered('q', 30).map((id) => ({ id, name: `Person ${id}`, events: 1 })),
        { id: 'anon', name: null, events: 1 },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(searches.sent).toBe(1);
  });

  it('looks up those whom others crowded out of that search a few at a time', async () => {
    const { actors, searches } = await actorsOf(engine, 'crowded');
    expect(actors).toEqual([
      { id: 'big', name: 'Quinn Big', events: 120 },
      { id: 'm1', name: 'Mia Manager', events: READ },
      ...numbered('r', 20).map((id) => ({ id, name: `Person ${id}`, events: 1 })),
    ]);
    // One search for all 21, whose first page holds only Quinn's events, then one for each of the other 20.
    expect([searches.sent, searches.mostInFlight]).toEqual([21, 4]);
  });
});
